/**
 * docs/procedure.md "cfgmgr and duplicate PVIDs": which varied-on VGs on this host hold the source's PVIDs when
 * cfgmgr meets the copy, and whether the runbook takes way b (vary the source off around cfgmgr).
 * Shared by the duplicate-PVID check and the planner, so both decide alike.
 */
import type { Facts } from './facts';

/** Varied-on VGs on this host carrying the source's PVIDs: the source itself and earlier copies. */
export function pvidHolders(facts: Facts): string[] {
  return [
    ...(facts.sourceOnHost.present && facts.sourceOnHost.variedOn ? [facts.sourceVg.name] : []),
    ...facts.sourceOnHost.otherCopies.filter((c) => c.variedOn).map((c) => c.vgName),
  ];
}

/**
 * Way b applies: a first copy made before its LUNs are configured, the admin chose to vary the source
 * off around cfgmgr, and the source is the only varied-on VG holding its PVIDs (other copies are not
 * the runbook's to stop).
 */
export function variesOffSourceForCfgmgr(facts: Facts): boolean {
  const holders = pvidHolders(facts);
  return (
    facts.mode === 'first' &&
    !facts.targets.configuredBeforeCopy &&
    facts.targets.varyOffSourceForCfgmgr === true &&
    holders.length === 1 &&
    holders[0] === facts.sourceVg.name &&
    facts.sourceOnHost.present
  );
}
