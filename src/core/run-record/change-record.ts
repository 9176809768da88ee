/**
 * The change record: what ran, printed for the change-management file. Who ran the script, when, on which
 * host, the script's checksum and version (and its review), each step's outcome and times, and where a step
 * failed, its "if it fails" advice and what the script undid (docs/run-record.md).
 */
import type { Review } from '../model/review';
import { reviewLine } from '../model/review';
import type { RunbookPlan } from '../plan/types';
import { exitCodes } from '../write/ksh-steps';
import type { RunRecord, StepRecord, StepStatus } from './record-schema';

/** The script's exit codes in words, as its header documents them (write/ksh-script.ts). */
const exitMeanings: Record<number, string> = {
  0: 'done: the copy is varied on and its file systems are mounted',
  [exitCodes.usage]: 'usage error',
  [exitCodes.preflight]: 'preflight: the host was not as planned; nothing was changed',
  [exitCodes.stepFailed]: 'a step failed',
  [exitCodes.stopped]: 'stopped: a question was answered no, or a pause was not confirmed',
  [exitCodes.copyUnusable]: 'the copy is not usable (logredo or fsck found errors): discard it',
  [exitCodes.interrupted]: 'interrupted (INT, TERM or HUP)',
  [exitCodes.notRestored]: 'production could not be fully restored',
};

export const statusWords: Record<StepStatus, string> = {
  run: 'run',
  skipped: 'skipped (already done)',
  failed: 'failed',
  'not-reached': 'not reached',
  'by-hand': 'by hand (not in the script)',
};

/** How long a step took, in words ("2 min 5 s"), from its times; empty where it did not both start and end. */
export function stepTook(step: Pick<StepRecord, 'startedAt' | 'endedAt'>): string {
  if (!step.startedAt || !step.endedAt) return '';
  const seconds = (Date.parse(`${step.endedAt}Z`) - Date.parse(`${step.startedAt}Z`)) / 1000;
  return seconds >= 60 ? `${Math.floor(seconds / 60)} min ${seconds % 60} s` : `${seconds} s`;
}

/** How the run ended, in words. */
export function runOutcome(record: RunRecord): string {
  return record.exitCode === null
    ? 'the log ends before the run did (the host went down, or the log was cut)'
    : `exit code ${record.exitCode}: ${exitMeanings[record.exitCode] ?? "not one of the script's exit codes"}`;
}

/** The steps to tick on the checklist: done by this run or an earlier one (skipped as already done). */
export function tickedSteps(record: RunRecord): string[] {
  return record.steps.filter((s) => s.status === 'run' || s.status === 'skipped').map((s) => s.id);
}

/** Which run the record is, for the checklist's ticks and the page. */
export function runLine(record: RunRecord): string {
  return `the run by ${record.user} on ${record.host}, ${record.startedAt} to ${record.endedAt ?? '(log cut)'}`;
}

/** The change record as Markdown. */
export function changeRecordMarkdown(
  record: RunRecord,
  plan: RunbookPlan,
  about: { runbook: string; review?: Review },
): string {
  const failed = record.steps.find((s) => s.status === 'failed');
  const advice = failed && plan.steps[failed.number - 1]?.onFailure;
  const lines = [
    `# Change record: ${about.runbook}`,
    '',
    `- Ran: ${runLine(record)}`,
    `- Outcome: ${runOutcome(record)}`,
    `- Script: vgcopy ${record.version}, sha256 ${record.sha256}`,
    `- Review: ${about.review ? reviewLine(about.review) : 'not reviewed'}`,
    ...(record.earlierRuns.length > 0
      ? [
          `- Earlier runs of this script: ${record.earlierRuns.map((r) => `${r.startedAt} (exit code ${r.exitCode ?? 'unknown'})`).join(', ')}`,
        ]
      : []),
    ...(record.otherScriptRuns > 0
      ? [`- Runs of other scripts in the same log, left out: ${record.otherScriptRuns}`]
      : []),
    '',
    '| # | Step | Outcome | Started | Ended |',
    '|---|------|---------|---------|-------|',
    ...record.steps.map(
      (s) =>
        `| ${s.number} | ${s.title} | ${statusWords[s.status]} | ${s.startedAt ?? ''} | ${s.endedAt ?? ''} |`,
    ),
  ];
  if (failed)
    lines.push(
      '',
      `## Step ${failed.number} failed: ${failed.title}`,
      '',
      '```',
      ...failed.output,
      '```',
      '',
      `If it fails: ${advice ?? ''}`,
    );
  if (record.undo.length > 0 || failed || record.exitCode !== 0)
    lines.push(
      '',
      '## Undo and production state',
      '',
      ...(record.undo.length > 0
        ? record.undo.map((u) => `- Step ${u.number}, ${u.title}: ${u.outcome} (${u.at})`)
        : ['- The script had nothing to undo.']),
      '',
      '```',
      ...record.ending,
      '```',
    );
  return `${lines.join('\n')}\n`;
}
