/**
 * The simulated host's Korn shell: just-bash runs the commands and scripts, with the simulator's commands
 * registered in it and the Korn-shell pieces just-bash lacks supplied around it (trap, print, whence,
 * integer, read name?prompt, `ksh FILE`, `./FILE`, a working `grep -e a -e b`). Between interactive lines
 * it keeps what a terminal session keeps: variables, functions, options, the current directory and `$?`.
 *
 * How: every run is parsed here, rewritten (ksh-rewrite.ts) and handed to just-bash as a syntax tree
 * through a transform plugin, with a prelude that restores the session's functions, options and `$?`.
 * just-bash forgets functions between runs, so each definition is followed by a marker command that
 * records it. The EXIT trap runs inside the script on `exit` and at the end (a rewritten `exit`); after an
 * error under `set -e` the interpreter has stopped, so the ERR and EXIT handlers run in a second pass
 * with the variables and functions the script had.
 */
import {
  Bash,
  type BashExecResult,
  type ByteString,
  defineCommand,
  type StatementNode,
  type TransformPlugin,
} from 'just-bash';
import type { CommandResult } from '../command-result';
import {
  assignVariable,
  type FunctionDefNode,
  literalWord,
  quotedVariable,
  quotedWord,
  setStatus,
  simpleCommand,
  statement,
} from './ast-nodes';
import { optionsAndFiles, paragraphs, withoutParagraphFlag } from './grep-paragraphs';
import { mergeGrepPatterns } from './grep-patterns';
import { kshParseFailure, kshStderr, parseFailure, syntaxErrorMessage } from './ksh-messages';
import { print } from './ksh-print';
import { exitWithTrap, INTERNAL, rewriteStatements } from './ksh-rewrite';
import { TRAP_VARIABLE_PREFIX, trap, trapVariable } from './ksh-trap';
import { applyWidths, JUSTIFY_COMMAND, justifiedNames, justify } from './ksh-typeset';
import type { ShellCommand, ShellContext, ShellFiles } from './shell-command';
import {
  DEFAULT_SHELL_LIMITS,
  limitsInAdminWords,
  outputLimitMessage,
  outputTooBig,
  type ShellLimits,
  scriptTooBig,
} from './shell-limits';
import { id, whoami } from './root-identity';
import { ScriptRun } from './script-run';
import { plainCommandWords } from './plain-command';
import { type FileSnapshot, ShellFileSystem } from './shell-files';
import { outputToTerminal, TERMINAL_OUTPUT_VARIABLES } from './terminal-output';
import {
  TERMINAL_NAMES,
  TERMINAL_OUTPUT,
  TERMINAL_STDIN,
  type TerminalAnswer,
  type TerminalInput,
} from './terminal-read';

/** A file whose text belongs to the world (e.g. /etc/filesystems): rewritten before every command. */
export interface SyncedFile {
  path: string;
  read(): string;
  /** Takes an edit a script made to the file; without it the world's text wins again. */
  write?(text: string): void;
}

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
  kshParse?: (text: string) => Promise<unknown>;
}

/** Everything a session needs to put the shell back as it was (plain JSON). */
export interface ShellState {
  env: Record<string, string>;
  cwd: string;
  lastStatus: number;
  options: string;
  functions: FunctionDefNode[];
  widths: Record<string, string>;
  files: FileSnapshot[];
  closed: boolean;
}

/** How to run a script: its name for `$0` and messages, and its arguments. */
export interface ScriptOptions {
  name?: string;
  args?: string[];
  /** Step by step only: the terminal its `read`s wait at (else a read gets the step's stdin). */
  terminal?: TerminalInput;
}

/** One run of the interpreter: what the markers record while it runs. */
interface Frame {
  functions: Map<string, FunctionDefNode>;
  exited: boolean;
}

const ROOT_ENV: Record<string, string> = {
  HOME: '/',
  PATH: '/usr/bin:/etc:/usr/sbin:/usr/ucb:/usr/bin/X11:/sbin:/bin',
  SHELL: '/usr/bin/ksh',
  LOGNAME: 'root',
  USER: 'root',
  PS1: '# ',
  '0': 'ksh',
};

/** A runner of interpreter executions: the top-level Bash, or a command's context for nested scripts. */
type Executor = (env: Record<string, string>, cwd: string) => Promise<BashExecResult>;

/** The just-bash transform hook: swaps in the statements the shell prepared for the next execution. */
class PreparedStatements implements TransformPlugin {
  readonly name = 'vgcopy-ksh';
  private next: StatementNode[] | null = null;

