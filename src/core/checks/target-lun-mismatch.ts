/**
 * The target LUNs must map one-to-one onto the source VG's disks, and never name a source disk: the
 * script runs recreatevg on the targets, which rewrites their PVIDs and VGDA.
 */
import type { Finding } from '../engine-types';
import { defineCheck, listNames } from './check';

function duplicates(values: string[]): string[] {
  const seen = new Set<string>();
  return [...new Set(values.filter((v) => seen.size === seen.add(v).size))];
}

export const targetLunMismatch = defineCheck('target-lun-mismatch', ({ facts }) => {
  const findings: Omit<Finding, 'id'>[] = [];
  const sourceDisks = new Set(facts.sourceVg.disks.map((d) => d.name));
  const luns = facts.targets.luns;
  const unknown = luns.map((l) => l.sourceDisk).filter((d) => !sourceDisks.has(d));
  if (unknown.length > 0)
    findings.push({
      severity: 'blocker',
      finding: `Target LUNs name source disks ${listNames(unknown)} that are not in ${facts.sourceVg.name}.`,
      reason: 'Each target LUN receives the copy of one disk of the source VG.',
      fix: `Pair each target LUN with one of ${listNames([...sourceDisks])}.`,
      step: 'phase1',
      field: 'targets.luns',
    });
  const twiceSource = duplicates(luns.map((l) => l.sourceDisk));
  const names = luns.map((l) => l.name).filter(Boolean);
  const twiceTarget = duplicates(names);
  if (twiceSource.length > 0 || twiceTarget.length > 0)
    findings.push({
      severity: 'blocker',
      finding: `The same disk appears twice among the target LUNs: ${listNames([...twiceSource, ...twiceTarget])}.`,
      reason: 'Each source disk is copied onto exactly one target LUN, and each target LUN holds one copy.',
      fix: 'Give every source disk its own target LUN.',
      step: 'phase1',
      field: 'targets.luns',
    });
  // Disk names are per host: a source VG on another host may use the same names as the targets here.
  const onSource = facts.sourceOnHost.present ? names.filter((n) => sourceDisks.has(n)) : [];
  if (onSource.length > 0)
    findings.push({
      severity: 'blocker',
      finding: `Target LUNs ${listNames(onSource)} are disks of the source VG.`,
      reason:
        'recreatevg rewrites the PVIDs and VGDA of the disks it is given: naming a source disk would destroy the source VG.',
      fix: 'Enter the host names of the target LUNs (the new hdisks cfgmgr configures), not the source disks.',
      step: 'phase1',
      field: 'targets.luns',
    });
  const missingNames = luns.filter((l) => !l.name).map((l) => l.sourceDisk);
  if (missingNames.length > 0)
    findings.push({
      severity: 'blocker',
      finding: `The host names of the target LUNs for ${listNames(missingNames)} are not given.`,
      reason: 'The script checks, recreates and varies on the copy on those disks; it must know their names.',
      fix: facts.targets.configuredBeforeCopy
        ? 'Run cfgmgr after the storage admin maps the LUNs, compare lspv before and after, and enter the new hdisks.'
        : 'Enter the hdisk names the LUNs get on this host (lspv after cfgmgr).',
      step: 'phase1',
      field: 'targets.luns',
    });
  return findings;
});
