import { describe, it } from 'vitest';
import { DATAVG_VGID } from '../test-support/first-flashcopy-ids';
import { openScenario } from '../test-support/sim-driver';

describe('lsvg', () => {
  it('lists the VGs of the ODM, and with -o the varied-on ones, most recent first', async () => {
    const t = await openScenario('first-flashcopy');
    await t.expectRun('lsvg', { stdout: 'rootvg\ndatavg\n' });
    await t.expectRun('lsvg -o', { stdout: 'datavg\nrootvg\n' });
    t.umount('/data', '/arch');
    await t.runAll('varyoffvg datavg');
    await t.expectRun('lsvg -o', { stdout: 'rootvg\n' });
    await t.expectRun('lsvg', { stdout: 'rootvg\ndatavg\n' });
  });

  it('prints the status block of a scalable VG', async () => {
    const t = await openScenario('first-flashcopy');
    await t.expectRun('lsvg datavg', {
      stdout: `VOLUME GROUP:       datavg                   VG IDENTIFIER:  ${DATAVG_VGID}
VG STATE:           active                   PP SIZE:        64 megabyte(s)
VG PERMISSION:      read/write               TOTAL PPs:      3200 (204800 megabytes)
MAX LVs:            256                      FREE PPs:       799 (51136 megabytes)
LVs:                3                        USED PPs:       2401 (153664 megabytes)
OPEN LVs:           3                        QUORUM:         2 (Enabled)
TOTAL PVs:          2                        VG DESCRIPTORS: 3
STALE PVs:          0                        STALE PPs:      0
ACTIVE PVs:         2                        AUTO ON:        yes
MAX PPs per VG:     32768                    MAX PVs:        1024
LTG size (Dynamic): 256 kilobyte(s)          AUTO SYNC:      no
HOT SPARE:          no                       BB POLICY:      relocatable
MIRROR POOL STRICT: off
PV RESTRICTION:     none                     INFINITE RETRY: no
DISK BLOCK SIZE:    512                      CRITICAL VG:    no
FS SYNC OPTION:     no                       CRITICAL PVs:   no
ENCRYPTION:         no
`,
    });
  });

  it('lists LVs with type, state and the mount point from /etc/filesystems', async () => {
    const t = await openScenario('first-flashcopy');
    t.umount('/arch');
    await t.expectRun('lsvg -l datavg', {
      stdout: `datavg:
LV NAME             TYPE       LPs     PPs     PVs  LV STATE      MOUNT POINT
loglv00             jfs2log    1       1       1    open/syncd    N/A
datalv              jfs2       2000    2000    2    open/syncd    /data
archlv              jfs2       400     400     1    closed/syncd  /arch
`,
    });
  });

  it('lists PVs with their free distribution', async () => {
    const t = await openScenario('first-flashcopy');
    await t.expectRun('lsvg -p datavg', {
      stdout: `datavg:
PV_NAME           PV STATE          TOTAL PPs   FREE PPs    FREE DISTRIBUTION
hdisk1            active            1600        599         00..00..00..279..320
hdisk2            active            1600        200         00..00..00..00..200
`,
    });
  });

  it('refuses a varied-off VG, an unknown VG and a bad flag combination', async () => {
    const t = await openScenario('first-flashcopy');
    t.umount('/data', '/arch');
    await t.runAll('varyoffvg datavg');
    await t.expectRun('lsvg -l datavg', {
      stderr: '0516-010 : Volume group must be varied on; use varyonvg command.\n',
      exitCode: 1,
    });
    await t.expectRun('lsvg foovg', {
      stderr: '0516-306 : Unable to find volume group foovg in the Device\n\tConfiguration Database.\n',
      exitCode: 1,
    });
    await t.expectRun('lsvg -l -p rootvg', {
      stderr:
        '0516-992 lsvg: Illegal combination of command line options.\nUsage: lsvg [-L] [-o] [-n PVname]\n       lsvg [-L] [-i] [-M | -l | -p] VGname...\n',
      exitCode: 1,
    });
  });
});
