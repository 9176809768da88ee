import { describe, expect, it } from 'vitest';
import { openScenario } from '../test-support/sim-driver';

describe('errpt', () => {
  it('logs a JFS2 freeze that ran out its timeout: the summary, newest first, and -a in full', async () => {
    const t = await openScenario('first-flashcopy');
    await t.expectRun('errpt', {});
    t.freeze(30, '/data');
    t.advance(40);
    t.freeze(60, '/arch');
    t.advance(100);
    await t.expectRun('errpt', {
      stdout: [
        'IDENTIFIER TIMESTAMP  T C RESOURCE_NAME  DESCRIPTION',
        'C2F1E3A8   0714100125 I O SYSJ2          FILE SYSTEM FREEZE TIMEOUT EXPIRED',
        'C2F1E3A8   0714100025 I O SYSJ2          FILE SYSTEM FREEZE TIMEOUT EXPIRED',
        '',
      ].join('\n'),
    });
    await t.expectRun('errpt -a -J J2_FREEZE_TIMEOUT', {
      stdout: [
        ['/dev/archlv', 2, 'Mon Jul 14 10:01:40 UTC 2025'],
        ['/dev/datalv', 1, 'Mon Jul 14 10:00:30 UTC 2025'],
      ]
        .flatMap(([device, sequence, time]) => [
          '-'.repeat(75),
          'LABEL:          J2_FREEZE_TIMEOUT',
          'IDENTIFIER:     C2F1E3A8',
          '',
          `Date/Time:       ${time}`,
          `Sequence Number: ${sequence}`,
          'Machine Id:      002C8E2C4C00',
          'Node Id:         aixprod01',
          'Class:           O',
          'Type:            INFO',
          'WPAR:            Global',
          'Resource Name:   SYSJ2',
          '',
          'Description',
          'FILE SYSTEM FREEZE TIMEOUT EXPIRED',
          '',
          'Detail Data',
          'DEVICE',
          String(device),
          '',
        ])
        .concat('')
        .join('\n'),
    });
    await t.expectRun('errpt -j 00000000', {});
    await t.expectRun('errpt hdisk1', {
      stderr: 'Usage: errpt [-a] [-j Identifier] [-J Label]\n',
      exitCode: 1,
    });
  });

  it('logs each PV declared missing when a VG is varied on without it (-f past the lost quorum)', async () => {
    const t = await openScenario('first-flashcopy');
    t.umount('/data', '/arch');
    await t.runAll('varyoffvg datavg', 'rmdev -dl hdisk1');
    // Refused for want of quorum: nothing varied on, nothing declared missing.
    expect((await t.run('varyonvg datavg')).exitCode).toBe(1);
    await t.expectRun('errpt', {});
    await t.runAll('varyonvg -f datavg');
    const pvid = t.world.readVolume('1000').pvid;
    await t.expectRun('errpt', {
      stdout: [
        'IDENTIFIER TIMESTAMP  T C RESOURCE_NAME  DESCRIPTION',
        'F7DDA124   0714100025 U H LVDD           PHYSICAL VOLUME DECLARED MISSING',
        '',
      ].join('\n'),
    });
    await t.expectRun('errpt -a', {
      stdout: [
        '-'.repeat(75),
        'LABEL:          LVM_SA_PVMISS',
        'IDENTIFIER:     F7DDA124',
        '',
        'Date/Time:       Mon Jul 14 10:00:00 UTC 2025',
        'Sequence Number: 1',
        'Machine Id:      002C8E2C4C00',
        'Node Id:         aixprod01',
        'Class:           H',
        'Type:            UNKN',
        'WPAR:            Global',
        'Resource Name:   LVDD',
        '',
        'Description',
        'PHYSICAL VOLUME DECLARED MISSING',
        '',
        'Detail Data',
        'PHYSICAL VOLUME ID',
        String(pvid),
        '',
        '',
      ].join('\n'),
    });
  });
});
