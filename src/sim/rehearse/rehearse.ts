/**
 * Rehearse and judge, once (issue 10): runs a written script in a world as `ksh /tmp/vgcopy.ksh -y` with
 * the answers to its pauses on standard input (or step by step, killed by SIGTERM before step k), then
 * judges the goal and production from the world before and after (judge.ts), and says which injected
 * faults fired. The command line, the browser tests and the unit tests call this.
 */
import type { CommandResult } from '../command-result';
import { createWorldShell, type WorldShellOptions } from '../shell/world-shell';
import type { FiredFault } from '../world/faults';
import { worldState } from '../world/state';
import type { World } from '../world/world';
import { type CopyGoal, type CopyVerdict, judgeCopy } from './judge';

export interface RehearseOptions {
  goal: CopyGoal;
  /** One answer a line for the script's pauses (`done`, `run`, `stop`). */
  answers?: string[];
  /** Send SIGTERM before this top-level command of the script (1-based), instead of running it whole. */
  killAtStep?: number;
  shell?: WorldShellOptions;
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

const SCRIPT = '/tmp/vgcopy.ksh';
const ANSWERS = '/tmp/vgcopy.answers';

/** The line saying an injected fault fired, with the command as it was called. */
export function firedLine(fault: FiredFault): string {
  return `injected fault fired at ${fault.command} (call ${fault.call}, ${fault.kind}): ${[fault.command, ...fault.args].join(' ')}`;
}

async function killedRun(shell: ReturnType<typeof createWorldShell>, script: string, step: number) {
  const run = shell.startScript(script, { name: SCRIPT, args: ['-y'] });
  if ('error' in run) return { stdout: '', stderr: run.error, exitCode: 2 };
  const out = { stdout: '', stderr: '', exitCode: 0 };
  const add = (r: CommandResult) => {
    out.stdout += r.stdout;
    out.stderr += r.stderr;
  };
  for (let i = 1; i < step; i++) {
    const done = await run.step();
    if (!done) break;
    add(done.result);
  }
  const killed = await run.terminate();
  if (killed) add(killed.result);
  return { ...out, exitCode: run.exitCode };
}

export async function rehearseAndJudge(
  world: World,
  script: string,
  options: RehearseOptions,
): Promise<Rehearsal> {
  const before = worldState(world);
  const firedBefore = world.faults.fired.length;
  const shell = createWorldShell(world, options.shell);
  await shell.fileSystem.write(SCRIPT, script);
  await shell.fileSystem.write(ANSWERS, (options.answers ?? []).map((a) => `${a}\n`).join(''));
  const typed = options.killAtStep ? `ksh ${SCRIPT} -y` : `ksh ${SCRIPT} -y < ${ANSWERS}`;
  const run = options.killAtStep
    ? await killedRun(shell, script, options.killAtStep)
    : await shell.run(typed);
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
