/**
 * The Simulator port filled in with the bundled simulator: worlds from the scenario library, an uploaded
 * scenario file or the runbook's facts (the twin), the host's ksh (SimShell with the simulator's
 * commands), and the storage admin's console (DS CLI / SVC CLI lines on the same world).
 *
 * Snapshots are the session's history: the simulator is deterministic (same scenario and commands, same
 * world), so going back to a snapshot rebuilds the world and replays the commands that led to it. The
 * history is kept for at most `snapshotCommands` (2,000) commands since the start (or the last reset or
 * restore), so a restore replays a bounded amount of work and a long session does not hoard its lines.
 */
import { issueInWords } from '../../core/checks/issue-words';
import { factsSchema } from '../../core/model/facts';
import { twinScenario } from '../../core/twin';
import { checkFault } from '../faults/kinds';
import { firedLine } from '../rehearse/rehearse';
import { scenarioGoal } from '../rehearse/scenario-goal';
import { armFault, type Fault } from '../world/faults';
import { type CommandResult, fail } from '../command-result';
import { runCommandLine } from '../command-line';
import { createWorld, listScenarios, loadScenario, parseScenario, type Scenario, type World } from '../index';
import { ScenarioBuildError } from '../world/build';
import type { SimShell } from '../shell/sim-shell';
import type { TerminalAnswer, TerminalInput } from '../shell/terminal-read';
import { createWorldShell } from '../shell/world-shell';
import { commandSeconds, timedCommands } from '../commands/command-durations';
import { simCommands } from '../commands/registry';
import { limits, type ScenarioInfo, type WorldSource } from './protocol';
import type { ScriptRun, SessionScenario, SimHost, Simulator } from './simulator-port';
import { gradingItems } from '../scenarios/grading-items';
import { worldPicture } from './world-picture';

/** One thing that changed the world, as it is replayed to rebuild a snapshot. */
type HistoryEntry =
  | { kind: 'line'; console: 'aix' | 'storage'; line: string }
  | { kind: 'advance'; seconds: number }
  | { kind: 'script'; text: string; steps: number; waits: ScriptWait[] }
  | { kind: 'fault'; fault: Fault };

/**
 * A wait of the script at the terminal: what happened in the world meanwhile (the storage admin's
 * commands, time passing), then the answer. A replay does the same at the same point of the script.
 */
interface ScriptWait {
  during: HistoryEntry[];
  answer: TerminalAnswer;
}

/** How one session's world behaves. */
interface SessionWorldOptions {
  /** Each command takes a plausible time on the simulated clock (command-durations.ts). */
  timeMoves?: boolean;
}

export interface BundledSimulatorOptions {
  /** Wall-clock limit of one command or script step, in ms (the shell's limit). */
  commandWallMs?: number;
  /** Most commands a snapshot replays; default `limits.snapshotCommands`. */
  snapshotCommands?: number;
}

/** The hints given on request (those without a condition). */
const askedHints = (scenario: Scenario) => scenario.hints.filter((h) => typeof h === 'string');

function infoOf(scenario: Scenario): ScenarioInfo {
  return {
    id: scenario.name,
    title: scenario.title,
    goal: scenario.goal,
    hintCount: askedHints(scenario).length,
    storage: scenario.storage.flavour,
    clockSpeed: scenario.clockSpeed,
  };
}

function sessionScenario(scenario: Scenario): SessionScenario {
  return {
    info: infoOf(scenario),
    hints: askedHints(scenario),
    offers: scenario.hints.filter((h) => typeof h !== 'string'),
    storageSteps: scenario.storageSteps,
    // Every VG of a copy set: each copy judged, each source's production compared.
    goal: { ...scenarioGoal(scenario), items: gradingItems(scenario) },
  };
}