  arm(statements: StatementNode[]): void {
    this.next = statements;
  }

  transform(context: Parameters<TransformPlugin['transform']>[0]): ReturnType<TransformPlugin['transform']> {
    const next = this.next;
    this.next = null;
    return next ? { ast: { ...context.ast, statements: next } } : { ast: context.ast };
  }
}

export class SimShell<W> {
  readonly limits: ShellLimits;
  private readonly options: SimShellOptions<W>;
  private readonly plugin = new PreparedStatements();
  private bash!: Bash;
  /** The same interpreter and files with a deadline that leaves room for a person's answers. */
  private terminalBash!: Bash;
  /** The terminal of the run in progress, while a script step runs with one. */
  private terminal: AttachedTerminal | null = null;
  private files!: ShellFileSystem;
  private readonly frames: Frame[] = [];
  private readonly registered = new Map<number, FunctionDefNode>();
  /** The simulator's commands by name, for lines that need no interpreter. */
  private readonly commandsByName: Map<string, ShellCommand<W>>;
  private session: Session;
  private runStartedAt = 0;

  constructor(options: SimShellOptions<W>) {
    this.options = options;
    this.limits = { ...DEFAULT_SHELL_LIMITS, ...options.limits };
    this.commandsByName = new Map(options.commands.map((c) => [c.name, c]));
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
    const direct = this.directCommand(line);
    if (direct) return finish(this.session, await this.runDirect(direct.command, direct.args));
    const parsed = this.parse(line, '');
    if ('error' in parsed)
      return finish(this.session, fail((await this.explainSyntaxError(line, '')) ?? parsed.error, 2));
    return this.runStatements(parsed.statements);
  }

