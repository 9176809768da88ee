/**
 * mountguard (JFS2, AIX 7.1+, common under PowerHA and Live Partition Mobility): a guarded file system's
 * mount marks its superblock, and a copy taken while it was mounted carries the mark. AIX then refuses
 * the copy's mount with 0506-365, on another host or on this one after recreatevg. The plan mounts those
 * file systems once with `mount -o noguard` (plan/steps-verify.ts says why not chfs -a mountguard=no).
 */
import { guardedCopyFileSystems } from '../model/copy-layout';
import { defineCheck, listNames } from './check';

export const mountguardCopy = defineCheck('mountguard-copy', ({ facts, layout }) => {
  const guarded = guardedCopyFileSystems(facts, layout);
  if (guarded.length === 0) return [];
  const sources = listNames(guarded.map((f) => f.source.mountPoint));
  const copies = listNames(guarded.map((f) => f.mountPoint));
  return [
    {
      severity: 'advice' as const,
      finding: `${sources} ${guarded.length === 1 ? 'has' : 'have'} mountguard on and ${guarded.length === 1 ? 'is' : 'are'} mounted while the copy is taken: AIX refuses to mount the copy (0506-365, "Cannot mount guarded filesystem").`,
      reason:
        'A guarded mount marks the superblock as mounted; the copy carries the mark, so AIX takes it for the same file system mounted on another node.',
      fix: `The plan mounts ${copies} once with mount -o noguard, which leaves the copy's mountguard as the source has it; its umount clears the mark for later mounts.`,
      step: 'phase2' as const,
      field: 'sourceVg.fileSystems',
    },
  ];
});
