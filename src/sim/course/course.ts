/**
 * The course, level by level: reading the host (lspv, lsvg, lsdev, PVIDs, cfgmgr), then what a copy does
 * to PVIDs (disks left Defined, importvg versus recreatevg, freeze and thaw), then the full procedures of
 * docs/procedure.md (FlashCopy, a mirror's DR test, a refresh), each on a built-in scenario.
 */
import { LOCAL_BOX as L, REMOTE_BOX as R } from '../scenarios/library/common';
import { basicsDisks } from './basics-disks';
import { type Course, type CourseInput, courseSchema } from './course-schema';
import {
  copyStep,
  freezeStep,
  fsckAndMountStep,
  recreateStep,
  targetsConfiguredStep,
  thawStep,
} from './shared-steps';

const DATAVG = ['/data', '/arch'];
const COPY_MOUNTS = ['/fs/data', '/fs/arch'];
const FLASH_PAIRS: [string, string][] = [
  ['1000', '1100'],
  ['1001', '1101'],
];
const MKFLASH = `\`mkflash -dev ${L} -freeze -record -persist -nocp 1000:1100 1001:1101\`, then \`unfreezeflash -dev ${L} 10\`.`;

/** hdisk3 and hdisk4 configured by cfgmgr. */
const TARGETS_AVAILABLE = ['hdisk3', 'hdisk4'].map((disk) => ({
  check: 'disk' as const,
  disk,
  status: 'Available' as const,
}));

/** first-flashcopy up to the thaw: the targets configured, datavg frozen, the copy made, datavg thawed. */
const frozenFlashcopy = [
  targetsConfiguredStep(['hdisk3', 'hdisk4']),
  freezeStep(DATAVG),
  copyStep(FLASH_PAIRS, `While the file systems are frozen: ${MKFLASH}`),
  thawStep(DATAVG),
];

const basics: CourseInput[number] = {
  id: 'basics',
  title: 'Level 1 · Basics: reading the host',
  lessons: [
    {
      id: 'disks-and-pvids',
      title: 'Disks, PVIDs and volume groups',
      summary: 'Read lspv, lsvg and lsdev, and what a PVID is.',
      scenario: { own: basicsDisks },
      steps: [
        {
          title: 'List the physical volumes',
          text: 'Run `lspv`. Each line is one disk: its name, its **PVID**, its volume group and whether the VG is active.',
          checks: [{ check: 'ran', command: 'lspv' }],
          why: '`lspv` reads the ODM, the host’s own database of devices: what this host knows of its disks.',
        },
        {
          title: 'Read a PVID',
          text: 'The PVID is the 16 hexadecimal digits in the second column. Read the one of `hdisk1`.',
          question: 'What is the PVID of hdisk1?',
          checks: [{ check: 'answer-pvid', disk: 'hdisk1' }],
          why: 'The PVID is written **on the disk** when it becomes a physical volume (`mkvg`, `extendvg` or `chdev -a pv=yes`); the ODM keeps a copy. LVM finds a VG’s disks by their PVIDs, whatever `hdiskN` name a host gives them: so a storage copy of a disk carries its PVID along.',
        },
        {
          title: 'Look inside datavg',
          text: 'Run `lsvg -l datavg`: its logical volumes, their types and mount points.',
          checks: [{ check: 'ran', command: 'lsvg', with: ['-l', 'datavg'] }],
          why: 'A copy procedure needs every file system of the VG and its JFS2 log: `loglv00` serves `/data`, while `/arch` logs **INLINE**, inside itself.',
        },
        {
          title: 'Which disks hold datavg?',
          text: 'Run `lsvg -p datavg`.',
          question: 'How many disks does datavg have?',
          checks: [
            { check: 'ran', command: 'lsvg', with: ['-p', 'datavg'] },
            { check: 'answer', is: '2' },
          ],
          why: 'Every disk of a VG must be copied, at the same instant: a copy missing one disk cannot be varied on, and disks copied at different instants tear the file systems that span them (`/data` spans both).',
        },
        {
          title: 'Device states',
          text: 'Run `lsdev -Cc disk`.',
          checks: [{ check: 'ran', command: 'lsdev', with: ['disk'] }],
          why: '**Available** disks can be used; a **Defined** disk is known to the ODM but not configured. Watch for Defined after `cfgmgr`: it is how AIX refuses a disk whose PVID already belongs to a varied-on VG.',
        },
      ],
    },
    {
      id: 'new-luns-cfgmgr',
      title: 'New LUNs and cfgmgr',
      summary: 'Configure newly mapped LUNs and tell which storage volume each hdisk is.',
      scenario: { own: basicsDisks },
      steps: [
        {
          title: 'Configure the new LUNs',
          text: 'The storage admin mapped two new LUNs (volumes 1100 and 1101). `lspv` does not show them yet. Run `cfgmgr`.',
          checks: TARGETS_AVAILABLE,
          why: '`cfgmgr` scans the adapters and configures what it finds: new disks get the next free names, `hdisk3` and `hdisk4`.',
        },
        {
          title: 'A new LUN has no PVID',
          text: 'Run `lspv` again.',
          question: 'What does lspv show in the PVID column of hdisk3?',
          checks: [
            { check: 'disk', disk: 'hdisk3', hasPvid: false },
            { check: 'answer', is: 'none' },
          ],
          why: 'Nothing was written on the new LUN yet, so it has no PVID (`none`): `cfgmgr` configures it without meeting any duplicate.',
        },
        {
          title: 'Which LUN is which hdisk?',
          text: 'Run `lscfg -vl hdisk4`. On a DS8000 the serial number is the storage image followed by the volume id (its last four digits).',
          question: 'Which storage volume is hdisk4?',
          checks: [
            { check: 'ran', command: 'lscfg', with: ['hdisk4'] },
            { check: 'answer', is: '1101' },
          ],
          why: 'hdisk numbers are the host’s own and differ from host to host: a runbook names the target hdisks only after matching serial numbers (or `pcmpath query device`) to the storage admin’s volume ids.',
        },
      ],
    },
  ],
};