  /** A child session of the interactive one (its variables and directory, no traps), for a script run. */
  childSession(): Session {
    return newSession(withoutTraps(this.session.env), this.session.cwd, false);
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
    if (!terminal) return this.runInput(statements, session, this.topLevel(stdin));
    const attached = new AttachedTerminal(terminal, this.terminalBash.fs);
    await this.terminalBash.fs.mkdir(TERMINAL_OUTPUT.dir, { recursive: true });
    this.terminal = attached;
    try {
      const result = await this.runInput(
        statements,
        session,
        this.topLevel(TERMINAL_STDIN, this.terminalBash),
        true,
      );
      for (const name of Object.values(TERMINAL_OUTPUT_VARIABLES)) delete session.env[name];
      const written = await attached.all();
      return finish(session, {
        stdout: written.stdout + result.stdout,
        stderr: written.stderr + result.stderr,
        exitCode: result.exitCode,
      });
    } finally {
      this.terminal = null;
      await attached.remove();
    }
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
      ...rewriteStatements(applyWidths(statements, session.widths), this.registry()),
    ];
    const program = [
      ...(toTerminal ? terminalOutputFiles() : []),
      ...(toTerminal ? outputToTerminal(input) : input),
      assignVariable(INTERNAL.lineStatus, quotedVariable('?')),
    ];
    this.runStartedAt = this.simulatedNow();
    const result = await this.execute(program, frame, executor, session.env, session.cwd);
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
    const ended = await this.afterAbnormalEnd(result, frame, this.topLevel(), session.cwd);
    const errexit = (result.env.SHELLOPTS ?? '').split(':').includes('errexit');
    if (errexit || !session.interactive) session.closed = true;
    else session.env = result.env;
    return finish(session, ended);
  }

  /** Runs a whole script as `ksh SCRIPT ARGS` typed at the prompt would: in a child shell, traps and all. */
  async runScript(text: string, script: ScriptOptions = {}): Promise<CommandResult> {
    this.runStartedAt = this.simulatedNow();
    const result = await this.runChild(text, script, [], this.topLevel(), this.session.env, this.session.cwd);
    return finish(this.session, result);
  }

  /** Starts a script for running step by step, or says why it cannot run (the line it cannot parse). */
  startScript(text: string, script: ScriptOptions = {}): ScriptRun<W> | { error: string } {
    const parsed = this.parse(text, script.name ?? 'script');
    if ('error' in parsed) return parsed;
    return new ScriptRun(this, text, parsed.statements, script);
  }

  /**
   * Why a script cannot be parsed, at its best: with the Korn-shell parser, a real syntax error names
   * the line of the construct left open; ksh syntax just-bash lacks is said to be the simulator's gap.
   * Null when the script parses.
   */
  async explainSyntaxError(text: string, source: string): Promise<string | null> {
    const parsed = this.parse(text, source);
    if (!('error' in parsed)) return null;
    const kshParse = this.options.kshParse;
    if (!kshParse || scriptTooBig(text, this.limits)) return parsed.error;
    try {
      await kshParse(text);
    } catch (error) {
      const failure = kshParseFailure(error);
      if (!failure) throw error;
      return syntaxErrorMessage(source, text, failure);
    }
    return syntaxErrorMessage(source, text, this.parseFailureOf(text), true);
  }

  private parseFailureOf(text: string) {
    try {
      this.bash.transform(text);
    } catch (error) {
      return parseFailure(error, text);
    }
    throw new Error('the script parsed the second time');
  }

  /** Parses a script; the statements, or a ksh-style message naming the line it cannot understand. */
  parse(text: string, source: string): { statements: StatementNode[] } | { error: string } {
    const tooBig = scriptTooBig(text, this.limits);
    if (tooBig) return { error: `ksh: ${source || 'input'}: ${tooBig}.\n` };
    try {
      return { statements: this.bash.transform(text).ast.statements };
    } catch (error) {
      return { error: syntaxErrorMessage(source, text, parseFailure(error, text)) };
    }
  }

  /**
   * Whether typed text stops inside a compound command (`if true; then` without its `fi`): ksh then
   * shows its `> ` prompt and reads on. The parser reports such text as failing at its very end.
   */
  needsMoreInput(text: string): boolean {
    try {
      this.bash.transform(text);
      return false;
    } catch (error) {
      const failure = parseFailure(error, text);
      const lines = text.split('\n');
      const lastLine = (lines.at(-1) ?? '').trimStart();
      return (
        /EOF|end of file/.test(failure.message) ||
        (failure.line >= lines.length && failure.column > lastLine.length)
      );
    }
  }

  /** The session's state as plain JSON (variables, functions, options, files), for snapshots. */
  async saveState(): Promise<ShellState> {
    return {
      env: { ...this.session.env },
      cwd: this.session.cwd,
      lastStatus: this.session.lastStatus,
      options: this.session.options,
      functions: [...this.session.functions.values()],
      widths: Object.fromEntries(this.session.widths),
      files: await this.files.snapshot(),
      closed: this.session.closed,
    };
  }

  /** Puts the session back to a saved state (files included). */
  async restoreState(state: ShellState): Promise<void> {
    this.boot({});
    await this.files.restore(state.files);
    this.session = {
      env: { ...state.env },
      cwd: state.cwd,
      lastStatus: state.lastStatus,
      options: state.options,
      functions: new Map(state.functions.map((f) => [f.name, f])),
      widths: new Map(Object.entries(state.widths)),
      closed: state.closed,
      interactive: true,
    };
  }

  private boot(files: Record<string, string>): void {
    const limits = this.limits;
    // just-bash's deadline counts from the start of a run, waits included: a step that waits for a
    // person runs in a second interpreter on the same files whose deadline adds the longest wait.
    const interpreter = (wallMs: number, fs?: Bash['fs']) => {
      const bash = new Bash({
        cwd: '/',
        ...(fs ? { fs } : { files }),
        // root, and a process id of AIX's size for $$ (log names like /tmp/refresh.$$).
        processInfo: { pid: 20316, ppid: 1, uid: 0, gid: 0 },
        env: ROOT_ENV,
        customCommands: [...this.options.commands.map((c) => this.bridge(c)), ...this.kshCommands()],
        executionLimits: {
          maxExecutionTimeMs: wallMs,
          maxOutputSize: limits.maxOutputBytes,
          maxCommandCount: limits.maxCommands,
          maxLoopIterations: limits.maxLoopIterations,
          maxSourceBytes: limits.maxScriptBytes,
        },
      });
      bash.registerTransformPlugin(this.plugin);
      return bash;
    };
    this.bash = interpreter(limits.maxWallMs);
    this.terminalBash = interpreter(limits.maxWallMs + limits.maxTerminalWaitMs, this.bash.fs);
    this.files = new ShellFileSystem(
      this.bash.fs,
      this.options.syncedFiles ?? [],
      this.options.worldDirectories ?? (() => []),
    );
  }

  /**
   * A line that is one simulator command of plain words, in a session with nothing ksh would add to it
   * (no options such as `set -x`/`-e`, no trap, no function of that name): it runs without the
   * interpreter, the cost of most interactive lines (see plain-command.ts).
   */
  private directCommand(line: string): { command: ShellCommand<W>; args: string[] } | null {
    const words = plainCommandWords(line);
    if (!words || this.session.options !== '' || this.session.functions.has(words[0])) return null;
    if (Object.keys(this.session.env).some((name) => name.startsWith(TRAP_VARIABLE_PREFIX))) return null;
    const command = this.commandsByName.get(words[0]);
    return command ? { command, args: words.slice(1) } : null;
  }

  /** Runs a simulator command as the interpreter would (bridge below), with the session's variables and directory. */
  private async runDirect(command: ShellCommand<W>, args: string[]): Promise<CommandResult> {
    this.runStartedAt = this.simulatedNow();
    await this.files.refreshFromWorld();
    const cwd = this.session.cwd;
    const result = await command.run(args, {
      stdin: '',
      // `$?` as the interpreter's prelude sets it for the line (the status of the previous line).
      env: new Map([...Object.entries(this.session.env), ['?', String(this.session.lastStatus)]]),
      cwd,
      world: this.options.world,
      files: this.files.view(cwd),
      timeLeft: this.limits.maxSimulatedSeconds,
    });
    await this.files.refreshFromWorld();
    if (!outputTooBig(result.stdout, result.stderr, this.limits)) return result;
    // The same words as for output over the limit under the interpreter (shell-limits.ts).
    return fail(outputLimitMessage(this.limits.maxOutputBytes), 126);
  }

  /** A simulator command as a just-bash command: decoded stdin, the world, and the synced files refreshed. */
  private bridge(command: ShellCommand<W>) {
    return defineCommand(command.name, async (args, ctx) => {
      const overTime = this.simulatedTimeExceeded();
      if (overTime) return overTime;
      const context: ShellContext<W> = {
        stdin: decodeStdin(latin1(ctx.stdin)),
        env: ctx.env,
        cwd: ctx.cwd,
        world: this.options.world,
        files: this.files.view(ctx.cwd),
        timeLeft: this.limits.maxSimulatedSeconds - (this.simulatedNow() - this.runStartedAt),
      };
      const result = await command.run(args, context);
      await this.files.refreshFromWorld();
      return result;
    });
  }

  /** The Korn-shell builtins and the markers the rewrites insert. */
  private kshCommands() {
    return [
      defineCommand('trap', async (args, ctx) => trap(args, ctx.env)),
      defineCommand('whoami', async () => whoami()),
      defineCommand('id', async (args) => id(args)),
      defineCommand('print', async (args) => print(args)),
      defineCommand('grep', async (args, ctx) => {
        const paragraphArgs = withoutParagraphFlag(args);
        if (paragraphArgs) return this.grepParagraphs(paragraphArgs, ctx);
        if (!ctx.origCommand) return fail('ksh: grep:  not found.\n', 127);
        return ctx.origCommand(mergeGrepPatterns(args));
      }),
      defineCommand('ksh', async (args, ctx) => this.kshCommand(args, ctx)),
      defineCommand('sh', async (args, ctx) => this.kshCommand(args, ctx)),
      defineCommand('su', async (args, ctx) => this.suCommand(args, ctx)),
      defineCommand(INTERNAL.exitPrepare, async (args, ctx) => {
        const [lastStatus, requested] = args;
        const status = requested === undefined ? Number(lastStatus) : Number.parseInt(requested, 10) & 255;
        if (Number.isNaN(status)) return fail(`ksh: exit: ${requested}: bad number\n`, 1);
        const frame = this.frames.at(-1);
        if (frame) frame.exited = true;
        const exitTrap = trapVariable('EXIT');
        ctx.env.set(INTERNAL.trapToRun, ctx.env.get(exitTrap) ?? '');
        ctx.env.delete(exitTrap);
        ctx.env.set(INTERNAL.exitStatus, String(status));
        return { stdout: '', stderr: '', exitCode: status };
      }),
      defineCommand(INTERNAL.functionDefined, async (args) => {
        const node = this.registered.get(Number(args[0]));
        const frame = this.frames.at(-1);
        if (node && frame) frame.functions.set(node.name, node);
        return { stdout: '', stderr: '', exitCode: 0 };
      }),
      defineCommand(INTERNAL.sourced, async (args, ctx) => {
        const text = await this.files.view(ctx.cwd).read(args[0] ?? '');
        const parsed = text === null ? null : this.parse(text, args[0]);
        const frame = this.frames.at(-1);
        if (parsed && 'statements' in parsed && frame) {
          for (const node of rewriteStatements(parsed.statements, this.registry())) {
            const sole = node.pipelines.length === 1 ? node.pipelines[0].commands : [];
            for (const command of sole)
              if (command.type === 'FunctionDef') frame.functions.set(command.name, command);
          }
        }
        return { stdout: '', stderr: '', exitCode: Number(ctx.env.get('?') ?? 0) };
      }),
      defineCommand(INTERNAL.execPath, async (args, ctx) => this.execPath(args, ctx)),
      defineCommand(TERMINAL_NAMES.isTerminal, async (_args, ctx) => ({
        stdout: '',
        stderr: '',
        exitCode: this.terminal && latin1(ctx.stdin).startsWith(TERMINAL_STDIN) ? 0 : 1,
      })),
      defineCommand(TERMINAL_NAMES.waitLine, async (_args, ctx) => this.terminalLine(ctx)),
      defineCommand(JUSTIFY_COMMAND, async (args) => ({
        stdout: justify(args[0] ?? '', args[1] ?? ''),
        stderr: '',
        exitCode: 0,
      })),
    ];
  }

  /** AIX `grep -p`: the paragraphs (stanzas) of the input that match, each followed by a blank line. */
  private async grepParagraphs(args: string[], ctx: JustBashContext): Promise<CommandResult> {
    const { options, files } = optionsAndFiles(mergeGrepPatterns(args));
    const view = this.files.view(ctx.cwd);
    const inputs: { name: string; text: string | null }[] = files.length
      ? await Promise.all(files.map(async (name) => ({ name, text: await view.read(name) })))
      : [{ name: '-', text: decodeStdin(latin1(ctx.stdin)) }];
    let stdout = '';
    let stderr = '';
    for (const input of inputs) {
      if (input.text === null) {
        stderr += `grep: 0652-033 Cannot open ${input.name}.\n`;
        continue;
      }
      for (const paragraph of paragraphs(input.text)) {
        const asked = await ctx.exec?.('grep', { cwd: ctx.cwd, args: ['-q', ...options], stdin: paragraph });
        if (asked?.exitCode === 0) stdout += `${files.length > 1 ? `${input.name}:` : ''}${paragraph}\n`;
      }
    }
    return { stdout, stderr, exitCode: stderr ? 2 : stdout ? 0 : 1 };
  }

  /**
   * `su - USER -c 'commands'`, as the script runs an application owner's commands: the commands in a
   * login shell of that user (LOGNAME, USER and HOME are the user's; DB2 reads its instance from the
   * owner's login). Only this non-interactive form is simulated. The usage text is plausible, not confirmed.
   */
  private async suCommand(args: string[], ctx: JustBashContext): Promise<CommandResult> {
    const words = args[0] === '-' ? args.slice(1) : args;
    if (words.length !== 3 || words[1] !== '-c') return fail('Usage: su [-] [Name [Argument ...]]\n', 1);
    const [user, , command] = words;
    const login = { ...exportedFrom(ctx), LOGNAME: user, USER: user, HOME: `/home/${user}` };
    return this.runChild(command, { name: 'ksh', args: [] }, [], nested(ctx), login, ctx.cwd);
  }

  /** `ksh [-x|-e|-u|-n] FILE ARGS`, `ksh -c 'commands'`, or a script on standard input. */
  private async kshCommand(args: string[], ctx: JustBashContext): Promise<CommandResult> {
    const setFlags: string[] = [];
    let checkOnly = false;
    let i = 0;
    for (; i < args.length && /^-[a-z]+$/.test(args[i]) && args[i] !== '-c'; i++) {
      for (const flag of args[i].slice(1)) {
        if (flag === 'n') checkOnly = true;
        else if ('xeuv'.includes(flag)) setFlags.push(`-${flag}`);
        else
          return fail(
            `ksh: -${flag}: unknown option\nUsage: ksh [-nxeuv] [-c command | file] [args ...]\n`,
            2,
          );
      }
    }
    let text: string;
    let name: string;
    let scriptArgs: string[];
    if (args[i] === '-c') {
      if (args[i + 1] === undefined) return fail('ksh: -c: option requires an argument\n', 2);
      text = args[i + 1];
      name = args[i + 2] ?? 'ksh';
      scriptArgs = args.slice(i + 3);
    } else if (args[i] !== undefined) {
      name = args[i];
      const read = await this.files.view(ctx.cwd).read(name);
      if (read === null) return fail(`ksh: ${name}: 0403-016 Cannot find or open the file.\n`, 127);
      text = read;
      scriptArgs = args.slice(i + 1);
    } else {
      text = decodeStdin(latin1(ctx.stdin));
      name = 'ksh';
      scriptArgs = [];
    }
    if (checkOnly) {
      const error = await this.explainSyntaxError(text, name);
      return error ? fail(error, 2) : { stdout: '', stderr: '', exitCode: 0 };
    }
    return this.runChild(text, { name, args: scriptArgs }, setFlags, nested(ctx), exportedFrom(ctx), ctx.cwd);
  }

  /**
   * A command named by a path: a script in the virtual file system runs in a child shell if it is
   * executable; `/usr/sbin/cfgmgr` and the like run the command of that name.
   */
  private async execPath(args: string[], ctx: JustBashContext): Promise<CommandResult> {
    const [path, ...rest] = args;
    const view = this.files.view(ctx.cwd);
    const text = await view.read(path);
    const name = path.slice(path.lastIndexOf('/') + 1);
    if (text !== null && !this.files.isCommandStub(text)) {
      if (!(await this.files.isExecutable(ctx.cwd, path))) {
        return fail(`ksh: ${path}: 0403-006 Execute permission denied.\n`, 126);
      }
      return this.runChild(text, { name: path, args: rest }, [], nested(ctx), exportedFrom(ctx), ctx.cwd);
    }
    const known = ctx.getRegisteredCommands?.().includes(name) ?? false;
    if (!known || !ctx.exec) return fail(`ksh: ${path}:  not found.\n`, 127);
    return ctx.exec(name, { cwd: ctx.cwd, args: rest, stdin: latin1(ctx.stdin), stdinKind: 'bytes' });
  }

  /** Runs a script in a child shell: positional parameters, rewrites, the EXIT trap at its end. */
  private async runChild(
    text: string,
    script: ScriptOptions,
    setFlags: string[],
    executor: Executor,
    env: Record<string, string>,
    cwd: string,
  ): Promise<CommandResult> {
    const name = script.name ?? 'ksh';
    const parsed = this.parse(text, name);
    if ('error' in parsed) return fail((await this.explainSyntaxError(text, name)) ?? parsed.error, 2);
    const frame: Frame = { functions: new Map(), exited: false };
    const program = [
      AIX_ECHO,
      statement([simpleCommand('set', ['--', ...(script.args ?? [])].map(quotedWord))]),
      ...(setFlags.length ? [statement([simpleCommand('set', setFlags.map(literalWord))])] : []),
      ...rewriteStatements(
        applyWidths(parsed.statements, justifiedNames(parsed.statements)),
        this.registry(),
      ),
      statement([exitWithTrap([])]),
    ];
    const result = await this.execute(program, frame, executor, { ...withoutTraps(env), '0': name }, cwd);
    if (frame.exited) return result;
    return this.afterAbnormalEnd(result, frame, executor, cwd);
  }

  /**
   * After the interpreter stopped on an error (`set -e`, `set -u`, a limit), runs the ERR then EXIT
   * handlers the script had set, with its variables and functions, as ksh does before it exits.
   */
  private async afterAbnormalEnd(
    result: BashExecResult,
    frame: Frame,
    executor: Executor,
    cwd: string,
  ): Promise<CommandResult> {
    const env = { ...result.env };
    const handlers = [
      result.exitCode !== 0 ? env[trapVariable('ERR')] : undefined,
      env[trapVariable('EXIT')],
    ].filter((h): h is string => !!h);
    delete env[trapVariable('EXIT')];
    delete env[trapVariable('ERR')];
    if (handlers.length === 0) return result;
    const program = [AIX_ECHO, ...[...frame.functions.values()].map((f) => statement([f]))];
    for (const handler of handlers) {
      const parsed = this.parse(handler, 'trap');
      if ('error' in parsed) return concat(result, fail(parsed.error, result.exitCode));
      // Each handler sees the status the script failed with in `$?`.
      program.push(setStatus(result.exitCode), ...rewriteStatements(parsed.statements, this.registry()));
    }
    program.push(statement([simpleCommand('exit', [literalWord(String(result.exitCode))])]));
    const handlerFrame: Frame = { functions: frame.functions, exited: false };
    const handled = await this.execute(program, handlerFrame, executor, env, env.PWD ?? cwd);
    return concat(result, handled);
  }

  private async execute(
    program: StatementNode[],
    frame: Frame,
    executor: Executor,
    env: Record<string, string>,
    cwd: string,
  ): Promise<BashExecResult> {
    await this.files.refreshFromWorld();
    this.plugin.arm(program);
    this.frames.push(frame);
    try {
      return await executor(env, cwd);
    } finally {
      this.frames.pop();
      await this.files.takeEditsToWorld();
    }
  }

  /** The interpreter at the top level; `stdin` is what a `read` there gets (a script step's answers). */
  private topLevel(stdin = '', bash = this.bash): Executor {
    return (env, cwd) => bash.exec(':', { env, replaceEnv: true, cwd, rawScript: true, stdin });
  }

  /**
   * A `read` of the terminal waits for the person's line (terminal-read.ts): the line for the builtin
   * `read` to split, or what to do instead (end of input: fail; Ctrl-C: the INT trap, or end the script).
   */
  private async terminalLine(ctx: JustBashContext): Promise<CommandResult> {
    const terminal = this.terminal;
    if (!terminal) return fail('', 1);
    for (;;) {
      const answer = await terminal.read();
      if (answer.kind === 'line') {
        ctx.env.set(TERMINAL_NAMES.line, answer.line);
        return { stdout: '', stderr: '', exitCode: 0 };
      }
      if (answer.kind === 'end') {
        ctx.env.set(TERMINAL_NAMES.after, 'false');
        return fail('', 1);
      }
      const handler = ctx.env.get(trapVariable('INT'));
      // `trap '' INT`: the signal is ignored and the read goes on waiting, as in ksh.
      if (handler === '') continue;
      ctx.env.set(TERMINAL_NAMES.after, handler === undefined ? INTERRUPTED_EXIT : `${handler}\n(exit 130)`);
      return fail('', 130);
    }
  }

  private registry() {
    return {
      register: (node: FunctionDefNode) => {
        const id = this.registered.size + 1;
        this.registered.set(id, node);
        return id;
      },
    };
  }

  private simulatedNow(): number {
    return this.options.simulatedSeconds?.() ?? 0;
  }

  /** Refuses further commands once a run has let more simulated time pass than the limit allows. */
  private simulatedTimeExceeded(): CommandResult | null {
    const elapsed = this.simulatedNow() - this.runStartedAt;
    if (elapsed <= this.limits.maxSimulatedSeconds) return null;
    return fail(
      `ksh: the run has used ${elapsed} s of simulated time (limit ${this.limits.maxSimulatedSeconds} s); commands are refused.\n`,
      124,
    );
  }
}

