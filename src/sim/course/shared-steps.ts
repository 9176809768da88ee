/**
 * Steps more than one lesson takes (a freeze and thaw around the storage's copy, fsck and mount of a
 * copy), each written once.
 */
import type { CourseInput } from './course-schema';

type StepInput = CourseInput[number]['lessons'][number]['steps'][number];

const list = (mountPoints: string[]) => mountPoints.map((m) => `\`${m}\``).join(' and ');

/** The FlashCopy targets configured before the copy: Available, without a PVID. */
export const targetsConfiguredStep = (disks: string[]): StepInput => ({
  title: 'Configure the target LUNs first',
  text: `The storage admin mapped the target LUNs. Run \`cfgmgr\`, then \`lspv\`: ${disks.join(' and ')} appear without a PVID.`,
  checks: disks.map((disk) => ({ check: 'disk', disk, status: 'Available', hasPvid: false })),
  why: 'A new LUN has no PVID, so `cfgmgr` configures it cleanly. Configured **before** the copy, the targets never meet the source’s PVIDs at configuration time: the source VG need not be varied off (docs/procedure.md, "cfgmgr and duplicate PVIDs").',
});

/** `sync`, then every file system of the source frozen. */
export const freezeStep = (mountPoints: string[]): StepInput => ({
  title: 'Freeze the file systems',
  text: `Flush what is in memory with \`sync\`, then freeze ${list(mountPoints)}: \`chfs -a freeze=60 MOUNTPOINT\` for each.`,
  checks: mountPoints.map((mountPoint) => ({ check: 'frozen', mountPoint, frozen: true })),
  why: 'A JFS2 freeze writes the file system’s dirty data and metadata to disk and holds new writes, so the LUNs hold a clean file system at the instant the storage copies them. The timeout (60 seconds) is a safety: AIX thaws by itself when it runs out (J2_FREEZE_TIMEOUT in `errpt`), and a copy made after that is not clean.',
});

/** The storage admin's copy of each pair, from the storage console or the storage button. */
export const copyStep = (pairs: [string, string][], how: string): StepInput => ({
  title: 'Have the storage admin make the copy',
  text: `${how} Use the **Storage admin** console, or the storage button for the next command of the storage admin’s part.`,
  checks: [
    { check: 'ran', command: 'mkflash' },
    ...pairs.map(([source, target]) => ({ check: 'copied' as const, source, target })),
  ],
  why: 'All LUNs of the VG are copied at one instant (one `mkflash -freeze` consistency group, then `unfreezeflash`): LUNs copied one after the other would hold parts of the VG from different moments, a torn copy.',
});

/** Every frozen file system thawed. */
export const thawStep = (mountPoints: string[]): StepInput => ({
  title: 'Thaw at once',
  text: `As soon as the copy exists, thaw ${list(mountPoints)}: \`chfs -a freeze=off MOUNTPOINT\` for each.`,
  checks: [
    ...mountPoints.map((mountPoint) => ({ check: 'frozen' as const, mountPoint, frozen: false })),
    ...mountPoints.map((mountPoint) => ({
      check: 'ran' as const,
      command: 'chfs',
      with: ['freeze=off', mountPoint],
    })),
  ],
  why: 'A FlashCopy is made in a second, point in time: production must not wait for the background copy. Every second frozen is a second the applications cannot write.',
});

/** The copy's file systems checked with fsck, then mounted. */
export const fsckAndMountStep = (mountPoints: string[]): StepInput => ({
  title: 'Check, then mount the copy',
  text: `Run \`fsck -y\` on ${list(mountPoints)} of the copy, then mount each.`,
  checks: [
    { check: 'ran', command: 'fsck' },
    ...mountPoints.map((mountPoint) => ({ check: 'mounted' as const, mountPoint, mounted: true })),
  ],
  why: 'A copy is a crash image at best: `fsck` tells whether it is clean before anything reads it. Any error it reports means the copy must not be used, even after `fsck -y` repaired the metadata: the data the application wrote is not repaired (take the copy again).',
});

/** The FlashCopy of datavg brought up beside it as flashcopyvg. */
export const recreateStep: StepInput = {
  title: 'Bring the copy up beside its source',
  text: 'Run `recreatevg -y flashcopyvg hdisk3 hdisk4`, naming **every** disk of the copy.',
  checks: [
    { check: 'ran', command: 'recreatevg' },
    { check: 'vg', vg: 'flashcopyvg', is: 'varied on' },
  ],
  why: 'The copy carries the PVIDs and VGID of datavg, which this host already knows. `recreatevg` writes new ones on the copy’s disks, renames its LVs (`fs` prefix) and mount points (`/fs` prefix) and varies it on: the copy lives beside its source.',
};
