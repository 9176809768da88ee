import { describe, expect, it } from 'vitest';
import { DATAVG_PVIDS, lspvLine } from '../test-support/first-flashcopy-ids';
import { openScenario } from '../test-support/sim-driver';

const BUSY =
  'Method error (/usr/lib/methods/chgdisk):\n\t0514-062 Cannot perform the requested function because the\n\t         specified device is busy.\npv\n';

describe('chdev -a pv', () => {
  it('clears a PVID, and pv=yes keeps the one already on the disk', async () => {
    const t = await openScenario('first-flashcopy');
    t.umount('/data', '/arch');
    await t.runAll('varyoffvg datavg');
    t.flashcopy([['1000', '1100']]);
    await t.runAll('cfgmgr');
    await t.expectRun('chdev -l hdisk3 -a pv=clear', { stdout: 'hdisk3 changed\n' });
    expect((await t.run('lspv')).stdout.split('\n')[3]).toBe(lspvLine('hdisk3', 'none', 'None'));
    await t.expectRun('chdev -l hdisk1 -a pv=yes', { stdout: 'hdisk1 changed\n' });
    t.expectDisk('hdisk1').toHavePvid(DATAVG_PVIDS[0]);
  });

  it('gives a disk without a PVID a new one with pv=yes', async () => {
    const t = await openScenario('first-flashcopy');
    await t.runAll('cfgmgr');
    await t.expectRun('chdev -l hdisk3 -a pv=yes', { stdout: 'hdisk3 changed\n' });
    t.expectDisk('hdisk3').toHavePvid(t.world.readVolume('1100').pvid);
  });

  it('refuses a disk of a varied-on VG, a bad value and an unknown disk', async () => {
    const t = await openScenario('first-flashcopy');
    await t.expectRun('chdev -l hdisk1 -a pv=clear', { stderr: BUSY, exitCode: 1 });
    await t.expectRun('chdev -l hdisk1 -a pv=maybe', {
      stderr:
        'Method error (/usr/lib/methods/chgdisk):\n\t0514-018 The values specified for the following attributes\n\t         are not valid:\npv\n',
      exitCode: 1,
    });
    await t.expectRun('chdev -l hdisk99 -a pv=clear', {
      stderr:
        'chdev: 0514-519 The following device was not found in the customized\n\tdevice configuration database:\n\thdisk99\n',
      exitCode: 1,
    });
  });
});

describe('rmdev', () => {
  it('deletes a disk with -d, unconfigures it without', async () => {
    const t = await openScenario('first-flashcopy');
    await t.runAll('cfgmgr');
    await t.expectRun('rmdev -l hdisk3', { stdout: 'hdisk3 Defined\n' });
    t.expectDisk('hdisk3').toBe('Defined');
    await t.expectRun('rmdev -dl hdisk3', { stdout: 'hdisk3 deleted\n' });
    t.expectDisk('hdisk3').toBe('absent');
  });

  it('refuses a disk opened by a varied-on VG', async () => {
    const t = await openScenario('first-flashcopy');
    await t.expectRun('rmdev -dl hdisk2', {
      stderr:
        'Method error (/usr/lib/methods/ucfgdevice):\n\t0514-062 Cannot perform the requested function because the\n\t         specified device is busy.\n',
      exitCode: 1,
    });
    await t.expectRun('rmdev hdisk2', {
      stderr: 'Usage: rmdev -l Name [-d | -S] [-R] [-q] [-f File]\n',
      exitCode: 1,
    });
  });
});
