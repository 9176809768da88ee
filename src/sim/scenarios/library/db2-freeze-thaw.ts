import type { ScenarioInput } from '../schema';
import {
  aixHost,
  COPY_HINTS,
  OFFERED_HINTS,
  databaseCopyGrading,
  databaseVg,
  db2Prd,
  volumes,
} from './common';

/**
 * A running DB2 on JFS2 with inline logs, copied live on SVC with a FlashCopy consistency group:
 * write suspend, freeze, start the group, thaw, write resume (docs/procedure.md "Consistency of the copy").
 */
export const db2FreezeThaw: ScenarioInput = {
  formatVersion: 1,
  name: 'db2-freeze-thaw',
  title: 'DB2 online copy: write suspend, freeze, consistency group',
  description:
    'DB2 keeps running on db2vg (SVC): suspend writes, freeze JFS2, start the consistency group, thaw.',
  goal: 'Bring up a consistent copy of db2vg as db2copyvg mounted under /fc while DB2 keeps running, after logredo and fsck on the copy.',
  hints: [
    'As the instance owner, su - db2inst1 -c \'db2 "set write suspend for database"\' first: DB2 stops writing and its image is consistent (root has no DB2 environment).',
    'sync, then chfs -a freeze=60 on each file system of db2vg (JFS2 only).',
    'The storage admin starts the FlashCopy consistency group covering every LUN of db2vg, then you thaw with chfs -a freeze=off.',
    'su - db2inst1 -c \'db2 "set write resume for database"\' ends the suspension.',
    'recreatevg -y db2copyvg -L /fc with all target hdisks, then fsck and mount.',
    COPY_HINTS.fsck,
    OFFERED_HINTS.freezeTimedOut,
    OFFERED_HINTS.fsckFoundErrors,
  ],
  seed: 404,
  storage: { flavour: 'svc', volumes: volumes(['0', '1', '2', '3'], ['aixdb01'], 200) },
  hosts: [
    aixHost('aixdb01', {
      vgs: [
        databaseVg(
          'db2vg',
          ['0', '1'],
          { lv: 'db2datalv', lps: 2400, mountPoint: '/db2/PRD/data' },
          { lv: 'db2loglv', lps: 800, mountPoint: '/db2/PRD/log' },
        ),
      ],
      apps: [db2Prd],
    }),
  ],
  storageSteps: [
    'svctask mkfcconsistgrp -name fccg_db2',
    'svctask mkfcmap -source 0 -target 2 -consistgrp fccg_db2 -name fcmap_data',
    'svctask mkfcmap -source 1 -target 3 -consistgrp fccg_db2 -name fcmap_log',
    'svctask startfcconsistgrp -prep fccg_db2',
  ],
  sourceVg: 'db2vg',
  expect: { vg: 'db2copyvg', variedOn: true, mountedUnder: '/fc', sourceUntouched: true, consistent: true },
  grading: databaseCopyGrading(['/fc/db2/PRD/data', '/fc/db2/PRD/log'], 'PRD', 'suspended'),
};
