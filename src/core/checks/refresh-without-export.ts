/**
 * docs/procedure.md "Refreshing an existing copy": the old copy is unmounted, varied off and exported before the
 * new copy is made and recreatevg runs again; a VG name already in the ODM cannot be defined again, and
 * a copy taken under a varied-on VG corrupts what that VG sees.
 */
import { defineCheck } from './check';

export const refreshWithoutExport = defineCheck('refresh-without-export', ({ facts }) => {
  if (facts.mode !== 'refresh') return [];
  const old = facts.existingCopy;
  if (!old?.vgName.trim())
    return [
      {
        severity: 'blocker',
        finding: 'A refresh is planned but the existing copy (its VG name) is not given.',
        reason:
          'The old copy must be unmounted, varied off (varyoffvg) and exported (exportvg) before the new copy; without its name the plan cannot do that, and recreatevg would fail on a name still in the ODM.',
        fix: 'Enter the VG name, disks and state of the existing copy.',
        step: 'phase1',
        field: 'existingCopy.vgName',
      },
    ];
  return [];
});