const copies: CourseInput[number] = {
  id: 'copies',
  title: 'Level 2 · Copies: PVIDs, recreatevg versus importvg, freeze and thaw',
  lessons: [
    {
      id: 'duplicate-pvids',
      title: 'A copy’s PVIDs: disks left Defined',
      summary: 'cfgmgr meets a copy of a varied-on VG; recreatevg brings it up beside its source.',
      scenario: { builtIn: 'duplicate-pvid-trap' },
      steps: [
        {
          title: 'Configure the copy’s LUNs',
          text: 'The storage admin already flashed datavg onto volumes 1100 and 1101. Run `cfgmgr`, then `lsdev -Cc disk`.',
          question: 'In which state does lsdev show hdisk3?',
          checks: [
            { check: 'disk', disk: 'hdisk3', status: 'Defined' },
            { check: 'answer', is: 'Defined' },
          ],
          why: 'The copy carries the PVIDs of datavg, which is varied on: AIX will not configure a second disk with the PVID of an active VG, so it leaves the targets **Defined**.',
        },
        {
          title: 'Let go of datavg for a moment',
          text: 'Unmount `/data` and `/arch`, then `varyoffvg datavg`.',
          checks: [{ check: 'vg', vg: 'datavg', is: 'varied off' }],
          why: 'With datavg varied off, no active VG owns those PVIDs any more: the copy can be configured. Ask before doing this on production: it stops what uses datavg.',
        },
        {
          title: 'Configure the targets again',
          text: 'Run `cfgmgr` again.',
          checks: TARGETS_AVAILABLE,
          why: 'This is why docs/procedure.md configures the targets **before** the copy is made: new LUNs have no PVID, and production never stops.',
        },
        recreateStep,
        {
          title: 'Give production back',
          text: 'Vary datavg on again and mount `/data` and `/arch`.',
          checks: [
            { check: 'ran', command: 'varyonvg', with: ['datavg'] },
            { check: 'vg', vg: 'datavg', is: 'varied on' },
            ...DATAVG.map((mountPoint) => ({ check: 'mounted' as const, mountPoint, mounted: true })),
          ],
          why: 'The copy has new PVIDs now, so datavg’s own disks are its own again: production ends as it started.',
        },
        fsckAndMountStep(COPY_MOUNTS),
      ],
    },
    {
      id: 'importvg-other-host',
      title: 'importvg on another host',
      summary: 'A copy on a host that knows no other copy of the VG keeps its names with importvg.',
      scenario: { builtIn: 'other-host-importvg' },
      steps: [
        targetsConfiguredStep(['hdisk1', 'hdisk2']),
        copyStep(FLASH_PAIRS, `On the DS8000: ${MKFLASH}`),
        {
          title: 'Import the copy',
          text: 'Run `importvg -y datavg hdisk1`: one disk of the copy is enough.',
          checks: [{ check: 'vg', vg: 'datavg', is: 'varied on' }],
          why: '`importvg` reads the VG’s descriptor area from one disk, finds the others by their PVIDs and keeps the LV names and mount points. It is the tool only where no other disk with those PVIDs is known, as here; on the production host the copy needs `recreatevg`.',
        },
        fsckAndMountStep(DATAVG),
      ],
    },
    {
      id: 'freeze-thaw',
      title: 'Freeze and thaw around the copy',
      summary: 'Hold a live file system’s writes for the instant the storage copies it.',
      scenario: { builtIn: 'first-flashcopy' },
      steps: [...frozenFlashcopy],
    },
  ],
};