/** What an interactive session (or a script run step by step) keeps between inputs. */
export interface Session {
  env: Record<string, string>;
  cwd: string;
  lastStatus: number;
  /** `set` arguments restoring the options (`-e -o pipefail`). */
  options: string;
  functions: Map<string, FunctionDefNode>;
  /** Variables given a width by `typeset -L/-R/-Z` (name -> `L15`), see ksh-typeset.ts. */
  widths: Map<string, string>;
  closed: boolean;
  /** A terminal session (true) or a script run step by step (false): errors end a script. */
  interactive: boolean;
}

function newSession(env: Record<string, string>, cwd: string, interactive: boolean): Session {
  return {
    env,
    cwd,
    lastStatus: 0,
    options: '',
    functions: new Map(),
    widths: new Map(),
    closed: false,
    interactive,
  };
}

const SHELL_HAS_EXITED: CommandResult = {
  stdout: '',
  stderr: 'ksh: the shell has exited; open a new session to type more commands.\n',
  exitCode: 1,
};

/**
 * AIX's echo (ksh's builtin and /usr/bin/echo) interprets backslash escapes: `echo "a\tb\c"` prints a
 * tab and no newline. just-bash does that with bash's xpg_echo option, set at the start of every run.
 */
const AIX_ECHO = statement([simpleCommand('shopt', [literalWord('-s'), literalWord('xpg_echo')])]);

