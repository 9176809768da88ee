/**
 * The terminal a script step runs with (terminal-read.ts): what the run wrote goes to files and is
 * handed over before each wait, and the two commands the rewritten `read` asks — is this still the
 * terminal, and the person's line (or what to do instead: end of input, Ctrl-C).
 */
import { type Bash, defineCommand, type StatementNode } from 'just-bash';
import { type CommandResult, fail } from '../command-result';
import { assignVariable, quotedWord } from './ast-nodes';
import { type JustBashContext, latin1 } from './just-bash-context';
import { kshStderr } from './ksh-messages';
import { INTERNAL } from './ksh-rewrite';
import { trapVariable } from './ksh-trap';
import { limitsInAdminWords } from './shell-limits';
import { TERMINAL_OUTPUT_VARIABLES } from './terminal-output';
import {
  TERMINAL_NAMES,
  TERMINAL_OUTPUT,
  TERMINAL_STDIN,
  type TerminalAnswer,
  type TerminalInput,
} from './terminal-read';

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

/** The terminal attached to the run in progress, if any, and the commands that read it. */
export class TerminalSlot {
  private attached: AttachedTerminal | null = null;

  /**
   * Runs `body` with `input` as the terminal, its output sent to files of `fs`; the result is what it
   * wrote there followed by what it printed after.
   */
  async attach(
    input: TerminalInput,
    fs: Bash['fs'],
    body: () => Promise<CommandResult>,
  ): Promise<CommandResult> {
    const attached = new AttachedTerminal(input, fs);
    await fs.mkdir(TERMINAL_OUTPUT.dir, { recursive: true });
    this.attached = attached;
    try {
      const result = await body();
      const written = await attached.all();
      return {
        stdout: written.stdout + result.stdout,
        stderr: written.stderr + result.stderr,
        exitCode: result.exitCode,
      };
    } finally {
      this.attached = null;
      await attached.remove();
    }
  }

  /** `__sim_tty_is` and `__sim_tty_line`, the commands the rewritten `read` runs. */
  commands() {
    return [
      defineCommand(TERMINAL_NAMES.isTerminal, async (_args, ctx) => ({
        stdout: '',
        stderr: '',
        exitCode: this.attached && latin1(ctx.stdin).startsWith(TERMINAL_STDIN) ? 0 : 1,
      })),
      defineCommand(TERMINAL_NAMES.waitLine, async (_args, ctx) => this.terminalLine(ctx)),
    ];
  }

  /**
   * A `read` of the terminal waits for the person's line: the line for the builtin `read` to split, or
   * what to do instead (end of input: fail; Ctrl-C: the INT trap, or end the script).
   */
  private async terminalLine(ctx: JustBashContext): Promise<CommandResult> {
    const terminal = this.attached;
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
}

/** The variables that send a terminal run's output to its files (terminal-output.ts). */
export function terminalOutputFiles(): StatementNode[] {
  return [
    assignVariable(TERMINAL_OUTPUT_VARIABLES.stdout, quotedWord(TERMINAL_OUTPUT.stdout)),
    assignVariable(TERMINAL_OUTPUT_VARIABLES.stderr, quotedWord(TERMINAL_OUTPUT.stderr)),
  ];
}
