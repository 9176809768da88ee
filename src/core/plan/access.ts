/**
 * The decision of DOMAIN.md phase 2, with its reason: importvg when no other copy of the VG (the source
 * included) is known on the host, otherwise recreatevg.
 */
import { type AccessMethod, accessMethod } from '../model/copy-layout';
import type { Facts } from '../model/facts';

export function accessDecision(facts: Facts): { method: AccessMethod; reason: string } {
  const method = accessMethod(facts);
  const chosen = facts.newVg.access !== 'auto' ? ' (chosen in the runbook)' : '';
  const others = [
    ...(facts.sourceOnHost.present ? [`the source VG ${facts.sourceVg.name}`] : []),
    ...facts.sourceOnHost.otherCopies.map((c) => `the copy ${c.vgName}`),
    ...(facts.mode === 'refresh' && facts.existingCopy
      ? [`the earlier copy ${facts.existingCopy.vgName}`]
      : []),
  ];
  if (method === 'recreatevg')
    return {
      method,
      reason:
        others.length > 0
          ? `recreatevg${chosen}: ${others.join(', ')} ${others.length > 1 ? 'are' : 'is'} known on this host with the same VG id and PVIDs; recreatevg gives the copy new PVIDs, a new VG id and prefixed LV names and mount points, and loads the ODM itself.`
          : `recreatevg${chosen}: it gives the copy new PVIDs and names, which also works where importvg would.`,
    };
  return {
    method,
    reason: `importvg${chosen}: no other copy of ${facts.sourceVg.name} is known on this host, so the copy can keep its VG id, PVIDs, LV names and mount points.`,
  };
}
