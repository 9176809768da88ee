import { describe, it } from 'vitest';
import { DATAVG_VGID } from '../test-support/first-flashcopy-ids';
import { openScenario } from '../test-support/sim-driver';

describe('lslv', () => {
  it('prints the status block: LABEL from the LVCB, MOUNT POINT from /etc/filesystems', async () => {
    const t = await openScenario('first-flashcopy');
    await t.expectRun('lslv loglv00', {
      stdout: `LOGICAL VOLUME:     loglv00                VOLUME GROUP:   datavg
LV IDENTIFIER:      ${DATAVG_VGID}.1 PERMISSION:     read/write
VG STATE:           active/complete        LV STATE:       opened/syncd
TYPE:               jfs2log                WRITE VERIFY:   off
MAX LPs:            512                    PP SIZE:        64 megabyte(s)
COPIES:             1                      SCHED POLICY:   parallel
LPs:                1                      PPs:            1
STALE PPs:          0                      BB POLICY:      relocatable
INTER-POLICY:       minimum                RELOCATABLE:    yes
INTRA-POLICY:       middle                 UPPER BOUND:    1024
MOUNT POINT:        N/A                    LABEL:          None
DEVICE UID:         0                      DEVICE GID:     0
DEVICE PERMISSIONS: 432
MIRROR WRITE CONSISTENCY: on/ACTIVE
EACH LP COPY ON A SEPARATE PV ?: yes
Serialize IO ?:     NO
INFINITE RETRY:     no                     PREFERRED READ: 0
DEVICESUBTYPE:      DS_LVZ
COPY 1 MIRROR POOL: None
COPY 2 MIRROR POOL: None
COPY 3 MIRROR POOL: None
ENCRYPTION:         no
`,
    });
  });

  it('lists the PVs of an LV with -l (where the collector finds which disks hold a log)', async () => {
    const t = await openScenario('first-flashcopy');
    await t.expectRun('lslv -l datalv', {
      stdout: `datalv:/data
PV                COPIES        IN BAND       DISTRIBUTION
hdisk1            1000:000:000  32%           319:320:320:041:000
hdisk2            1000:000:000  32%           320:320:320:040:000
`,
    });
  });

  it('refuses an unknown LV and an LV of a varied-off VG', async () => {
    const t = await openScenario('first-flashcopy');
    await t.expectRun('lslv foolv', {
      stderr: '0516-306 getlvodm: Unable to find  foolv in the Device\n\tConfiguration Database.\n',
      exitCode: 1,
    });
    t.umount('/data', '/arch');
    await t.runAll('varyoffvg datavg');
    await t.expectRun('lslv datalv', {
      stderr: '0516-010 : Volume group must be varied on; use varyonvg command.\n',
      exitCode: 1,
    });
  });
});