/** Functions, options and `$?` of the session, re-established before the next input runs. */
function restorePrelude(session: Session): StatementNode[] {
  const prelude = [AIX_ECHO, ...[...session.functions.values()].map((f) => statement([f]))];
  const setArgs = session.options.split(' ').filter(Boolean).map(literalWord);
  if (setArgs.length) prelude.push(statement([simpleCommand('set', setArgs)]));
  // A fresh run starts with `$?` 0; setting it costs a subshell, so only a failure is carried over.
  if (session.lastStatus !== 0) prelude.push(setStatus(session.lastStatus));
  return prelude;
}

/** ksh's wording on stderr, and `$?` remembered for the next input. */
function finish(session: Session, result: CommandResult): CommandResult {
  const finished = {
    stdout: result.stdout,
    stderr: limitsInAdminWords(kshStderr(result.stderr)),
    exitCode: result.exitCode,
  };
  session.lastStatus = finished.exitCode;
  return finished;
}

type JustBashContext = Parameters<Parameters<typeof defineCommand>[1]>[1];

/** Executes a prepared program through a command's context: a child shell of the caller. */
function nested(ctx: JustBashContext): Executor {
  return async (env, cwd) => {
    if (!ctx.exec) throw new Error('just-bash gave a command no exec(): nested scripts cannot run');
    const result = await ctx.exec(':', { env, cwd, stdin: latin1(ctx.stdin), stdinKind: 'bytes' });
    return { ...result, env: result.env ?? env };
  };
}

