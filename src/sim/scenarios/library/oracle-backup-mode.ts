import type { ScenarioInput } from '../schema';
import { aixHost, COPY_HINTS, databaseCopyGrading, databaseVg, DS8K_FLASH_STEPS, volumes } from './common';

/** Oracle in hot-backup mode (begin/end backup) around a DS8000 FlashCopy with -freeze. */
export const oracleBackupMode: ScenarioInput = {
  formatVersion: 1,
  name: 'oracle-backup-mode',
  title: 'Oracle online copy in hot-backup mode',
  description:
    'Oracle runs on oravg: put it in backup mode, freeze, FlashCopy with a consistency group, thaw, end backup.',
  goal: 'Bring up a usable copy of oravg as oracopyvg mounted under /fs, with Oracle in backup mode while the copy is made.',
  hints: [
    'sqlplus: "alter database begin backup;" before the copy, "alter database end backup;" after it.',
    'Freeze the JFS2 file systems of oravg with chfs -a freeze=60 right before the FlashCopy, thaw right after.',
    'The storage admin uses mkflash -freeze on all LUNs of oravg, then unfreezeflash.',
    COPY_HINTS.recreatevg,
    COPY_HINTS.fsck,
  ],
  seed: 505,
  storage: { flavour: 'ds8000', volumes: volumes(['1000', '1001', '1100', '1101'], ['aixora01']) },
  hosts: [
    aixHost('aixora01', {
      vgs: [
        databaseVg(
          'oravg',
          ['1000', '1001'],
          { lv: 'oradatalv', lps: 1500, mountPoint: '/oracle/PRD/data' },
          { lv: 'oraredolv', lps: 400, mountPoint: '/oracle/PRD/redo' },
        ),
      ],
      apps: [
        {
          name: 'PRD',
          kind: 'oracle',
          fileSystems: ['/oracle/PRD/data', '/oracle/PRD/redo'],
          logFileSystem: '/oracle/PRD/redo',
          rate: 10,
        },
      ],
    }),
  ],
  storageSteps: DS8K_FLASH_STEPS,
  sourceVg: 'oravg',
  expect: { vg: 'oracopyvg', variedOn: true, mountedUnder: '/fs', sourceUntouched: true, consistent: true },
  grading: databaseCopyGrading(['/fs/oracle/PRD/data', '/fs/oracle/PRD/redo'], 'PRD', 'hot-backup'),
};
