/**
 * The simulated host's Korn shell: just-bash runs the commands and scripts, with the simulator's commands
 * registered in it and the Korn-shell pieces just-bash lacks supplied around it (trap, print, whence,
 * integer, read name?prompt, `ksh FILE`, `./FILE`, a working `grep -e a -e b`). Between interactive lines
 * it keeps what a terminal session keeps (shell-session.ts): variables, functions, options, the current
 * directory and `$?`.
 *
 * How: every run is parsed (shell-parser.ts), rewritten (ksh-rewrite.ts) and handed to just-bash as a
 * syntax tree through a transform plugin (shell-interpreter.ts), with a prelude that restores the
 * session's functions, options and `$?`. just-bash forgets functions between runs, so each definition is
 * followed by a marker command that records it (run-frames.ts, ksh-markers.ts). Scripts run in child
 * shells, their traps run after an error (program-runner.ts). This file puts the parts together.
 */
import { type Bash, defineCommand, type StatementNode } from 'just-bash';
import { type CommandResult, fail } from '../command-result';
import { assignVariable, quotedVariable } from './ast-nodes';
import { TerminalSlot, terminalOutputFiles } from './attached-terminal';
import { childShellCommands } from './child-shell-commands';
import { grepCommand } from './grep-command';
import type { Executor } from './just-bash-context';
import { kshMarkers } from './ksh-markers';
import { print } from './ksh-print';
import { INTERNAL, rewriteStatements } from './ksh-rewrite';
import { trap } from './ksh-trap';
import { applyWidths, justifiedNames } from './ksh-typeset';
import { ProgramRunner } from './program-runner';
import { id, whoami } from './root-identity';
import { RunClock } from './run-clock';
import { type Frame, RunFrames } from './run-frames';
import { type ScriptOptions, ScriptRun } from './script-run';
import type { ShellCommand, ShellFiles } from './shell-command';
import { ShellFileSystem, type SyncedFile } from './shell-files';
import { createInterpreter, PreparedStatements, ROOT_ENV, topLevel } from './shell-interpreter';
import { DEFAULT_SHELL_LIMITS, type ShellLimits } from './shell-limits';
import { type KshParse, type Parsed, ShellParser } from './shell-parser';
import {
  childSession,
  finish,
  newSession,
  optionsToKeep,
  restorePrelude,
  SHELL_HAS_EXITED,
  type Session,
  type ShellState,
  sessionFromState,
  sessionState,
} from './shell-session';
import { SimCommands } from './sim-commands';
import { outputToTerminal, TERMINAL_OUTPUT_VARIABLES } from './terminal-output';
import { TERMINAL_STDIN, type TerminalInput } from './terminal-read';

export interface SimShellOptions<W> {
  world: W;
  commands: readonly ShellCommand<W>[];
  /** Extra files to create (path -> text); /tmp, /var/adm and /etc always exist. */
  files?: Record<string, string>;
  syncedFiles?: SyncedFile[];
  /** Directories the world says exist (mount points made by crfs/imfs/recreatevg), made in the shell too. */
  worldDirectories?: () => readonly string[];
  /** Variables on top of the AIX root defaults (PATH, HOME, SHELL, LOGNAME, ...). */
  env?: Record<string, string>;
  limits?: Partial<ShellLimits>;
  /** The world's simulated clock in seconds, for the simulated-time limit. */
  simulatedSeconds?: () => number;
  /**
   * A real Korn-shell parser (sh-syntax's parse in mksh mode; it throws its ParseError). With it a
   * script just-bash cannot parse is told apart: a ksh syntax error (with the line of the construct left
   * open), or ksh syntax the simulator does not support. Injected because the parser's WebAssembly is
   * loaded differently in Node and in the browser.
   */
  kshParse?: KshParse;
}