const procedures: CourseInput[number] = {
  id: 'procedures',
  title: 'Level 3 · The full procedures',
  lessons: [
    {
      id: 'flashcopy',
      title: 'A FlashCopy of datavg, end to end',
      summary: 'Configure, freeze, copy, thaw, recreatevg, fsck and mount.',
      scenario: { builtIn: 'first-flashcopy' },
      steps: [...frozenFlashcopy, recreateStep, fsckAndMountStep(COPY_MOUNTS)],
    },
    {
      id: 'metro-mirror-dr',
      title: 'A DR test of a Metro Mirror',
      summary: 'Freeze the mirror, fail over, import the secondaries on the DR host.',
      scenario: { builtIn: 'metro-mirror-dr' },
      steps: [
        {
          title: 'Freeze the mirror',
          text: `On the storage: \`freezepprc -dev ${L} -remotedev ${R} 10:20\`, then \`unfreezepprc -dev ${L} -remotedev ${R} 10:20\`.`,
          checks: [
            { check: 'copied', source: '1000', target: '2000', state: 'Suspended' },
            { check: 'copied', source: '1001', target: '2001', state: 'Suspended' },
          ],
          why: '`freezepprc` suspends every pair of the LSS pair at one instant (and removes its paths): the secondaries hold one consistent moment of production. `unfreezepprc` lets production write again at once.',
        },
        {
          title: 'Fail over to the secondaries',
          text: `\`failoverpprc -dev ${R} -remotedev ${L} -type mmir 2000:1000 2001:1001\`.`,
          checks: [{ check: 'ran', command: 'failoverpprc' }],
          why: 'A secondary of a mirror cannot be read by a host; failover makes it a suspended primary that the DR host can read, while the pairs are kept for the failback.',
        },
        {
          title: 'Import datavg on the DR host',
          text: 'Run `importvg -y datavg hdisk1`.',
          checks: [{ check: 'vg', vg: 'datavg', is: 'varied on' }],
          why: 'The DR host knows no other copy of datavg, so `importvg` brings it up under its own names and mount points, as production has them.',
        },
        fsckAndMountStep(DATAVG),
      ],
    },
    {
      id: 'refresh',
      title: 'Refresh an existing copy',
      summary: 'Take yesterday’s copy down, copy again, bring it up with the same name.',
      scenario: { builtIn: 'refresh-copy' },
      steps: [
        {
          title: 'Unmount the old copy',
          text: 'Unmount `/fs/data` and `/fs/arch`.',
          checks: COPY_MOUNTS.map((mountPoint) => ({
            check: 'mounted' as const,
            mountPoint,
            mounted: false,
          })),
          why: 'The storage is about to overwrite these LUNs: nothing may have them open.',
        },
        {
          title: 'Vary off and export the old copy',
          text: '`varyoffvg flashcopyvg`, then `exportvg flashcopyvg`.',
          checks: [{ check: 'vg', vg: 'flashcopyvg', is: 'unknown' }],
          why: 'The ODM still describes yesterday’s flashcopyvg: a VG name already defined cannot be created again, so the old definition goes first.',
        },
        freezeStep(DATAVG),
        copyStep(
          FLASH_PAIRS,
          `Withdraw yesterday’s copy and make today’s: \`rmflash -quiet -dev ${L} 1000:1100 1001:1101\`, then ${MKFLASH}`,
        ),
        thawStep(DATAVG),
        recreateStep,
        fsckAndMountStep(COPY_MOUNTS),
      ],
    },
  ],
};

/** The whole course, checked by its schema. */
export const course: Course = courseSchema.parse([basics, copies, procedures]);
