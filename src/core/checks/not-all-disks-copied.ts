/**
 * docs/procedure.md "All disks of the VG": recreatevg must be given every disk of the copied VG (it fails when
 * the list does not match the VGDA), and a copy missing disks loses quorum on varyonvg (0516-052).
 */
import { defineCheck, listNames } from './check';

export const notAllDisksCopied = defineCheck('not-all-disks-copied', ({ facts, layout }) => {
  const missing = facts.sourceVg.disks.map((d) => d.name).filter((n) => !layout.copiedSourceDisks.has(n));
  if (missing.length === 0) return [];
  return [
    {
      severity: 'blocker',
      finding: `Disks ${listNames(missing)} of ${facts.sourceVg.name} have no target LUN.`,
      reason:
        'Every disk of the VG must be copied: recreatevg needs all of them, and a VG with disks missing cannot be varied on without quorum, or loses the LVs on the missing disks.',
      fix: `Add a target LUN for each of ${listNames(missing)}.`,
      step: 'phase1',
      field: 'targets.luns',
    },
  ];
});
