/**
 * DOMAIN.md "cfgmgr and duplicate PVIDs": while a VG holding PVID A is varied on, cfgmgr does not
 * configure another disk carrying PVID A. A copy made before its LUNs are configured carries the
 * source's PVIDs, so cfgmgr leaves it `Defined` while the source (or another copy) is varied on.
 */
import { defineCheck } from './check';

export const duplicatePvidAtCfgmgr = defineCheck('duplicate-pvid-at-cfgmgr', ({ facts }) => {
  if (facts.targets.configuredBeforeCopy) return [];
  const holders = [
    ...(facts.sourceOnHost.present && facts.sourceOnHost.variedOn ? [facts.sourceVg.name] : []),
    ...facts.sourceOnHost.otherCopies.filter((c) => c.variedOn).map((c) => c.vgName),
  ];
  if (holders.length === 0) return [];
  return [
    {
      severity: 'blocker',
      finding: `The copy is made before its LUNs are configured, while ${holders.join(' and ')} ${holders.length > 1 ? 'are' : 'is'} varied on with the same PVIDs.`,
      reason:
        'While a VG holding a PVID is varied on, cfgmgr will not configure another disk carrying that PVID: the copy disks would stay Defined and cannot be used.',
      fix: 'Configure the target LUNs on the host (cfgmgr) before the copy is made; they have no PVID yet and configure cleanly. Otherwise vary off the VG holding the PVIDs before cfgmgr.',
      step: 'phase1',
      field: 'targets.configuredBeforeCopy',
    },
  ];
});
