/**
 * docs/procedure.md: a VG name that is already in the ODM cannot be defined again (0516-360 getvgname: The
 * device name is already used). A refresh exports the old copy first, so its own name is free again.
 */
import { defineCheck } from './check';

export const vgNameInOdm = defineCheck('vg-name-in-odm', ({ facts }) => {
  const name = facts.newVg.name.trim();
  if (!name) return [];
  const refreshed = facts.mode === 'refresh' ? facts.existingCopy?.vgName : undefined;
  const taken = new Set<string>([
    ...(facts.sourceOnHost.present ? [facts.sourceVg.name] : []),
    ...facts.sourceOnHost.otherCopies.map((c) => c.vgName),
    ...(facts.host?.vgs ?? []),
  ]);
  if (name === refreshed || !taken.has(name)) return [];
  return [
    {
      severity: 'blocker',
      finding: `The copy's VG name ${name} is already in the ODM of this host.`,
      reason:
        'A VG name already defined in the ODM cannot be defined again: recreatevg or importvg stops with "The device name is already used".',
      fix: 'Choose another VG name for the copy (e.g. the source name with a prefix such as fc).',
      step: 'phase2',
      field: 'newVg.name',
    },
  ];
});
