/**
 * The decision of docs/procedure.md phase 2, with its reason: importvg when no other copy of the VG (the source
 * included) is known on the host, otherwise recreatevg. A refresh's old copy counts only when it stays
 * on disks of its own: the plan exports it before the access step.
 */
import { type AccessMethod, accessMethod, oldCopyStaysOnHost } from '../model/copy-layout';
import type { Facts } from '../model/facts';

export function accessDecision(facts: Facts): { method: AccessMethod; reason: string } {
  const method = accessMethod(facts);
  const chosen = facts.newVg.access !== 'auto' ? ' (chosen in the runbook)' : '';
  const old = facts.mode === 'refresh' ? facts.existingCopy : undefined;
  const others = [
    ...(facts.sourceOnHost.present ? [`the source VG ${facts.sourceVg.name}`] : []),
    ...facts.sourceOnHost.otherCopies
      .filter((c) => c.vgName !== old?.vgName)
      .map((c) => `the copy ${c.vgName}`),
    ...(old && oldCopyStaysOnHost(facts) ? [`the earlier copy ${old.vgName}`] : []),
  ];
  if (method === 'recreatevg')
    return {
      method,
      reason:
        others.length > 0
          ? `recreatevg${chosen}: ${others.join(', ')} ${others.length > 1 ? 'are' : 'is'} known on this host with the same VG id and PVIDs; recreatevg gives the copy new PVIDs, a new VG id and prefixed LV names and mount points, and loads the ODM itself.`
          : `recreatevg${chosen}: it gives the copy new PVIDs and names, which also works where importvg would.`,
    };
  // A refresh on a DR or backup host: once the old copy is exported, its disks hold the new copy and
  // nothing else on the host carries the VG's PVIDs.
  const refreshed = old
    ? ` once the old copy ${old.vgName} is exported (the new copy overwrites its disks)`
    : '';
  return {
    method,
    reason: `importvg${chosen}: no other copy of ${facts.sourceVg.name} is known on this host${refreshed}, so the copy can keep its VG id, PVIDs, LV names and mount points.`,
  };
}
