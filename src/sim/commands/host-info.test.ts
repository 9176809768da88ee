import { describe, it } from 'vitest';
import { openScenario } from '../test-support/sim-driver';

describe('host identity commands', () => {
  it('print the AIX level, APARs, host name and a disk serial as the collector reads them', async () => {
    const t = await openScenario('first-flashcopy');
    await t.expectRun('oslevel -s', { stdout: '7200-05-06-2320\n' });
    await t.expectRun('oslevel', { stdout: '7.2.0.0\n' });
    await t.expectRun('instfix -ik IY66043', {
      stdout: '    There was no data for IY66043 in the fix database.\n',
    });
    await t.expectRun('hostname', { stdout: 'aixprod01\n' });
    await t.expectRun('uname -a', { stdout: 'AIX aixprod01 2 7 002C8E2C4C00\n' });
    await t.expectRun('lscfg -vl hdisk1', {
      stdout: `  hdisk1           00-08-02                                     IBM MPIO FC 2107

        Manufacturer................IBM
        Machine Type and Model......2107900
        Serial Number...............75ABCD11000
        EC Level.....................160
        Device Specific.(Z0)........10
        Device Specific.(Z1)........10

`,
    });
  });
});

describe('oslevel on AIX before service packs (5.3 ML1, scenario jfs-mounted)', () => {
  it('refuses -s as an unknown flag and gives the maintenance level with -r', async () => {
    const t = await openScenario('jfs-mounted');
    await t.expectRun('oslevel -s', {
      stderr: 'oslevel: Not a recognized flag: s\nUsage: oslevel [-l Level | -g Level | -q] [-r]\n',
      exitCode: 1,
    });
    await t.expectRun('oslevel -r', { stdout: '5300-01\n' });
  });
});