export class SimShell<W> {
  readonly limits: ShellLimits;
  private readonly options: SimShellOptions<W>;
  private readonly plugin = new PreparedStatements();
  private bash!: Bash;
  /** The same interpreter and files with a deadline that leaves room for a person's answers. */
  private terminalBash!: Bash;
  private files!: ShellFileSystem;
  private readonly frames = new RunFrames();
  private readonly clock: RunClock;
  private readonly parser: ShellParser;
  private readonly runner: ProgramRunner;
  private readonly simCommands: SimCommands<W>;
  /** The terminal of the run in progress, while a script step runs with one. */
  private readonly terminal = new TerminalSlot();
  private session: Session;

  constructor(options: SimShellOptions<W>) {
    this.options = options;
    this.limits = { ...DEFAULT_SHELL_LIMITS, ...options.limits };
    this.clock = new RunClock(this.limits, options.simulatedSeconds);
    this.parser = new ShellParser((text) => this.bash.transform(text), this.limits, options.kshParse);
    const files = () => this.files;
    this.runner = new ProgramRunner(files, this.plugin, this.frames, this.parser);
    this.simCommands = new SimCommands(options.commands, options.world, this.limits, this.clock, files);
    this.boot(options.files ?? {});
    this.session = newSession({ ...this.bash.getEnv(), ...ROOT_ENV, ...options.env }, '/', true);
  }

  /** Whether the interactive session has ended (`exit`, or an error under `set -e`). */
  get closed(): boolean {
    return this.session.closed;
  }

  /** The current directory of the interactive session. */
  get currentDirectory(): string {
    return this.session.cwd;
  }

  /** The virtual file system, for putting files in (`--put`) and reading logs scripts wrote. */
  get fileSystem(): ShellFiles {
    return this.files.view('/');
  }

  /** Runs one line typed at the `# ` prompt, keeping the session's state for the next line. */
  async run(line: string): Promise<CommandResult> {
    if (this.session.closed) return SHELL_HAS_EXITED;
    const plain = this.simCommands.runPlainLine(line, this.session);
    if (plain) return finish(this.session, await plain);
    const parsed = this.parse(line, '');
    if ('error' in parsed)
      return finish(this.session, fail((await this.explainSyntaxError(line, '')) ?? parsed.error, 2));
    return this.runStatements(parsed.statements);
  }

  /**
   * Runs statements as the next interactive input (a line, or one step of a script run step by step),
   * with the session's functions, options and `$?` restored first.
   */
  async runStatements(
    statements: StatementNode[],
    session: Session = this.session,
    stdin = '',
    terminal?: TerminalInput,
  ): Promise<CommandResult> {
    if (session.closed) return SHELL_HAS_EXITED;
    if (!terminal) return this.runInput(statements, session, topLevel(this.bash, stdin));
    const result = await this.terminal.attach(terminal, this.terminalBash.fs, () =>
      this.runInput(statements, session, topLevel(this.terminalBash, TERMINAL_STDIN), true),
    );
    for (const name of Object.values(TERMINAL_OUTPUT_VARIABLES)) delete session.env[name];
    return finish(session, result);
  }

  private async runInput(
    statements: StatementNode[],
    session: Session,
    executor: Executor,
    toTerminal = false,
  ): Promise<CommandResult> {
    const frame: Frame = { functions: session.functions, exited: false };
    // The last statement keeps the input's status in a variable: cheap, and its presence in the result
    // says the input ran to its end (just-bash returns the variables then, not after `exit`).
    session.widths = justifiedNames(statements, session.widths);
    const input = [
      ...restorePrelude(session),
      ...rewriteStatements(applyWidths(statements, session.widths), this.frames),
    ];
    const program = [
      ...(toTerminal ? terminalOutputFiles() : []),
      ...(toTerminal ? outputToTerminal(input) : input),
      assignVariable(INTERNAL.lineStatus, quotedVariable('?')),
    ];
    this.clock.start();
    const result = await this.runner.execute(program, frame, executor, session.env, session.cwd);
    // Checked first: an `exit` in a pipeline or a function run in `$( )` leaves only that subshell.
    const { [INTERNAL.lineStatus]: status, ...env } = result.env;
    if (status !== undefined) {
      session.env = env;
      session.cwd = env.PWD ?? session.cwd;
      session.options = optionsToKeep(env.SHELLOPTS ?? '');
      return finish(session, { ...result, exitCode: Number(status) });
    }
    if (frame.exited) {
      session.closed = true;
      return finish(session, result);
    }
    // The interpreter stopped mid-input: that ends a script (`${1:?}`, `set -u`, `set -e`), and an
    // interactive ksh too when it was an error under `set -e`.
    const ended = await this.runner.afterAbnormalEnd(result, frame, topLevel(this.bash), session.cwd);
    const errexit = (result.env.SHELLOPTS ?? '').split(':').includes('errexit');
    if (errexit || !session.interactive) session.closed = true;
    else session.env = result.env;
    return finish(session, ended);
  }

