/**
 * The VG a retire removes is never the source VG nor a VG holding one of the source's disks: exportvg and
 * rmdev -dl of production would take production off the host (its file systems, its disks' definitions).
 * The preflight refuses it too, by VG id and PVIDs; this refuses the runbook before any script is written.
 */
import { retiredCopy } from '../model/retire';
import { defineCheck, listNames } from './check';

export const retireSourceVg = defineCheck('retire-source-vg', ({ facts }) => {
  const copy = retiredCopy(facts);
  if (!copy) return [];
  const sourceDisks = facts.sourceVg.disks.map((d) => d.name);
  const sourceVgs = new Set([
    facts.sourceVg.name,
    ...(facts.host?.disks ?? []).filter((d) => sourceDisks.includes(d.name) && d.vg).map((d) => d.vg!),
  ]);
  const sourcePvids = new Set(facts.sourceVg.disks.map((d) => d.pvid).filter((p) => p !== null));
  const shared = copy.disks.filter((d) => sourceDisks.includes(d));
  const samePvid = copy.pvids.filter((d) => d.pvid && sourcePvids.has(d.pvid)).map((d) => d.name);
  const findings: { finding: string; fix: string; field: string }[] = [];
  if (sourceVgs.has(copy.vgName))
    findings.push({
      finding: `The VG to retire, ${copy.vgName}, is the source VG${copy.vgName === facts.sourceVg.name ? '' : ` (it holds the source's disks)`}.`,
      fix: `Name the copy's VG (lsvg lists it beside ${facts.sourceVg.name}).`,
      field: 'existingCopy.vgName',
    });
  if (shared.length > 0)
    findings.push({
      finding: `${listNames(shared)} ${shared.length === 1 ? 'is a disk' : 'are disks'} of the source VG ${facts.sourceVg.name}.`,
      fix: `List only the copy's disks (lspv shows them in ${copy.vgName}).`,
      field: 'existingCopy.disks',
    });
  if (samePvid.length > 0)
    findings.push({
      finding: `${listNames(samePvid)} ${samePvid.length === 1 ? 'carries' : 'carry'} a PVID of the source VG.`,
      fix: "Check the disks with lspv: a copy brought up with recreatevg has PVIDs of its own; a disk with the source's PVID is the source, or a copy never brought up.",
      field: 'existingCopy.disks',
    });
  return findings.map((f) => ({
    severity: 'blocker' as const,
    ...f,
    reason:
      'A retire varies off and exports the VG and removes its disks: run on the source, it would take production off the host.',
    step: 'start' as const,
  }));
});