function exportedFrom(ctx: JustBashContext): Record<string, string> {
  return { ...ctx.exportedEnv, PWD: ctx.cwd };
}

/** A child shell starts without its parent's traps (ksh resets them for a new shell). */
function withoutTraps(env: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(env).filter(([name]) => !name.startsWith(TRAP_VARIABLE_PREFIX)));
}

/** `set -o` names of the options an interactive session carries to its next line (not xtrace, see README). */
const KEPT_OPTIONS = ['errexit', 'nounset', 'noglob', 'noclobber', 'allexport', 'pipefail'];

/** The `set` arguments that restore the options $SHELLOPTS lists (`-o errexit -o pipefail`). */
function optionsToKeep(shellopts: string): string {
  return shellopts
    .split(':')
    .filter((o) => KEPT_OPTIONS.includes(o))
    .map((o) => `-o ${o}`)
    .join(' ');
}

/**
 * just-bash's stdin is a latin1 byte string typed as an opaque ByteString; its converters are not in the
 * browser entry, so the string is taken as it is.
 */
function latin1(bytes: ByteString): string {
  return bytes as unknown as string;
}

/** just-bash passes stdin as a latin1 byte string; commands get the UTF-8 text it holds. */
function decodeStdin(bytes: string): string {
  try {
    return decodeURIComponent(escape(bytes));
  } catch {
    return bytes;
  }
}

