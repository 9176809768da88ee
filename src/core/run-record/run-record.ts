/**
 * A run of the script read back from its log (and its state file), against the plan: each step run, skipped
 * (already done), failed, not reached, or done by hand (not in the script), with its times and what it
 * printed; the undo the script ran after a failure and what it printed then. The log must be of this very
 * script: its #VGCOPY lines carry the script's checksum (write/script-checksum.ts), and a log of another
 * script, a log changed by hand or a file that is no log are refused with the reason (docs/run-record.md).
 * The log file gathers every run on the host (the script appends): the last run of this script is the
 * record; the earlier ones are listed, those of other scripts counted.
 */
import type { RunbookPlan } from '../plan/types';
import { inScript } from '../write/ksh-steps';
import { undoPairs } from '../write/ksh-undo';
import { scriptChecksum } from '../write/script-checksum';
import { type LogEvent, logLines } from './log-events';
import { type RunRecord, type StepRecord, type UndoRecord, undoOutcomes } from './record-schema';

export type RunRecordReading = { ok: true; record: RunRecord } | { ok: false; reason: string };

interface StepEvents {
  start: LogEvent;
  end?: LogEvent;
  output: string[];
}

interface Run {
  start: LogEvent;
  end?: LogEvent;
  steps: Map<string, StepEvents>;
  undo: LogEvent[];
  ending: string[];
}

const refused = (reason: string): RunRecordReading => ({ ok: false, reason });
const short = (digest: string) => `${digest.slice(0, 12)}…`;

/** The log's runs, each with its steps' events and output; the reason for a log whose events do not follow. */
function runsOf(log: string): { ok: true; runs: Run[] } | { ok: false; reason: string } {
  const read = logLines(log);
  if (!read.ok) return read;
  const runs: Run[] = [];
  let run: Run | undefined;
  let open: StepEvents | undefined;
  for (const line of read.lines) {
    if (line.kind === 'text') {
      if (open) open.output.push(line.text);
      else if (run && !run.end) run.ending.push(line.text);
      continue;
    }
    const e = line.event;
    const where = `line ${e.line} of the log`;
    if (e.event === 'run') {
      run = { start: e, steps: new Map(), undo: [], ending: [] };
      open = undefined;
      runs.push(run);
      continue;
    }
    if (!run || run.end)
      return {
        ok: false,
        reason: `${where} is a "${e.event}" event outside a run: the log was cut or changed by hand`,
      };
    if (e.event === 'start') {
      if (open)
        return {
          ok: false,
          reason: `${where} starts step ${e.fields.step} while step ${open.start.fields.step} has not ended: the log was changed by hand`,
        };
      open = { start: e, output: [] };
      run.steps.set(e.fields.step, open);
      run.ending = [];
    } else if (e.event === 'done' || e.event === 'skipped' || e.event === 'failed') {
      if (open?.start.fields.step !== e.fields.step)
        return {
          ok: false,
          reason: `${where} ends step ${e.fields.step}, which has not started: the log was cut or changed by hand`,
        };
      open.end = e;
      open = undefined;
    } else if (e.event === 'undo') run.undo.push(e);
    else run.end = e;
  }
  return { ok: true, runs };
}

/** The state file's lines (step ids, `ID:N` for a command of a step of several), each a step of the plan. */
function stateSteps(
  state: string,
  plan: RunbookPlan,
): { ok: true; done: string[] } | { ok: false; reason: string } {
  const ids = new Set(plan.steps.map((s) => s.id));
  const done = state
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  const stranger = done.find((l) => !ids.has(l.replace(/:\d+$/, '')));
  return stranger === undefined
    ? { ok: true, done }
    : {
        ok: false,
        reason: `the state file names "${stranger.slice(0, 80)}", which is no step of this plan: it is another script's state file, or no state file`,
      };
}

