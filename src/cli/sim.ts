/**
 * npm run sim -- --scenario FILE|NAME [--put LOCAL:REMOTE]... [--fail COMMAND[:N[:KIND]]]... [--kill-at K]
 *                [--state] [--list] [--grade] [SCRIPT [-- ARGS...]]
 *
 * Runs a script on a simulated AIX host (each top-level command's output as a terminal shows it), or,
 * without SCRIPT, the lines read from standard input as if typed at the `# ` prompt (a line that opens an
 * `if`/`while`/function continues on the next ones, after `> `). Exits with the script's status, or the
 * last command's. `--put` copies a local file into the host's file system first; `--state` prints the
 * world's state as JSON at the end; `--list` lists the built-in scenarios. `--fail` makes the N-th call
 * of a command fail as it fails on AIX or the storage, `--kill-at K` sends SIGTERM to the
 * script before its K-th top-level command; each injected fault that fires is said after the command.
 * `--grade` reads a training attempt from standard input instead (one command a line for the AIX host,
 * `@storage COMMAND` for the storage console), prints the transcript and each graded item of the
 * scenario's goal, `Score N/100 · passed|failed`, and exits 0 only when the attempt passed.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { LangVariant, parse } from 'sh-syntax';
import { createWorld, listScenarios, parseScenario, type World, worldState } from '../sim/index';
import { parseFault } from '../sim/faults/kinds';
import { firedLine } from '../sim/rehearse/rehearse';
import { ScriptRun } from '../sim/shell/script-run';
import { armFault, type Fault } from '../sim/world/faults';
import type { SimShell } from '../sim/shell/sim-shell';
import { renderEntry } from '../sim/shell/transcript';
import { createWorldShell } from '../sim/shell/world-shell';
import { gradeAttemptLines, SIMULATOR_NOTE } from './sim-grade';

const USAGE =
  'Usage: npm run sim -- --scenario FILE|NAME [--put LOCAL:REMOTE]... [--fail COMMAND[:N[:KIND]]]...\n' +
  '                      [--kill-at K] [--state] [--list] [--grade] [SCRIPT [-- ARGS...]]\n';

interface Options {
  scenario?: string;
  puts: { local: string; remote: string }[];
  state: boolean;
  list: boolean;
  script?: string;
  args: string[];
  faults: Fault[];
  killAt?: number;
  grade: boolean;
}

class UsageError extends Error {}

function parseOptions(argv: string[]): Options {
  const options: Options = { puts: [], state: false, list: false, args: [], faults: [], grade: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--list') options.list = true;
    else if (arg === '--state') options.state = true;
    else if (arg === '--grade') options.grade = true;
    else if (arg === '--scenario' || arg === '--put' || arg === '--fail' || arg === '--kill-at') {
      const value = argv[++i];
      if (value === undefined) throw new UsageError(`${arg} needs a value`);
      if (arg === '--scenario') options.scenario = value;
      else if (arg === '--fail') {
        const parsed = parseFault(value);
        if (!parsed.ok) throw new UsageError(parsed.error);
        options.faults.push(parsed.fault);
      } else if (arg === '--kill-at') {
        if (!/^[1-9][0-9]*$/.test(value))
          throw new UsageError(`--kill-at takes a step number from 1, not "${value}"`);
        options.killAt = Number(value);
      } else {
        const at = value.indexOf(':');
        if (at <= 0 || at === value.length - 1)
          throw new UsageError(`--put takes LOCAL:REMOTE, not "${value}"`);
        options.puts.push({ local: value.slice(0, at), remote: value.slice(at + 1) });
      }
    } else if (arg === '--') {
      options.args = argv.slice(i + 1);
      break;
    } else if (arg.startsWith('--')) throw new UsageError(`unknown option ${arg}`);
    else if (options.script === undefined) options.script = arg;
    else throw new UsageError(`unexpected argument "${arg}" (script arguments go after --)`);
  }
  return options;
}

/** A built-in scenario by name, or a scenario file (JSON); errors say which field is wrong. */
async function openWorld(scenario: string): Promise<World> {
  if (!existsSync(scenario)) {
    const names = listScenarios().map((s) => s.name);
    if (!names.includes(scenario)) {
      throw new UsageError(
        `no scenario file or built-in scenario named "${scenario}"; built-in: ${names.join(', ')}`,
      );
    }
    return createWorld(scenario);
  }
  const parsed = parseScenario(readFileSync(scenario, 'utf8'));
  if (!parsed.ok)
    throw new UsageError(`${scenario} is not a valid scenario:\n  ${parsed.errors.join('\n  ')}`);
  return createWorld(parsed.scenario);
}

