/**
 * The runbook for the next refresh of a copy this runbook brought up (docs/procedure.md "Refreshing an existing
 * copy"): the copy VG it created is now the existing copy, up and mounted on the same target LUNs.
 */
import type { Facts } from '../../core/model/facts';

export function nextRefreshFacts(facts: Facts): Facts {
  const copy = structuredClone(facts);
  return {
    ...copy,
    mode: 'refresh',
    existingCopy: {
      vgName: facts.newVg.name,
      disks: facts.targets.luns.map((l) => l.name).filter(Boolean),
      variedOn: true,
      mounted: true,
    },
    // The LUNs stay configured from the first copy: no new cfgmgr of fresh LUNs is needed.
    targets: { ...copy.targets, configuredBeforeCopy: true },
  };
}
