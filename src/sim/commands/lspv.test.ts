import { describe, expect, it } from 'vitest';
import {
  COPY_PVIDS,
  DATAVG_PVIDS,
  DATAVG_VGID,
  lspvLine,
  ROOT_PVID,
} from '../test-support/first-flashcopy-ids';
import { openScenario } from '../test-support/sim-driver';

describe('lspv', () => {
  it('lists every disk with PVID, VG and state; new LUNs show none/None after cfgmgr', async () => {
    const t = await openScenario('first-flashcopy');
    await t.expectRun('cfgmgr', {});
    await t.expectRun('lspv', {
      stdout: [
        lspvLine('hdisk0', ROOT_PVID, 'rootvg', 'active'),
        lspvLine('hdisk1', DATAVG_PVIDS[0], 'datavg', 'active'),
        lspvLine('hdisk2', DATAVG_PVIDS[1], 'datavg', 'active'),
        lspvLine('hdisk3', 'none', 'None'),
        lspvLine('hdisk4', 'none', 'None'),
        '',
      ].join('\n'),
    });
  });

  it('prints the status block of a PV, with the VG IDENTIFIER quirk on line 2', async () => {
    const t = await openScenario('first-flashcopy');
    await t.expectRun('lspv hdisk1', {
      stdout: `PHYSICAL VOLUME:    hdisk1                   VOLUME GROUP:     datavg
PV IDENTIFIER:      ${DATAVG_PVIDS[0]} VG IDENTIFIER     ${DATAVG_VGID}
PV STATE:           active
STALE PARTITIONS:   0                        ALLOCATABLE:      yes
PP SIZE:            64 megabyte(s)           LOGICAL VOLUMES:  2
TOTAL PPs:          1600 (102400 megabytes)  VG DESCRIPTORS:   2
FREE PPs:           599 (38336 megabytes)    HOT SPARE:        no
USED PPs:           1001 (64064 megabytes)   MAX REQUEST:      256 kilobytes
FREE DISTRIBUTION:  00..00..00..279..320
USED DISTRIBUTION:  320..320..320..41..00
MIRROR POOL:        None
`,
    });
  });

  it('prints 0516-010 and the block with ??????? for a disk of a varied-off VG: only the ODM names what it holds', async () => {
    const t = await openScenario('first-flashcopy');
    t.umount('/data', '/arch');
    await t.runAll('varyoffvg datavg');
    await t.expectRun('lspv hdisk1', {
      stdout: `PHYSICAL VOLUME:    hdisk1                   VOLUME GROUP:     datavg
PV IDENTIFIER:      ${DATAVG_PVIDS[0]} VG IDENTIFIER     ${DATAVG_VGID}
PV STATE:           ???????
STALE PARTITIONS:   ???????                  ALLOCATABLE:      ???????
PP SIZE:            ???????                  LOGICAL VOLUMES:  ???????
TOTAL PPs:          ???????                  VG DESCRIPTORS:   ???????
FREE PPs:           ???????                  HOT SPARE:        ???????
USED PPs:           ???????                  MAX REQUEST:      ???????
FREE DISTRIBUTION:  ???????
USED DISTRIBUTION:  ???????
MIRROR POOL:        ???????
`,
      stderr: '0516-010 : Volume group must be varied on; use varyonvg command.\n',
      exitCode: 1,
    });
  });

  it('lists the LVs on a PV with -l', async () => {
    const t = await openScenario('first-flashcopy');
    await t.expectRun('lspv -l hdisk1', {
      stdout: `hdisk1:
LV NAME               LPs     PPs     DISTRIBUTION          MOUNT POINT
loglv00               1       1       01..00..00..00..00    N/A
datalv                1000    1000    319..320..320..41..00 /data
`,
    });
  });

  it('reports a disk without VG, a VG varied off, an unknown disk and a wrong flag as AIX does', async () => {
    const t = await openScenario('first-flashcopy');
    await t.runAll('cfgmgr');
    await t.expectRun('lspv hdisk3', {
      stderr: '0516-1396 : The physical volume hdisk3, was not found in the\nsystem database.\n',
      exitCode: 1,
    });
    await t.expectRun('lspv hdisk99', {
      stderr: '0516-306 : Unable to find physical volume hdisk99 in the Device\n\tConfiguration Database.\n',
      exitCode: 1,
    });
    await t.expectRun('lspv -z', {
      stderr:
        'lspv: Not a recognized flag: z\nUsage: lspv [-L] [-l | -p | -M] [-n DescriptorPV] [-v VGid] PhysicalVolume\n',
      exitCode: 1,
    });
  });

  it('shows the duplicate PVIDs of a copy configured while its source VG is varied off', async () => {
    const t = await openScenario('first-flashcopy');
    t.umount('/data', '/arch');
    await t.runAll('varyoffvg datavg');
    t.flashcopy([
      ['1000', '1100'],
      ['1001', '1101'],
    ]);
    await t.runAll('cfgmgr');
    await t.expectRun('lspv', {
      stdout: [
        lspvLine('hdisk0', ROOT_PVID, 'rootvg', 'active'),
        lspvLine('hdisk1', DATAVG_PVIDS[0], 'datavg'),
        lspvLine('hdisk2', DATAVG_PVIDS[1], 'datavg'),
        lspvLine('hdisk3', DATAVG_PVIDS[0], 'datavg'),
        lspvLine('hdisk4', DATAVG_PVIDS[1], 'datavg'),
        '',
      ].join('\n'),
    });
  });

  it('shows the copy VG after recreatevg with new PVIDs', async () => {
    const t = await openScenario('first-flashcopy');
    await t.runAll('cfgmgr');
    t.flashcopy([
      ['1000', '1100'],
      ['1001', '1101'],
    ]);
    await t.runAll('recreatevg -y flashcopyvg hdisk3 hdisk4');
    const out = (await t.run('lspv')).stdout.split('\n');
    expect(out.slice(3, 5)).toEqual([
      lspvLine('hdisk3', COPY_PVIDS[0], 'flashcopyvg', 'active'),
      lspvLine('hdisk4', COPY_PVIDS[1], 'flashcopyvg', 'active'),
    ]);
  });
});
