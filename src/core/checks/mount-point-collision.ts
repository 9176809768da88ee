/**
 * docs/procedure.md "Words": no two VGs on one host with the same mount points. importvg never changes mount
 * points: a clashing stanza is skipped (imfs: Warning ... already exists in /etc/filesystems) and the file
 * system cannot be mounted. recreatevg prefixes every mount point (-L, default /fs).
 */
import { defineCheck, listNames } from './check';

export const mountPointCollision = defineCheck('mount-point-collision', ({ facts, layout }) => {
  const onHost = new Set([
    ...(facts.host?.mountPoints ?? []),
    ...(facts.sourceOnHost.present ? facts.sourceVg.fileSystems.map((f) => f.mountPoint) : []),
  ]);
  // A refresh exports the old copy (and its stanzas) before recreatevg: its mount points are freed.
  const refresh = facts.mode === 'refresh' && facts.existingCopy !== undefined;
  const clashes = refresh ? [] : layout.fileSystems.map((f) => f.mountPoint).filter((m) => onHost.has(m));
  if (clashes.length === 0) return [];
  const recreate = layout.access === 'recreatevg';
  return [
    {
      severity: 'blocker',
      finding: `The copy's mount points ${listNames(clashes)} are already used on this host.`,
      reason: recreate
        ? 'Two file systems cannot share a mount point: the copy would hide the other file system, and /etc/filesystems cannot hold the stanza twice.'
        : 'importvg does not rename mount points: it skips the clashing stanzas, and those file systems of the copy cannot be mounted.',
      fix: recreate
        ? 'Choose a mount-point prefix (-L) that no other copy on this host uses.'
        : 'Use recreatevg with a mount-point prefix (-L).',
      step: 'phase2',
      field: recreate ? 'newVg.mountPrefix' : 'newVg.access',
    },
  ];
});
