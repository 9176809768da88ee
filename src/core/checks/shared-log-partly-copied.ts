/**
 * docs/procedure.md: "If several file systems share one log, all of them must be copied together." A file system
 * whose disks are not all copied, sharing a log with copied ones, leaves the log describing a file
 * system the copy does not hold.
 */
import { defineCheck, listNames } from './check';
import { fileSystemsByLog, lvCopied } from './log-placement';

export const sharedLogPartlyCopied = defineCheck('shared-log-partly-copied', ({ facts, layout }) => {
  const findings = [];
  const lvOf = new Map(facts.sourceVg.fileSystems.map((f) => [f.mountPoint, f.lv] as const));
  for (const [log, mountPoints] of fileSystemsByLog(facts.sourceVg.fileSystems)) {
    if (mountPoints.length < 2) continue;
    const notCopied = mountPoints.filter(
      (m) => !lvCopied(facts, layout.copiedSourceDisks, lvOf.get(m) ?? ''),
    );
    if (notCopied.length === 0 || notCopied.length === mountPoints.length) continue;
    findings.push({
      severity: 'blocker' as const,
      finding: `${listNames(mountPoints)} share the log ${log}, but ${listNames(notCopied)} ${notCopied.length > 1 ? 'are' : 'is'} not copied.`,
      reason:
        'File systems that share one log must all be copied together; otherwise replaying the log on the copy touches a file system it does not hold.',
      fix: `Copy the disks of ${listNames(notCopied)} too, or give each file system its own or an inline log.`,
      step: 'phase1' as const,
      field: 'targets.luns',
    });
  }
  return findings;
});
