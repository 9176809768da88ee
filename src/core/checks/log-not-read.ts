/**
 * lsvg -l and plain lsfs print no log: a log guessed from the VG's log LV is not a fact (docs/procedure.md
 * "Where the facts live on a host"). The log layout decides what the copy replays (logredo before a live
 * copy's first mount) and the shared-log rules (docs/procedure.md: a shared log is copied with all its file
 * systems at one instant), so a live copy on guessed logs is blocked; an unmounted copy needs them only to
 * place the logs.
 */
import { defineCheck, listNames } from './check';
import { logsNotRead } from './log-placement';

export const logNotRead = defineCheck('log-not-read', ({ facts, layout }) => {
  const notRead = logsNotRead(facts.sourceVg.fileSystems);
  if (notRead.length === 0) return [];
  return [
    {
      severity: layout.live ? 'blocker' : 'warning',
      finding: `The log of ${listNames(notRead)} is guessed from lsvg -l, not read.`,
      reason: layout.live
        ? 'A live copy replays each log with logredo, and file systems sharing a log must be copied at one instant: the log layout decides both, and lsvg -l and plain lsfs do not print it.'
        : 'The log layout decides which log LVs must be on the copied disks; lsvg -l and plain lsfs do not print it.',
      fix: 'Run lsfs -q or cat /etc/filesystems on the source host and paste the output, or type each log in the file-system table.',
      step: 'start',
      field: 'sourceVg.fileSystems',
    },
  ];
});
