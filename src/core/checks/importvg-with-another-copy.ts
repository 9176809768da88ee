/**
 * docs/procedure.md phase 2: importvg only when no other copy of the VG (the source included) is known on the
 * host. Otherwise importvg fails (0516-572 redefinevg: Volume Group already exists under name ...) or,
 * worse, two disks carry one PVID; recreatevg gives the copy new PVIDs and names.
 */
import { anotherCopyOnHost } from '../model/copy-layout';
import { defineCheck } from './check';

export const importvgWithAnotherCopy = defineCheck('importvg-with-another-copy', ({ facts }) => {
  if (facts.newVg.access !== 'importvg' || !anotherCopyOnHost(facts)) return [];
  const where = facts.sourceOnHost.present
    ? `the source VG ${facts.sourceVg.name} is on this host`
    : facts.mode === 'refresh'
      ? 'an earlier copy of the VG is on this host'
      : `other copies (${facts.sourceOnHost.otherCopies.map((c) => c.vgName).join(', ')}) are on this host`;
  return [
    {
      severity: 'blocker',
      finding: `importvg is chosen although ${where}.`,
      reason:
        'The copy carries the same VG id and PVIDs as the other copy: importvg fails ("Volume Group already exists") and AIX tolerates duplicate PVIDs only briefly. recreatevg gives the copy new PVIDs, a new VG id and new LV and mount-point names.',
      fix: 'Choose recreatevg (or "automatic") as the access method.',
      step: 'phase2',
      field: 'newVg.access',
    },
  ];
});
