import type { ScenarioInput } from '../schema';
import { aixHost, COPY_HINTS, db2Prd, DS8K_FLASH_STEPS, volumes } from './common';

/**
 * DB2 with its data and its logs in two VGs (docs/procedure.md "Copy sets"): the copy is a database only if
 * both VGs' LUNs are copied at one instant: one DS8000 consistency group (mkflash -freeze) over the LUNs
 * of both, one write suspend, one freeze of both file systems; then each VG's copy is brought up with
 * recreatevg. Copied at two instants (a runbook per VG), the data is newer than the log
 * on the copy and DB2 cannot recover it.
 */
export const db2TwoVgs: ScenarioInput = {
  formatVersion: 1,
  name: 'db2-two-vgs',
  title: 'DB2 data and logs in two VGs: one copy set',
  description:
    'DB2 keeps its data in db2datavg and its logs in db2logvg (DS8000): copy both at one instant, then bring up each copy.',
  goal: 'Bring up consistent copies of db2datavg and db2logvg as db2datacopyvg and db2logcopyvg mounted under /fc while DB2 keeps running, taken at one instant so DB2 can recover its copy.',
  hints: [
    'One runbook for both VGs: the data copy is usable only with a log copy taken at the same instant.',
    'As the instance owner, su - db2inst1 -c \'db2 "set write suspend for database"\' once for both VGs.',
    'sync, then chfs -a freeze=60 on the file systems of both VGs.',
    'The storage admin copies the LUNs of both VGs in one mkflash -freeze, then unfreezeflash; thaw with chfs -a freeze=off, then write resume.',
    'recreatevg -y db2datacopyvg -L /fc and recreatevg -y db2logcopyvg -L /fc, each with its own target hdisks.',
    COPY_HINTS.fsck,
  ],
  seed: 1717,
  storage: { flavour: 'ds8000', volumes: volumes(['1000', '1001', '1100', '1101'], ['aixdb01']) },
  hosts: [
    aixHost('aixdb01', {
      vgs: [
        {
          name: 'db2datavg',
          disks: ['1000'],
          lvs: [{ name: 'db2datalv', type: 'jfs2', lps: 1600, disks: [0] }],
          fileSystems: [{ mountPoint: '/db2/PRD/data', lv: 'db2datalv', log: 'INLINE' }],
        },
        {
          name: 'db2logvg',
          disks: ['1001'],
          lvs: [{ name: 'db2loglv', type: 'jfs2', lps: 400, disks: [0] }],
          fileSystems: [{ mountPoint: '/db2/PRD/log', lv: 'db2loglv', log: 'INLINE' }],
        },
      ],
      apps: [db2Prd],
    }),
  ],
  // DB2 has been writing for two minutes: its data and its log are on the disks the copy takes.
  setup: [{ advance: 120 }],
  storageSteps: DS8K_FLASH_STEPS,
  sourceVg: 'db2datavg',
  moreVgs: [{ sourceVg: 'db2logvg', vg: 'db2logcopyvg' }],
  expect: {
    vg: 'db2datacopyvg',
    variedOn: true,
    mountedUnder: '/fc',
    sourceUntouched: true,
    consistent: true,
  },
};
