/**
 * A trainee's right way through each lesson of the course: the commands typed (the storage admin's part
 * through dscli, as at the AIX prompt) and the answers given to the steps' questions. The full procedures
 * are the built-in scenarios' reference solutions.
 */
import { course } from '../course/course';
import { referenceSolutions, typed } from './reference-solutions';

/** A command typed, or an answer given to the current step's question. */
export type PlayLine = string | { answer: string };

/** The PVID the basics world (seed 1901) gives hdisk1 of datavg. */
const BASICS_HDISK1_PVID = '0020352c8c4252f9';

const flash = 'dscli mkflash -dev IBM.2107-75ABCD1 -freeze -record -persist -nocp 1000:1100 1001:1101';
const unfreeze = 'dscli unfreezeflash -dev IBM.2107-75ABCD1 10';

const solution = (scenario: string) => (referenceSolutions[scenario] ?? []).map(typed);

export const coursePlays: Record<string, PlayLine[]> = {
  'disks-and-pvids': [
    'lspv',
    { answer: BASICS_HDISK1_PVID },
    'lsvg -l datavg',
    'lsvg -p datavg',
    { answer: '2' },
    'lsdev -Cc disk',
  ],
  'new-luns-cfgmgr': ['lspv', 'cfgmgr', 'lspv', { answer: 'none' }, 'lscfg -vl hdisk4', { answer: '1101' }],
  // The copy met first as it is (disks left Defined), then the scenario's reference solution.
  'duplicate-pvids': ['cfgmgr', 'lsdev -Cc disk', { answer: 'Defined' }, ...solution('duplicate-pvid-trap')],
  'importvg-other-host': [
    'cfgmgr',
    flash,
    unfreeze,
    'importvg -y datavg hdisk1',
    'fsck -y /data /arch',
    'mount /data',
    'mount /arch',
  ],
  // The FlashCopy's reference solution up to the thaw.
  'freeze-thaw': solution('first-flashcopy').slice(0, 8),
  flashcopy: solution('first-flashcopy'),
  'metro-mirror-dr': solution('metro-mirror-dr'),
  refresh: solution('refresh-copy'),
};

/** Every lesson of the course, with the level it belongs to. */
export const courseLessons = course.flatMap((level) =>
  level.lessons.map((lesson) => ({ level: level.id, ...lesson })),
);
