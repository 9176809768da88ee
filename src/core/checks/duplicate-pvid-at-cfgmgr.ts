/**
 * docs/procedure.md "cfgmgr and duplicate PVIDs": while a VG holding PVID A is varied on, cfgmgr does not
 * configure another disk carrying PVID A. A copy made before its LUNs are configured carries the
 * source's PVIDs, so cfgmgr leaves it `Defined` while the source (or another copy) is varied on.
 * Way a (configure first) clears it; way b (vary the source off around cfgmgr) clears it at the price
 * of an outage of the source, which the check states as a warning.
 */
import { pvidHolders, variesOffSourceForCfgmgr } from '../model/pvid-holders';
import { defineCheck, listNames } from './check';

export const duplicatePvidAtCfgmgr = defineCheck('duplicate-pvid-at-cfgmgr', ({ facts }) => {
  if (facts.targets.configuredBeforeCopy) return [];
  const holders = pvidHolders(facts);
  if (holders.length === 0) return [];
  const source = facts.sourceVg.name;
  if (variesOffSourceForCfgmgr(facts))
    return [
      {
        severity: 'warning',
        finding: `The runbook varies ${source} off around cfgmgr: its file systems are unmounted and what uses them is stopped until the copy has new PVIDs.`,
        reason:
          'cfgmgr configures the copy disks only while no varied-on VG holds their PVIDs; the source comes back once recreatevg has given the copy new PVIDs, so the two never share one.',
        fix: 'Agree the outage with the application owner, or configure the target LUNs before the next copy (no outage).',
        step: 'phase1',
        field: 'targets.varyOffSourceForCfgmgr',
      },
    ];
  const copies = holders.filter((h) => h !== source);
  const configureFirst =
    'Configure the target LUNs on the host (cfgmgr) before the copy is made; they have no PVID yet and configure cleanly.';
  const wayB = `let the runbook vary off ${source} around cfgmgr (an outage of the source)`;
  const otherwise =
    copies.length === 0
      ? wayB
      : `vary off ${listNames(copies)} by hand${holders.includes(source) ? ` and ${wayB}` : ' before cfgmgr'}`;
  return [
    {
      severity: 'blocker',
      finding: `The copy is made before its LUNs are configured, while ${listNames(holders)} ${holders.length > 1 ? 'are' : 'is'} varied on with the same PVIDs.`,
      reason:
        'While a VG holding a PVID is varied on, cfgmgr will not configure another disk carrying that PVID: the copy disks would stay Defined and cannot be used.',
      fix: `${configureFirst} Otherwise ${otherwise}.`,
      step: 'phase1',
      field: 'targets.configuredBeforeCopy',
    },
  ];
});
