import { describe, it } from 'vitest';
import { openScenario } from '../test-support/sim-driver';

const BUSY =
  'Method error (/usr/lib/methods/cfgscsidisk):\n\t0514-062 Cannot perform the requested function because the\n\t         specified device is busy.\n';

describe('mkdev -l', () => {
  it('refuses a copy disk whose PVID a varied-on VG holds, as cfgmgr does, and configures it once that VG is off', async () => {
    // The copy exists before cfgmgr: its disks carry datavg's PVIDs.
    const t = await openScenario('duplicate-pvid-trap');
    await t.runAll('cfgmgr');
    await t.expectRun('mkdev -l hdisk3', { stderr: BUSY, exitCode: 1 });
    t.expectDisk('hdisk3').toBe('Defined');
    t.umount('/data', '/arch');
    await t.runAll('varyoffvg datavg');
    await t.expectRun('mkdev -l hdisk3', { stdout: 'hdisk3 Available\n' });
    t.expectDisk('hdisk3').toBe('Available');
  });

  it('brings a disk rmdev left Defined back to Available; names an unknown device; shows its usage', async () => {
    const t = await openScenario('first-flashcopy');
    await t.expectRun('cfgmgr', {});
    await t.expectRun('rmdev -l hdisk4', { stdout: 'hdisk4 Defined\n' });
    await t.expectRun('mkdev -l hdisk4', { stdout: 'hdisk4 Available\n' });
    await t.expectRun('mkdev -l hdisk4', { stdout: 'hdisk4 Available\n' });
    await t.expectRun('mkdev -l hdisk99', {
      stderr:
        'mkdev: 0514-519 The following device was not found in the customized\n\tdevice configuration database:\n\thdisk99\n',
      exitCode: 1,
    });
    await t.expectRun('mkdev', {
      stderr: 'Usage: mkdev -l Name [-h] [-p ParentName] [-w ConnectionLocation] [-S | -R] [-q]\n',
      exitCode: 1,
    });
  });
});
