/**
 * The simulator's commands in the shell: each registered in the interpreter as a just-bash command that
 * gets the world, its files and stdin decoded, and the world's files refreshed after it; and the cheap
 * path for a typed line that is one such command of plain words (plain-command.ts), run without the
 * interpreter but with the context the interpreter would give it.
 */
import { defineCommand } from 'just-bash';
import { type CommandResult, fail } from '../command-result';
import { decodeStdin, latin1 } from './just-bash-context';
import { TRAP_VARIABLE_PREFIX } from './ksh-trap';
import { plainCommandWords } from './plain-command';
import type { RunClock } from './run-clock';
import type { ShellCommand, ShellContext } from './shell-command';
import type { ShellFileSystem } from './shell-files';
import { outputLimitMessage, outputTooBig, type ShellLimits } from './shell-limits';
import type { Session } from './shell-session';

export class SimCommands<W> {
  /** The simulator's commands by name, for lines that need no interpreter. */
  private readonly byName: Map<string, ShellCommand<W>>;

  constructor(
    private readonly commands: readonly ShellCommand<W>[],
    private readonly world: W,
    private readonly limits: ShellLimits,
    private readonly clock: RunClock,
    /** The shell's files now (a restored state brings new ones). */
    private readonly files: () => ShellFileSystem,
  ) {
    this.byName = new Map(commands.map((c) => [c.name, c]));
  }

  /** Every command as a just-bash command: decoded stdin, the world, and the synced files refreshed. */
  bridged() {
    return this.commands.map((command) =>
      defineCommand(command.name, async (args, ctx) => {
        const overTime = this.clock.exceeded();
        if (overTime) return overTime;
        const files = this.files();
        const context: ShellContext<W> = {
          stdin: decodeStdin(latin1(ctx.stdin)),
          env: ctx.env,
          cwd: ctx.cwd,
          world: this.world,
          files: files.view(ctx.cwd),
          timeLeft: this.clock.timeLeft(),
        };
        const result = await command.run(args, context);
        await files.refreshFromWorld();
        return result;
      }),
    );
  }

  /**
   * Runs a line that is one simulator command of plain words, in a session with nothing ksh would add to
   * it (no options such as `set -x`/`-e`, no trap, no function of that name), as the interpreter would
   * with the session's variables and directory; null for any other line, which needs the interpreter.
   */
  runPlainLine(line: string, session: Session): Promise<CommandResult> | null {
    const words = plainCommandWords(line);
    if (!words || session.options !== '' || session.functions.has(words[0])) return null;
    if (Object.keys(session.env).some((name) => name.startsWith(TRAP_VARIABLE_PREFIX))) return null;
    const command = this.byName.get(words[0]);
    return command ? this.runDirect(command, words.slice(1), session) : null;
  }

  private async runDirect(
    command: ShellCommand<W>,
    args: string[],
    session: Session,
  ): Promise<CommandResult> {
    this.clock.start();
    const files = this.files();
    await files.refreshFromWorld();
    const cwd = session.cwd;
    const result = await command.run(args, {
      stdin: '',
      // `$?` as the interpreter's prelude sets it for the line (the status of the previous line).
      env: new Map([...Object.entries(session.env), ['?', String(session.lastStatus)]]),
      cwd,
      world: this.world,
      files: files.view(cwd),
      timeLeft: this.limits.maxSimulatedSeconds,
    });
    await files.refreshFromWorld();
    if (!outputTooBig(result.stdout, result.stderr, this.limits)) return result;
    // The same words as for output over the limit under the interpreter (shell-limits.ts).
    return fail(outputLimitMessage(this.limits.maxOutputBytes), 126);
  }
}
