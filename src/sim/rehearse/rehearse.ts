/**
 * Rehearse and judge, in one place for every caller: runs a written script in a world as `ksh /tmp/vgcopy.ksh
 * -y` with the answers to its pauses on standard input (or top-level command by top-level command, each
 * step's answers its own input, killed by SIGTERM as it is about to call step k's function), then judges the
 * goal and production from the world before and after (judge.ts), and says which injected faults fired. The
 * command line, the browser tests and the unit tests call this.
 */
import type { CommandResult } from '../command-result';
import { createWorldShell, type WorldShellOptions } from '../shell/world-shell';
import type { SimShell } from '../shell/sim-shell';
import type { FiredFault } from '../world/faults';
import { type WorldState, worldState } from '../world/state';
import type { World } from '../world/world';
import { type CopyGoal, type CopyVerdict, judgeCopy } from './judge';

/** The answer to a pause of the script's step `step` (its function is `step_<step>_<id>`). */
export interface PauseAnswer {
  step: number;
  answer: string;
}

export interface RehearseOptions {
  goal: CopyGoal;
  /** The answers for the script's pauses (`done`, `run`, `stop`), in the order of the steps. */
  answers?: PauseAnswer[];
  /**
   * Send SIGTERM as the script is about to call the function of this step (`step_<k>_...`, a top-level
   * command of vgcopy's scripts) instead of running it whole; or, for a script without step functions,
   * before its k-th top-level command.
   */
  killAtStep?: number;
  /**
   * Called after each top-level command with the step whose function it called (null for the others):
   * the run goes command by command then, as with killAtStep (the fault matrix traces its calls so).
   */
  afterCommand?: (step: number | null) => void;
  shell?: WorldShellOptions;
  /**
   * The shell session to run in (a rerun on the same host: the files the first run wrote, its state
   * file and log, are there); a new one when absent.
   */
  session?: SimShell<World>;
  /** The world's picture production is judged against (a rerun's: the start of the first run); now when absent. */
  before?: WorldState;
}

export interface Rehearsal {
  /** What the run printed and its exit status. */
  run: CommandResult;
  /** The run as typed at the prompt, then its output. */
  transcript: string;
  verdict: CopyVerdict;
  /** The goal reached, production as it was, and exit status 0. */
  reached: boolean;
  /** Why not: the exit status first, then the verdict's problems. */
  problems: string[];
  /** The injected faults that fired during the run. */
  fired: FiredFault[];
  /** "injected fault fired at ..." for each, and the kill: what a reader must not take for a script defect. */
  notes: string[];
}

/** The limits of a whole script in the simulated shell: a VG of many disks takes it longer than a typed line may. */
export const SCRIPT_SHELL: WorldShellOptions = { limits: { maxWallMs: 300_000 } };

const SCRIPT = '/tmp/vgcopy.ksh';
const ANSWERS = '/tmp/vgcopy.answers';

/** The line saying an injected fault fired, with the command as it was called. */
export function firedLine(fault: FiredFault): string {
  return `injected fault fired at ${fault.command} (call ${fault.call}, ${fault.kind}): ${[fault.command, ...fault.args].join(' ')}`;
}

/** The plan step a top-level line of vgcopy's script calls (`step_6_take_copy`), or null. */
function calledStep(line: string | undefined): number | null {
  const m = /^step_(\d+)_\w+$/.exec(line?.trim() ?? '');
  return m ? Number(m[1]) : null;
}

/** The script run command by command: each step its own answers, SIGTERM at `killAt`, `after` told. */
async function steppedRun(
  shell: SimShell<World>,
  script: string,
  answers: PauseAnswer[],
  { killAtStep: killAt, afterCommand }: RehearseOptions,
) {
  const run = shell.startScript(script, { name: SCRIPT, args: ['-y'] });
  if ('error' in run) return { stdout: '', stderr: run.error, exitCode: 2 };
  const byStep = run.lines.some((l) => calledStep(l) !== null);
  const out = { stdout: '', stderr: '', exitCode: 0 };
  const add = (r: CommandResult) => {
    out.stdout += r.stdout;
    out.stderr += r.stderr;
  };
  for (let command = 1; ; command++) {
    const line = run.nextLine();
    if (line === null) break;
    const step = calledStep(run.lines[line - 1]);
    if (byStep ? step === killAt : command === killAt) {
      const killed = await run.terminate();
      if (killed) add(killed.result);
      break;
    }
    const input = answers.filter((a) => a.step === step).map((a) => `${a.answer}\n`);
    const done = await run.step(input.join(''));
    if (!done) break;
    add(done.result);
    afterCommand?.(step);
  }
  return { ...out, exitCode: run.exitCode };
}

export async function rehearseAndJudge(
  world: World,
  script: string,
  options: RehearseOptions,
): Promise<Rehearsal> {
  const before = options.before ?? worldState(world);
  const firedBefore = world.faults.fired.length;
  const shell = options.session ?? createWorldShell(world, options.shell);
  await shell.fileSystem.write(SCRIPT, script);
  const answers = options.answers ?? [];
  await shell.fileSystem.write(ANSWERS, answers.map((a) => `${a.answer}\n`).join(''));
  const stepped = options.killAtStep !== undefined || options.afterCommand !== undefined;
  const typed = stepped ? `ksh ${SCRIPT} -y` : `ksh ${SCRIPT} -y < ${ANSWERS}`;
  const run = stepped ? await steppedRun(shell, script, answers, options) : await shell.run(typed);
  const verdict = judgeCopy(options.goal, before, worldState(world));
  const fired = world.faults.fired.slice(firedBefore);
  const problems = [
    ...(run.exitCode !== 0 ? [`the script ended with exit code ${run.exitCode}`] : []),
    ...verdict.problems,
  ];
  return {
    run,
    transcript: `# ${typed}\n${run.stdout}${run.stderr}`,
    verdict,
    reached: problems.length === 0,
    problems,
    fired,
    notes: [
      ...fired.map(firedLine),
      ...(options.killAtStep ? [`injected kill -TERM before step ${options.killAtStep} of the script`] : []),
    ],
  };
}
