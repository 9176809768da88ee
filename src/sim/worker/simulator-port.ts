/**
 * What a session needs from the simulator, in one small interface: the session engine is written
 * against it, and bundled-simulator.ts fills it in with the simulator's world, shell and storage CLI.
 * Keeping the seam here lets the same session run in the Node backend and in a Web Worker.
 */
import type { CommandResult } from '../command-result';
import type { GradingGoal } from '../grader/grading-goal';
import type { HintCondition } from '../scenarios/schema';
import type { TerminalInput } from '../shell/terminal-read';
import type { Fault } from '../world/faults';
import type { ConsoleName, ScenarioInfo, WorldPicture, WorldSource } from './protocol';

/** One simulated AIX host with its storage, owned by one session. */
export interface SimHost {
  /** Runs one line typed on a console; the shell keeps variables and cwd between lines. */
  run(console: ConsoleName, line: string): Promise<CommandResult>;
  /** The world's JSON picture. */
  picture(): WorldPicture;
  /** An opaque copy of the whole world (and the shell's state), for snapshots, or why none can be made now. */
  save(): { saved: unknown } | { error: string };
  /**
   * Goes back to a saved world. `between` is awaited between two steps of the work, so that other
   * sessions of the same thread keep answering while a long history is rebuilt. Returns the script the
   * saved world was in the middle of (loaded, not run to its end), to go on with; null when none. Its
   * reads past those saved wait at `terminal`.
   */
  restore(saved: unknown, between: () => Promise<void>, terminal?: TerminalInput): Promise<ScriptRun | null>;
  /** The world's simulated clock, ISO 8601. */
  now(): string;
  /**
   * Starts a script for step-by-step running, or says why it cannot run (parse error with its line).
   * With a terminal, the script's reads wait there for a person's answer.
   */
  startScript(text: string, terminal?: TerminalInput): ScriptRun | { error: string };
  /** Lets simulated time pass (applications write, timeouts expire). */
  advance(seconds: number): void;
  /** The shell prompt, e.g. "root@aixprod01:/ # ". */
  prompt(): string;
  /** Arms an injected fault, or says why it cannot be armed. */
  armFault(fault: Fault): { error: string } | null;
  /** The lines saying which injected faults fired so far, in order. */
  firedFaults(): string[];
  /** A file's text on the host (the script's log), or null where there is none. */
  readFile(path: string): Promise<string | null>;
}

/** A script run one top-level command at a time. */
export interface ScriptRun {
  readonly lines: string[];
  /** 1-based line of the next command, or null when the script is done. */
  nextLine(): number | null;
  /** Runs the next top-level command; null when there is none left. */
  step(): Promise<{ line: number; command: string; result: CommandResult } | null>;
}

/** A scenario as a session knows it: what the trainee sees, the hints, and what the grader checks. */
export interface SessionScenario {
  info: ScenarioInfo;
  /** The hints given one at a time on request, in order. */
  hints: string[];
  /** The hints offered by themselves, each once its condition holds of the world. */
  offers: { text: string; when: HintCondition }[];
  /** The storage admin's part, one DS CLI / SVC CLI command a line, played by the "storage" button. */
  storageSteps: string[];
  goal: GradingGoal;
}

export interface Simulator {
  /** Built-in scenarios, for the pickers. */
  listScenarios(): ScenarioInfo[];
  /**
   * Builds a fresh world from a source, or says what is wrong with it (unknown id, invalid file or facts);
   * with timeMoves, each command takes a plausible time on the simulated clock.
   */
  open(
    source: WorldSource,
    world?: { timeMoves?: boolean },
  ): Promise<{ host: SimHost; scenario: SessionScenario } | { error: string }>;
}