/** Resolves a world source to a validated scenario, or the reason it cannot be used. */
function scenarioOf(source: WorldSource): Scenario | { error: string } {
  switch (source.kind) {
    case 'scenario':
      return (
        loadScenario(source.id) ?? {
          error: `There is no built-in scenario "${source.id}"; pick one from the list.`,
        }
      );
    case 'upload': {
      const parsed = parseScenario(source.text);
      return parsed.ok
        ? parsed.scenario
        : { error: `The scenario file is not valid: ${parsed.errors.slice(0, 5).join('; ')}.` };
    }
    case 'twin': {
      const facts = factsSchema.safeParse(source.facts);
      if (!facts.success) {
        const first = issueInWords(facts.error.issues[0], 'The runbook');
        return { error: `The runbook is not complete enough to rehearse: ${first} Fill it in on its page.` };
      }
      const parsed = parseScenario(twinScenario(facts.data));
      return parsed.ok
        ? parsed.scenario
        : { error: `The runbook's layout cannot be simulated: ${parsed.errors.slice(0, 3).join('; ')}.` };
    }
  }
}

class BundledHost implements SimHost {
  /** What changed the world since its start; null once it grew past the limit (no snapshot can replay it). */
  private history: HistoryEntry[] | null = [];
  private historyCommands = 0;
  /** While the script waits at the terminal: where what happens meanwhile is kept. */
  private during: HistoryEntry[] | null = null;
  private readonly snapshotCommands: number;

  private constructor(
    private readonly scenario: Scenario,
    private world: World,
    private shell: SimShell<World>,
    private readonly options: BundledSimulatorOptions & SessionWorldOptions,
  ) {
    this.snapshotCommands = options.snapshotCommands ?? limits.snapshotCommands;
  }

  static async create(
    scenario: Scenario,
    options: BundledSimulatorOptions & SessionWorldOptions,
  ): Promise<BundledHost> {
    const world = await createWorld(scenario);
    return new BundledHost(scenario, world, BundledHost.shellFor(world, options), options);
  }

  private static shellFor(
    world: World,
    options: BundledSimulatorOptions & SessionWorldOptions,
  ): SimShell<World> {
    return createWorldShell(world, {
      ...(options.commandWallMs ? { limits: { maxWallMs: options.commandWallMs } } : {}),
      ...(options.timeMoves ? { commands: timedCommands(simCommands) } : {}),
    });
  }

  async run(console: 'aix' | 'storage', line: string): Promise<CommandResult> {
    this.remember({ kind: 'line', console, line });
    this.counted();
    return this.execute(console, line);
  }

  private remember(entry: HistoryEntry): void {
    if (this.history) (this.during ?? this.history).push(entry);
  }

  private counted(): void {
    if (this.history && ++this.historyCommands > this.snapshotCommands) this.history = null;
  }

  private execute(console: 'aix' | 'storage', line: string): Promise<CommandResult> {
    if (console === 'aix') return this.shell.run(line);
    return this.storageLine(line);
  }

  /**
   * The storage admin's console: on a DS8000 each line is a DS CLI command (as at the `dscli>` prompt);
   * on SVC the CLI commands are commands of their own (svctask/svcinfo or the bare names).
   */
  private async storageLine(line: string): Promise<CommandResult> {
    const words = line.trim();
    if (!words) return { stdout: '', stderr: '', exitCode: 0 };
    if (/[|;&<>`$]/.test(words)) {
      return fail('The storage console takes one CLI command a line, without pipes or variables.\n');
    }
    const dsCli = this.scenario.storage.flavour === 'ds8000' && !/^dscli(\s|$)/.test(words);
    const command = dsCli ? `dscli ${words}` : words;
    const result = await runCommandLine(this.world, command);
    if (this.options.timeMoves) this.world.advance(commandSeconds(command.split(/\s+/)[0]));
    return result;
  }

  picture() {
    return worldPicture(this.world);
  }

  save(): { saved: unknown } | { error: string } {
    if (!this.history) {
      return {
        error: `A snapshot replays the session's commands, and this one has run more than ${this.snapshotCommands} since it started (or was last reset or taken back to a snapshot); go back to a snapshot or reset to save new ones.`,
      };
    }
    // A copy: a script's entry goes on counting its steps and waits after the snapshot.
    return { saved: JSON.parse(JSON.stringify(this.history)) };
  }