  /** Runs a whole script as `ksh SCRIPT ARGS` typed at the prompt would: in a child shell, traps and all. */
  async runScript(text: string, script: ScriptOptions = {}): Promise<CommandResult> {
    this.clock.start();
    const result = await this.runner.runChild(
      text,
      script,
      [],
      topLevel(this.bash),
      this.session.env,
      this.session.cwd,
    );
    return finish(this.session, result);
  }

  /** Starts a script for running step by step, or says why it cannot run (the line it cannot parse). */
  startScript(text: string, script: ScriptOptions = {}): ScriptRun | { error: string } {
    const parsed = this.parse(text, script.name ?? 'script');
    if ('error' in parsed) return parsed;
    // Steps run in a child session of the terminal: the script's variables do not leak into it.
    return new ScriptRun(this, childSession(this.session), text, parsed.statements, script);
  }

  /**
   * Why a script cannot be parsed, at its best (shell-parser.ts): the line of the construct left open, or
   * ksh syntax the simulator lacks. Null when the script parses.
   */
  explainSyntaxError(text: string, source: string): Promise<string | null> {
    return this.parser.explainSyntaxError(text, source);
  }

  /** Parses a script; the statements, or a ksh-style message naming the line it cannot understand. */
  parse(text: string, source: string): Parsed {
    return this.parser.parse(text, source);
  }

  /** Whether typed text stops inside a compound command: ksh then shows its `> ` prompt and reads on. */
  needsMoreInput(text: string): boolean {
    return this.parser.needsMoreInput(text);
  }

  /** The session's state as plain JSON (variables, functions, options, files), for snapshots. */
  async saveState(): Promise<ShellState> {
    return sessionState(this.session, await this.files.snapshot());
  }

  /** Puts the session back to a saved state (files included). */
  async restoreState(state: ShellState): Promise<void> {
    this.boot({});
    await this.files.restore(state.files);
    this.session = sessionFromState(state);
  }

  private boot(files: Record<string, string>): void {
    const limits = this.limits;
    const filesNow = () => this.files;
    const commands = [
      ...this.simCommands.bridged(),
      defineCommand('trap', async (args, ctx) => trap(args, ctx.env)),
      defineCommand('whoami', async () => whoami()),
      defineCommand('id', async (args) => id(args)),
      defineCommand('print', async (args) => print(args)),
      grepCommand(filesNow),
      ...childShellCommands(this.runner, this.parser, filesNow),
      ...kshMarkers(this.frames, this.parser, filesNow),
      ...this.terminal.commands(),
    ];
    // just-bash's deadline counts from the start of a run, waits included: a step that waits for a
    // person runs in a second interpreter on the same files whose deadline adds the longest wait.
    this.bash = createInterpreter({ wallMs: limits.maxWallMs, limits, commands, plugin: this.plugin, files });
    this.terminalBash = createInterpreter({
      wallMs: limits.maxWallMs + limits.maxTerminalWaitMs,
      limits,
      commands,
      plugin: this.plugin,
      fs: this.bash.fs,
    });
    this.files = new ShellFileSystem(
      this.bash.fs,
      this.options.syncedFiles ?? [],
      this.options.worldDirectories ?? (() => []),
    );
  }
}
