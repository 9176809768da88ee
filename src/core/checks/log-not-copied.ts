/**
 * docs/procedure.md "Consistency of the copy": all LUNs of a file system and its log are copied together. A log
 * outside the VG or on a disk that is not copied leaves the copy without its log: recreatevg warns,
 * and logredo/fsck on the copy fail to open the log (docs/aix-behaviour.md 15.4, 16.4).
 */
import { defineCheck, listNames } from './check';
import { fileSystemsByLog, lvDisks, lvCopied } from './log-placement';

export const logNotCopied = defineCheck('log-not-copied', ({ facts, layout }) => {
  const findings = [];
  // Without the LV list (lsvg -l not given) a log's place is unknown: nothing to judge.
  if (facts.sourceVg.lvs.length === 0) return [];
  for (const [log, mountPoints] of fileSystemsByLog(facts.sourceVg.fileSystems)) {
    if (lvDisks(facts, log) === undefined)
      findings.push({
        severity: 'blocker' as const,
        finding: `The log ${log} of ${listNames(mountPoints)} is not a logical volume of ${facts.sourceVg.name}.`,
        reason:
          'The copy holds only the VG’s own disks: a log kept in another VG is not copied, and logredo and fsck on the copy cannot replay it.',
        fix: `Give ${listNames(mountPoints)} a log inside ${facts.sourceVg.name} (a jfs2log LV or an inline log), or enter the log LV with its disks.`,
        step: 'start' as const,
        field: 'sourceVg.fileSystems',
      });
    else if (!lvCopied(facts, layout.copiedSourceDisks, log))
      findings.push({
        severity: 'blocker' as const,
        finding: `The log ${log} of ${listNames(mountPoints)} sits on a disk that is not copied.`,
        reason:
          'A file system and its log must be copied at the same instant; without the log the copy cannot be replayed, and a log from another instant can corrupt metadata silently.',
        fix: `Add target LUNs for the disks of ${log}.`,
        step: 'phase1' as const,
        field: 'targets.luns',
      });
  }
  return findings;
});