  async restore(
    saved: unknown,
    between: () => Promise<void>,
    terminal?: TerminalInput,
  ): Promise<ScriptRun | null> {
    const history = saved as HistoryEntry[];
    this.world = await createWorld(this.scenario);
    this.shell = BundledHost.shellFor(this.world, this.options);
    this.history = [];
    this.historyCommands = 0;
    this.during = null;
    let script: ScriptRun | null = null;
    for (const entry of history) script = (await this.replay(entry, between, terminal)) ?? script;
    return script && script.nextLine() !== null ? script : null;
  }

  /** Replays one entry of the history; a script's entry gives back its run, to go on from. */
  private async replay(
    entry: HistoryEntry,
    between: () => Promise<void>,
    terminal?: TerminalInput,
  ): Promise<ScriptRun | null> {
    if (entry.kind === 'line') {
      await between();
      await this.run(entry.console, entry.line);
    } else if (entry.kind === 'fault') {
      this.armFault(entry.fault);
    } else if (entry.kind === 'advance') {
      this.advance(entry.seconds);
    } else {
      const waits = [...entry.waits];
      // Each wait of the script gets what happened during it, then its answer, as the first time; a
      // wait past the saved ones (the script goes on after the restore) waits at the given terminal.
      const run = this.startScript(entry.text, {
        read: async (written) => {
          const wait = waits.shift();
          if (!wait) return terminal ? terminal.read(written) : { kind: 'end' };
          for (const meanwhile of wait.during) await this.replay(meanwhile, between);
          return wait.answer;
        },
      });
      if ('error' in run) return null;
      for (let i = 0; i < entry.steps; i++) {
        await between();
        await run.step();
      }
      return run;
    }
    return null;
  }

  now(): string {
    return new Date(this.world.now() * 1000).toISOString().replace('.000Z', 'Z');
  }

  advance(seconds: number): void {
    this.remember({ kind: 'advance', seconds });
    this.world.advance(seconds);
  }

  startScript(text: string, terminal?: TerminalInput): ScriptRun | { error: string } {
    const entry: Extract<HistoryEntry, { kind: 'script' }> = { kind: 'script', text, steps: 0, waits: [] };
    const recorded: TerminalInput | undefined = terminal && {
      read: async (written) => {
        const wait: ScriptWait = { during: [], answer: { kind: 'end' } };
        entry.waits.push(wait);
        this.during = wait.during;
        try {
          wait.answer = await terminal.read(written);
        } finally {
          this.during = null;
        }
        return wait.answer;
      },
    };
    const run = this.shell.startScript(text, { name: 'rehearse.sh', args: ['-y'], terminal: recorded });
    if ('error' in run) return run;
    this.remember(entry);
    return {
      lines: run.lines,
      nextLine: () => run.nextLine(),
      step: async () => {
        const step = await run.step();
        if (step) {
          entry.steps++;
          this.counted();
        }
        return step;
      },
    };
  }

  prompt(): string {
    return '# ';
  }

  armFault(fault: Fault): { error: string } | null {
    const problem = checkFault(fault);
    if (problem) return { error: `The fault cannot be armed: ${problem}.` };
    armFault(this.world.faults, fault);
    this.remember({ kind: 'fault', fault: { ...fault } });
    return null;
  }

  firedFaults(): string[] {
    return this.world.faults.fired.map(firedLine);
  }

  readFile(path: string): Promise<string | null> {
    return this.shell.fileSystem.read(path);
  }
}

/** The simulator bundled with vgcopy, for the server's sessions and the page's Web Worker. */
export function createBundledSimulator(options: BundledSimulatorOptions = {}): Simulator {
  return {
    listScenarios: () =>
      listScenarios().flatMap((summary) => {
        const scenario = loadScenario(summary.name);
        return scenario ? [infoOf(scenario)] : [];
      }),
    async open(source, world = {}) {
      const scenario = scenarioOf(source);
      if ('error' in scenario) return scenario;
      try {
        const host = await BundledHost.create(scenario, { ...options, ...world });
        return { host, scenario: sessionScenario(scenario) };
      } catch (err) {
        if (err instanceof ScenarioBuildError)
          return { error: `The scenario cannot be built: ${err.message}` };
        throw err;
      }
    },
  };
}
