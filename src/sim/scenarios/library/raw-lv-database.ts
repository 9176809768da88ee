import type { ScenarioInput } from '../schema';
import { aixHost, COPY_HINTS, databaseCopyGrading, datavg, DS8K_FLASH_STEPS, volumes } from './common';

const vg = datavg(['1000', '1001']);

/**
 * A DB2 database whose tables live on raw LVs, one on each LUN of datavg: a JFS2 freeze does
 * not hold raw writes and an unmount does not close raw LVs, so only DB2's write suspend (or its stop)
 * and a storage consistency group give a copy the database can use.
 */
export const rawLvDatabase: ScenarioInput = {
  formatVersion: 1,
  name: 'raw-lv-database',
  title: 'DB2 on raw logical volumes: write suspend and a consistency group',
  description:
    'DB2 keeps its tables on two raw LVs of datavg (DS8000), one on each LUN: freeze and unmount do not cover them.',
  goal: 'Bring up a FlashCopy of datavg as flashcopyvg with its file systems mounted under /fs, with the raw LVs of DB2 copied at one instant in write suspend, leaving datavg, its file systems and DB2 as they were.',
  hints: [
    'lsvg -l datavg: rdata01 and rdata02 are raw LVs, open while DB2 runs; a JFS2 freeze does not hold their writes.',
    'Suspend DB2 as its instance owner: su - db2inst1 -c "db2 set write suspend for database" (root has no DB2 environment).',
    'The storage admin copies both LUNs as one consistency group (mkflash -freeze, then unfreezeflash), so every raw LV is taken at the same instant.',
    'su - db2inst1 -c "db2 set write resume for database" as soon as the copy has started.',
    COPY_HINTS.recreatevg,
    COPY_HINTS.fsck,
  ],
  seed: 1212,
  storage: { flavour: 'ds8000', volumes: volumes(['1000', '1001', '1100', '1101'], ['aixdb02']) },
  hosts: [
    aixHost('aixdb02', {
      vgs: [
        {
          ...vg,
          lvs: [
            ...(vg.lvs ?? []),
            { name: 'rdata01', type: 'raw', lps: 160, disks: [0] },
            { name: 'rdata02', type: 'raw', lps: 160, disks: [1] },
          ],
        },
      ],
      configured: ['1100', '1101'],
      apps: [
        {
          name: 'PRD',
          kind: 'db2',
          owner: 'db2inst1',
          fileSystems: ['/arch'],
          rawLvs: ['rdata01', 'rdata02'],
          rate: 5,
        },
      ],
    }),
  ],
  storageSteps: DS8K_FLASH_STEPS,
  sourceVg: 'datavg',
  expect: { vg: 'flashcopyvg', variedOn: true, mountedUnder: '/fs', sourceUntouched: true, consistent: true },
  grading: databaseCopyGrading(['/fs/data', '/fs/arch'], 'PRD', 'suspended'),
};
