/**
 * The fault matrix: a script that reaches its goal in a world is run again, once for every
 * step and every way it can fail there (each injectable fault of each command the step calls, and a
 * SIGTERM as the step starts). After each failed run production must be as it was (applications running
 * and out of hot-backup mode, source file systems mounted and thawed, the source VG as it was, no
 * volume's writes held, every mirror as it was), nothing left frozen; then, the fault cleared, the same
 * script run again in the same world must reach the goal and skip every step the failed run finished
 * (docs/failure-safety.md, "How it is tested").
 *
 * Where each command is called is learnt from a clean run, traced top-level command by top-level
 * command; a fault is then armed at the same call in a fresh world, so it fires exactly in that step.
 */
import { faultableCommands, faultKinds } from '../faults/kinds';
import type { SimShell } from '../shell/sim-shell';
import { createWorldShell } from '../shell/world-shell';
import type { Fault } from '../world/faults';
import { armFault } from '../world/faults';
import { restoreWorld } from '../world/restore';
import { type WorldState, worldState } from '../world/state';
import type { World } from '../world/world';
import { type CopyGoal, productionReport, productionState } from './judge';
import { type PauseAnswer, type Rehearsal, rehearseAndJudge, SCRIPT_SHELL } from './rehearse';

/** What the matrix needs of a planned script. */
export interface MatrixSubject {
  /** A world as the script meets it, with no fault armed. */
  world: () => Promise<World>;
  script: string;
  goal: CopyGoal;
  /** The answers to the pauses, with each step's id (its line in the state file). */
  answers: (PauseAnswer & { id: string })[];
  /** Each step's id and title (the script logs `already done: TITLE` when a rerun skips it). */
  steps: { step: number; id: string; title: string }[];
}

/** One way to fail: a fault at a call of a command, or a SIGTERM as a step starts. */
export interface MatrixCase {
  /** The step the failure happens in; 0 for the preflight. */
  step: number;
  fault?: Fault;
  kill?: boolean;
}

export interface CaseOutcome {
  case: MatrixCase;
  /** Why the case does not hold; empty when it does. */
  problems: string[];
  /** The failed run's exit code. */
  exitCode: number;
  first: Rehearsal;
  rerun?: Rehearsal;
}

/** A fault no run reaches: armed only to make the world count a command's calls. */
const NEVER = Number.MAX_SAFE_INTEGER;

/** A fault or kill in words, for test names and reports. */
export function caseLabel(c: MatrixCase): string {
  const where = c.step === 0 ? 'the preflight' : `step ${c.step}`;
  if (c.kill) return `SIGTERM at ${where}`;
  return `${c.fault?.command} call ${c.fault?.call} fails (${c.fault?.kind}) in ${where}`;
}

/**
 * The clean run, traced: every call of a command that can be made to fail, with the step it was made
 * in (0 outside a step), in order; and the steps the script ran.
 */
export async function traceCalls(subject: MatrixSubject): Promise<{
  calls: { step: number; command: string; call: number }[];
  steps: number[];
  clean: Rehearsal;
}> {
  const world = await subject.world();
  const commands = faultableCommands().map((c) => c.command);
  for (const command of commands) armFault(world.faults, { command, call: NEVER });
  const counted = () => ({ ...world.faults.calls });
  let before = counted();
  const calls: { step: number; command: string; call: number }[] = [];
  const steps: number[] = [];
  const clean = await rehearseAndJudge(world, subject.script, {
    goal: subject.goal,
    answers: subject.answers,
    shell: SCRIPT_SHELL,
    afterCommand: (step) => {
      const now = counted();
      if (step !== null) steps.push(step);
      for (const command of commands)
        for (let call = (before[command] ?? 0) + 1; call <= (now[command] ?? 0); call++)
          calls.push({ step: step ?? 0, command, call });
      before = now;
    },
  });
  return { calls, steps, clean };
}

/**
 * The cases: a SIGTERM as each step starts; in each step, each fault kind of each command it calls at
 * the command's first call there, and at its last when the step calls it more than once (a step that
 * fails half-way, e.g. the second of two mounts).
 */