/** Each call gives a note for every injected fault that fired in the world since the previous call. */
function faultNotes(world: World): () => string {
  let seen = world.faults.fired.length;
  return () => {
    const fresh = world.faults.fired.slice(seen);
    seen = world.faults.fired.length;
    return fresh.map((f) => `${SIMULATOR_NOTE}${firedLine(f)}\n`).join('');
  };
}

/** Runs the script one top-level command at a time, so stdout and stderr show in the order they came. */
async function runScriptFile(
  shell: SimShell<World>,
  name: string,
  text: string,
  args: string[],
  notes: () => string,
  killAt?: number,
): Promise<number> {
  const run = shell.startScript(text, { name, args });
  if (!(run instanceof ScriptRun)) {
    process.stdout.write((await shell.explainSyntaxError(text, name)) ?? run.error);
    return 2;
  }
  for (let k = 1; ; k++) {
    const step = k === killAt ? await run.terminate() : await run.step();
    if (!step) break;
    if (k === killAt)
      process.stdout.write(`${SIMULATOR_NOTE}injected kill -TERM before step ${k} (line ${step.line})\n`);
    process.stdout.write(step.result.stdout + step.result.stderr + notes());
    if (k === killAt) break;
  }
  return run.exitCode;
}

/** Lines from stdin as typed at the prompt; an unfinished compound command waits for its next lines. */
async function runTyped(shell: SimShell<World>, notes: () => string): Promise<number> {
  let status = 0;
  let pending: string[] = [];
  for await (const line of createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY })) {
    if (shell.closed) break;
    pending.push(line);
    const input = pending.join('\n');
    if (shell.needsMoreInput(input)) continue;
    pending = [];
    const result = await shell.run(input);
    process.stdout.write(renderEntry({ input, result }) + notes());
    status = result.exitCode;
  }
  if (pending.length > 0) {
    const input = pending.join('\n');
    const result = await shell.run(input);
    process.stdout.write(renderEntry({ input, result }) + notes());
    status = result.exitCode;
  }
  return status;
}

/** --grade: the attempt on standard input played in a training session and graded; 0 only when it passed. */
async function gradeFromStdin(options: Options): Promise<number> {
  if (
    options.script !== undefined ||
    options.state ||
    options.puts.length > 0 ||
    options.killAt !== undefined
  )
    throw new UsageError(
      '--grade reads the attempt from standard input: no SCRIPT, --put, --state or --kill-at',
    );
  const scenario = options.scenario ?? '';
  await openWorld(scenario); // the same refusal of an unknown name or an invalid file as without --grade
  const source = existsSync(scenario)
    ? ({ kind: 'upload', text: readFileSync(scenario, 'utf8') } as const)
    : ({ kind: 'scenario', id: scenario } as const);
  const lines: string[] = [];
  for await (const line of createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY }))
    lines.push(line);
  const graded = await gradeAttemptLines(source, lines, options.faults, (text) => process.stdout.write(text));
  if ('error' in graded) throw new UsageError(graded.error);
  return graded.passed ? 0 : 1;
}

async function main(argv: string[]): Promise<number> {
  const options = parseOptions(argv);
  if (options.list) {
    for (const s of listScenarios()) process.stdout.write(`${s.name.padEnd(22)} ${s.description}\n`);
    if (!options.scenario) return 0;
  }
  if (!options.scenario) throw new UsageError('--scenario is required');
  if (options.grade) return gradeFromStdin(options);
  const world = await openWorld(options.scenario);
  for (const fault of options.faults) armFault(world.faults, fault);
  const notes = faultNotes(world);
  const shell = createWorldShell(world, {
    kshParse: (text) => parse(text, { variant: LangVariant.LangMirBSDKorn }),
  });
  for (const put of options.puts) {
    if (!existsSync(put.local)) throw new UsageError(`--put: no local file ${put.local}`);
    await shell.fileSystem.write(put.remote, readFileSync(put.local, 'utf8'));
  }
  let status: number;
  if (options.script !== undefined) {
    const inHost = await shell.fileSystem.read(options.script);
    const text = existsSync(options.script) ? readFileSync(options.script, 'utf8') : inHost;
    if (text === null) throw new UsageError(`no script ${options.script} here or in the simulated host`);
    status = await runScriptFile(shell, options.script, text, options.args, notes, options.killAt);
  } else {
    status = await runTyped(shell, notes);
  }
  if (options.state) process.stdout.write(`${JSON.stringify(worldState(world), null, 2)}\n`);
  return status;
}

main(process.argv.slice(2)).then(
  (status) => {
    process.exitCode = status;
  },
  (error: unknown) => {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`sim: ${error.message}\n${USAGE}`);
    process.exitCode = 2;
  },
);