/** Reads a run log (and the state file) of `script`, the runbook's script for `plan`. */
export function readRunRecord(
  log: string,
  plan: RunbookPlan,
  script: string,
  stateFile?: string,
): RunRecordReading {
  const expected = scriptChecksum(script);
  if (expected === null) return refused('the runbook has no script to match the log against');
  if (log.includes('\0'))
    return refused(
      "the file is not text (it holds NUL bytes): upload the script's log, /var/tmp/vgcopy-VG.log",
    );
  const read = runsOf(log);
  if (!read.ok) return refused(read.reason);
  const { runs } = read;
  if (runs.length === 0)
    return refused(
      'the file is not the log of a vgcopy script: it has no #VGCOPY line (the script writes one for each step into /var/tmp/vgcopy-VG.log; a script downloaded before the run record existed writes none)',
    );
  const real = runs.filter((r) => r.start.fields.dry !== '1');
  if (real.length === 0)
    return refused(
      'the log holds only dry runs (-n) of the script: nothing was changed, there is no run to record',
    );
  const ours = real.filter((r) => r.start.sha256 === expected);
  const last = ours.at(-1);
  if (!last) {
    const theirs = real.at(-1)?.start.sha256 ?? '';
    return refused(
      `the log was written by another script: its checksum is ${short(theirs)}, this runbook's script is ${short(expected)}. The runbook changed since that script was downloaded, or the log is another runbook's: download the script again and run it, or open the runbook the log is of`,
    );
  }
  const stepAt = new Map(plan.steps.map((s, i) => [s.id, i + 1]));
  for (const [id, events] of last.steps) {
    if (stepAt.get(id) !== Number(events.start.fields.n))
      return refused(
        `line ${events.start.line} of the log names step ${id} as number ${events.start.fields.n}, which is not a step of this plan by that number: the log was changed by hand`,
      );
  }
  const pairs = new Map(undoPairs(plan).map((p) => [p.name, p]));
  const undo: UndoRecord[] = [];
  for (const e of last.undo) {
    const pair = pairs.get(e.fields.undo);
    const outcome = undoOutcomes[e.fields.outcome as keyof typeof undoOutcomes];
    if (!pair || !outcome)
      return refused(
        `line ${e.line} of the log is an undo this script does not have (${e.fields.undo}, outcome ${e.fields.outcome}): the log was changed by hand`,
      );
    undo.push({ number: pair.index + 1, id: pair.step.id, title: pair.step.title, outcome, at: e.at });
  }
  const state = stateFile === undefined ? undefined : stateSteps(stateFile, plan);
  if (state && !state.ok) return refused(state.reason);
  const exitOf = (e: LogEvent | undefined) => (e ? Number(e.fields.exit) : null);
  const steps = plan.steps.map((s, i): StepRecord => {
    const base = { number: i + 1, id: s.id, title: s.title };
    if (!inScript(s)) return { ...base, status: 'by-hand', output: [] };
    const events = last.steps.get(s.id);
    if (!events) return { ...base, status: 'not-reached', output: [] };
    const end = events.end;
    const status = end?.event === 'done' ? 'run' : end?.event === 'skipped' ? 'skipped' : 'failed';
    return {
      ...base,
      status,
      startedAt: events.start.at,
      ...(end ? { endedAt: end.at } : {}),
      ...(end?.event === 'failed' ? { exitCode: Number(end.fields.exit) } : {}),
      output: events.output,
    };
  });
  return {
    ok: true,
    record: {
      sha256: expected,
      version: last.start.fields.version,
      host: last.start.fields.host,
      user: last.start.fields.user,
      startedAt: last.start.at,
      endedAt: last.end?.at ?? null,
      exitCode: exitOf(last.end),
      steps,
      undo,
      ending: last.ending,
      earlierRuns: ours.slice(0, -1).map((r) => ({ startedAt: r.start.at, exitCode: exitOf(r.end) })),
      otherScriptRuns: real.length - ours.length,
      ...(state ? { recordedDone: state.done } : {}),
    },
  };
}