export function matrixCases(trace: Awaited<ReturnType<typeof traceCalls>>): MatrixCase[] {
  const cases: MatrixCase[] = trace.steps.map((step) => ({ step, kill: true }));
  const seen = new Set<string>();
  for (const { step, command } of trace.calls) {
    const key = `${step} ${command}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const inStep = trace.calls.filter((c) => c.step === step && c.command === command).map((c) => c.call);
    const at = [...new Set([inStep[0]!, inStep[inStep.length - 1]!])];
    for (const kind of faultKinds(command))
      for (const call of at) cases.push({ step, fault: { command, call, kind } });
  }
  return cases;
}

/** A line of the script's log without the time the script's `log` put in front of it. */
export const withoutTimestamp = (line: string) => line.replace(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d /, '');

/**
 * The storage admin's commands the run's summary hands over (`... the storage admin runs:` or `...
 * resumes it:`, then the commands indented, a note in brackets after them).
 */
function handedToStorageAdmin(output: string): string[] {
  const lines = output.split('\n').map(withoutTimestamp);
  const commands: string[] = [];
  let taking = false;
  for (const line of lines) {
    if (/the storage admin (runs|resumes it):$/.test(line)) taking = true;
    else if (taking && /^ {6}[^ (]/.test(line)) commands.push(line.trim());
    else taking = false;
  }
  return commands;
}

/**
 * A mirror the failed run leaves changed must be handed to the storage admin with the commands that give
 * it back (a mirror taken for a copy already in use stays so: the rerun needs it). Checked by running
 * them in a copy of the world, so the rerun still finds the world as the failed run left it.
 */
async function storageAdminGivesBack(world: World, first: Rehearsal, before: WorldState): Promise<string[]> {
  const commands = handedToStorageAdmin(first.run.stdout);
  const changed = first.verdict.production.mirrorChanges;
  if (commands.length === 0) return changed.map((m) => `the mirror is not given back, nor handed over: ${m}`);
  const copy = restoreWorld(world.snapshot());
  const shell = createWorldShell(copy, SCRIPT_SHELL);
  const cli = copy.storage.flavour === 'ds8000' ? 'dscli' : 'svctask';
  for (const command of commands) {
    const run = await shell.run(`${cli} ${command}`);
    if (run.exitCode !== 0) return [`the storage admin's ${command} fails: ${run.stderr.trim()}`];
  }
  const after = productionReport(
    productionState(before, first.verdict.production.before.sourceVg),
    productionState(worldState(copy), first.verdict.production.before.sourceVg),
  );
  return after.mirrorChanges.map((m) => `the storage admin's commands do not give the mirror back: ${m}`);
}

/** The step ids the script's state file lists as done on this host. */
async function doneSteps(session: SimShell<World>, script: string): Promise<Set<string>> {
  const path = /^STATE='([^']+)'$/m.exec(script)?.[1];
  if (!path) throw new Error('the script names no state file (STATE=...)');
  const read = await session.run(`cat ${path} 2>/dev/null`);
  return new Set(read.stdout.split('\n').filter(Boolean));
}

/** Runs one case: the failed run, the check of production, then the rerun with the fault cleared. */
export async function runCase(subject: MatrixSubject, c: MatrixCase): Promise<CaseOutcome> {
  const world = await subject.world();
  if (c.fault) armFault(world.faults, c.fault);
  // One session for both runs: the same host, where the first run left its state file.
  const session = createWorldShell(world, SCRIPT_SHELL);
  const before = worldState(world);
  const first = await rehearseAndJudge(world, subject.script, {
    goal: subject.goal,
    answers: subject.answers,
    session,
    before,
    ...(c.kill ? { killAtStep: c.step } : {}),
  });
  const problems: string[] = [];
  if (c.fault && first.fired.length !== 1) problems.push('the fault did not fire');
  // A failure the script rightly goes past (cfgmgr finding no new disk where the disks are there).
  if (first.run.exitCode === 0)
    return { case: c, problems: [...problems, ...first.problems], exitCode: 0, first };
  const production = first.verdict.production;
  if (!production.restored) problems.push(`production is not as it was: ${production.changes.join('; ')}`);
  for (const mp of first.verdict.frozen) problems.push(`${mp} is left frozen`);
  if (production.mirrorChanges.length > 0)
    problems.push(...(await storageAdminGivesBack(world, first, before)));
  if (problems.length > 0) return { case: c, problems, exitCode: first.run.exitCode, first };

  world.faults.armed.length = 0;
  const done = await doneSteps(session, subject.script);
  const rerun = await rehearseAndJudge(world, subject.script, {
    goal: subject.goal,
    answers: subject.answers.filter((a) => !done.has(a.id)),
    session,
    before,
  });
  problems.push(...rerun.problems.map((p) => `rerun: ${p}`));
  for (const s of subject.steps.filter((s) => done.has(s.id)))
    if (!rerun.run.stdout.includes(`already done: ${s.title}\n`))
      problems.push(`rerun: step ${s.step} (${s.id}) was done by the failed run but not skipped`);
  return { case: c, problems, exitCode: first.run.exitCode, first, rerun };
}
