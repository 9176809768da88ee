/**
 * rmdev -dl removes a disk whatever holds it once its VG is varied off: a disk of the copy that lspv shows
 * in another VG (the copy's disks mistyped, or an hdisk number given to another LUN since) would be taken
 * from that VG. Each disk of the copy belongs to the copy (or to no VG) before a retire runs.
 */
import { retiredCopy } from '../model/retire';
import { defineCheck, listNames } from './check';

export const retireDisksInOtherVg = defineCheck('retire-disks-in-other-vg', ({ facts }) => {
  const copy = retiredCopy(facts);
  if (!copy) return [];
  const held = (facts.host?.disks ?? []).filter(
    (d) => copy.disks.includes(d.name) && d.vg && d.vg !== copy.vgName,
  );
  if (held.length === 0) return [];
  return [
    {
      severity: 'blocker' as const,
      finding: `${listNames(held.map((d) => `${d.name} (in ${d.vg})`))} ${held.length === 1 ? 'belongs' : 'belong'} to another VG than ${copy.vgName}.`,
      reason: `lspv shows ${held.length === 1 ? 'it' : 'them'} in another VG: rmdev -dl would take ${held.length === 1 ? 'it' : 'them'} from that VG.`,
      fix: `List only the disks lspv shows in ${copy.vgName}.`,
      step: 'start' as const,
      field: 'existingCopy.disks',
    },
  ];
});