/** The variables that send a terminal run's output to its files (terminal-output.ts). */
function terminalOutputFiles(): StatementNode[] {
  return [
    assignVariable(TERMINAL_OUTPUT_VARIABLES.stdout, quotedWord(TERMINAL_OUTPUT.stdout)),
    assignVariable(TERMINAL_OUTPUT_VARIABLES.stderr, quotedWord(TERMINAL_OUTPUT.stderr)),
  ];
}

/** A script interrupted at the terminal without an INT trap ends with 128 + SIGINT, its EXIT trap run. */
const INTERRUPTED_EXIT = `${INTERNAL.exitPrepare} "$?" 130 && :; eval "$${INTERNAL.trapToRun}"; exit "$${INTERNAL.exitStatus}"`;

/** The terminal of a run in progress and the files its output goes to (terminal-read.ts). */
class AttachedTerminal {
  private shown = { stdout: 0, stderr: 0 };

  constructor(
    private readonly input: TerminalInput,
    private readonly fs: Bash['fs'],
  ) {}

  /** Waits for the person, handing over what the run wrote since the last wait. */
  async read(): Promise<TerminalAnswer> {
    const written = await this.all();
    const fresh = {
      stdout: written.stdout.slice(this.shown.stdout),
      stderr: limitsInAdminWords(kshStderr(written.stderr.slice(this.shown.stderr))),
    };
    this.shown = { stdout: written.stdout.length, stderr: written.stderr.length };
    return this.input.read(fresh);
  }

  /** Everything the run wrote to the terminal so far. */
  async all(): Promise<{ stdout: string; stderr: string }> {
    const text = async (path: string) => ((await this.fs.exists(path)) ? this.fs.readFile(path) : '');
    return { stdout: await text(TERMINAL_OUTPUT.stdout), stderr: await text(TERMINAL_OUTPUT.stderr) };
  }

  async remove(): Promise<void> {
    for (const path of [TERMINAL_OUTPUT.stdout, TERMINAL_OUTPUT.stderr])
      if (await this.fs.exists(path)) await this.fs.rm(path);
  }
}

function fail(stderr: string, exitCode: number): CommandResult {
  return { stdout: '', stderr, exitCode };
}

function concat(first: BashExecResult, second: CommandResult): CommandResult {
  return {
    stdout: first.stdout + second.stdout,
    stderr: first.stderr + second.stderr,
    exitCode: second.exitCode,
  };
}
