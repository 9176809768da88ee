import type { ScenarioInput } from '../schema';
import { aixHost, COPY_HINTS, DS8K_FLASH_STEPS, datavg, volumes } from './common';

/**
 * The storage refuses the copy while production is held: DB2 runs on datavg and is copied online (write
 * suspend, freeze, FlashCopy with a consistency group), and the storage refuses the first mkflash. The
 * trainee must give production back at once (thaw, write resume), then quiesce again and retry: the
 * refusal happens once.
 */
export const storageFailsDuringCopy: ScenarioInput = {
  formatVersion: 1,
  name: 'storage-fails-during-copy',
  title: 'The storage fails during the copy',
  description:
    'DB2 runs on datavg (DS8000): while it is suspended and frozen for the copy, the storage refuses the FlashCopy.',
  goal: 'Bring up a consistent FlashCopy of datavg as flashcopyvg mounted under /fs; when the storage refuses the copy, give production back at once (thaw, write resume) before anything else, then retry.',
  hints: [
    'Quiesce DB2 for the copy as its instance owner: su - db2inst1 -c "db2 set write suspend for database", sync, then chfs -a freeze=60 on /data and /arch.',
    'The target LUNs are already configured (hdisk3, hdisk4): the storage admin only has to start the FlashCopy.',
    'A copy command that fails leaves production held: thaw with chfs -a freeze=off and run su - db2inst1 -c "db2 set write resume for database" before anything else.',
    'With production running again, find out why the copy failed, then quiesce again and ask for the copy once more.',
    COPY_HINTS.recreatevg,
    COPY_HINTS.fsck,
  ],
  seed: 909,
  storage: { flavour: 'ds8000', volumes: volumes(['1000', '1001', '1100', '1101'], ['aixdb01']) },
  hosts: [
    aixHost('aixdb01', {
      vgs: [datavg(['1000', '1001'])],
      configured: ['1100', '1101'],
      apps: [{ name: 'PRD', kind: 'db2', fileSystems: ['/data', '/arch'], logFileSystem: '/arch', rate: 5 }],
    }),
  ],
  storageSteps: DS8K_FLASH_STEPS,
  faults: [{ command: 'mkflash', call: 1 }],
  sourceVg: 'datavg',
  expect: { vg: 'flashcopyvg', variedOn: true, mountedUnder: '/fs', sourceUntouched: true, consistent: true },
};
