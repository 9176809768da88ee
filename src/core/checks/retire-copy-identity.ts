/**
 * A retire removes one VG and its disks for good, so the runbook names that copy beyond doubt: its VG
 * identifier and the PVIDs of its disks, which the script's preflight compares with the host before it
 * touches anything (a VG of the same name, the source VG above all, carries another id). A retire runbook
 * describes the copy in `existingCopy` and names it in `newVg` too (the script's log files are named for
 * it); its target LUNs are the copy's disks, whose storage volumes are unmapped.
 */
import type { Finding } from '../engine-types';
import { retiredCopy } from '../model/retire';
import { defineCheck, listNames } from './check';

export const retireCopyIdentity = defineCheck('retire-copy-identity', ({ facts }) => {
  if (facts.mode !== 'retire') return [];
  const severity = 'blocker' as const;
  const step = 'start' as const;
  const copy = retiredCopy(facts);
  if (!copy)
    return [
      {
        severity,
        finding: 'The copy to retire is not named.',
        reason: 'A retire removes one VG and its disks: the runbook names which.',
        fix: 'Enter the copy VG name, its disks and its VG identifier on the Start page.',
        step,
        field: 'existingCopy.vgName',
      },
    ];
  const findings: Omit<Finding, 'id'>[] = [];
  if (!copy.vgId)
    findings.push({
      severity,
      finding: `The VG identifier of ${copy.vgName} is not given.`,
      reason:
        "The preflight reads lsvg VG and goes on only where the VG IDENTIFIER is the copy's: a VG of the same name on another host, or the source VG named by mistake, is never touched.",
      fix: `Paste the output of lsvg ${copy.vgName} (the VG IDENTIFIER on its first line), or enter the identifier.`,
      step,
      field: 'existingCopy.vgId',
    });
  if (copy.disks.length === 0)
    findings.push({
      severity,
      finding: `The disks of ${copy.vgName} are not given.`,
      reason: 'rmdev -dl removes each disk of the copy; the preflight checks each belongs to the copy.',
      fix: `Enter the copy's disks as lspv shows them (the hdisks of ${copy.vgName}).`,
      step,
      field: 'existingCopy.disks',
    });
  const noPvid = copy.pvids.filter((d) => !d.pvid).map((d) => d.name);
  if (noPvid.length > 0)
    findings.push({
      severity,
      finding: `The PVIDs of ${listNames(noPvid)} are not known.`,
      reason:
        'The preflight goes on only where each disk carries the PVID the runbook recorded: after a cfgmgr an hdisk number can name another LUN.',
      fix: 'Paste the output of lspv: it lists each disk with its PVID.',
      step,
      field: 'host.disks',
    });
  if (facts.newVg.name !== copy.vgName)
    findings.push({
      severity,
      finding: `The copy VG is named ${facts.newVg.name}, but the copy to retire is ${copy.vgName}.`,
      reason: 'A retire runbook takes no new copy: its copy VG is the copy it retires.',
      fix: `Name the copy VG ${copy.vgName}.`,
      step,
      field: 'newVg.name',
    });
  const luns = facts.targets.luns.map((l) => l.name);
  const unlisted = copy.disks.filter((d) => !luns.includes(d));
  const extra = luns.filter((d) => !copy.disks.includes(d));
  if (unlisted.length + extra.length > 0)
    findings.push({
      severity,
      finding: `The target LUNs (${listNames(luns) || 'none'}) are not the copy's disks (${listNames(copy.disks) || 'none'}).`,
      reason:
        "The storage admin unmaps the target LUNs' volumes and removes their relationships: they must be exactly the disks the host removes, or a LUN still in use loses its mapping.",
      fix: `List each disk of ${copy.vgName} as a target LUN, with its source disk and storage volumes.`,
      step: 'phase1',
      field: 'targets.luns',
    });
  if (facts.moreVgs.length > 0)
    findings.push({
      severity,
      finding: 'A retire runbook holds further VGs.',
      reason:
        'A retire removes one copy; each copy of a set is retired by its own runbook, with its own VG id.',
      fix: 'Remove the further VGs, and retire each of their copies with a runbook of its own.',
      step,
      field: 'moreVgs',
    });
  return findings;
});
