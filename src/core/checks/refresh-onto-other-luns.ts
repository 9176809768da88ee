/**
 * A refresh writes the new copy onto the old copy's own LUNs: the relationships that resyncflash (or a
 * restarted SVC mapping) refreshes exist only for those. Target LUNs that are not the old copy's disks
 * mean relationships that were never made, a second set of disks carrying the VG's PVIDs, and retired
 * hdisks left configured. The plan does not move a copy: it stops and says how to do it in two runs.
 */
import { defineCheck, listNames } from './check';

export const refreshOntoOtherLuns = defineCheck('refresh-onto-other-luns', ({ facts }) => {
  const old = facts.mode === 'refresh' ? facts.existingCopy : undefined;
  if (!old?.vgName.trim() || old.disks.length === 0) return [];
  const targets = facts.targets.luns.map((l) => l.name).filter(Boolean);
  const notInOld = targets.filter((t) => !old.disks.includes(t));
  if (notInOld.length === 0) return [];
  const retired = old.disks.filter((d) => !targets.includes(d));
  const removeRelationships =
    facts.copy.storage === 'svc' ? 'rmfcmap (or rmrcrelationship)' : 'rmflash (or rmpprc)';
  return [
    {
      severity: 'blocker',
      finding: `Target LUNs ${listNames(notInOld)} are not disks of the existing copy ${old.vgName}: a refresh cannot move the copy to other LUNs.`,
      reason: `A refresh renews the relationships of the old copy's LUNs (${listNames(old.disks)}); for other LUNs those relationships were never made, the old disks would keep a second copy of the VG's PVIDs, and the retired hdisks would stay configured.`,
      fix: `Move the copy in two runs. First retire the old copy: unmount its file systems, varyoffvg ${old.vgName}, exportvg ${old.vgName}, then rmdev -dl ${listNames(retired.length > 0 ? retired : old.disks)}; the storage admin removes its relationships (${removeRelationships} of the old target LUNs) and unmaps the old LUNs from this host. Then plan a first copy (not a refresh) onto ${listNames(notInOld)}: it makes the new relationships, and its cfgmgr and disk checks take in the new LUNs. Or keep the old copy's disks as the target LUNs and refresh.`,
      step: 'phase1',
      field: 'targets.luns',
    },
  ];
});
