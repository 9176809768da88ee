/**
 * The seam between the shell and the simulated commands: a command is a name and a function of its
 * arguments and a small context. The shell turns each into a just-bash custom command, so commands never
 * see the interpreter, and the interpreter never sees the world.
 */
import type { CommandResult } from '../command-result';

/** Files of the shell's virtual file system, as a command sees them (paths are absolute or cwd-relative). */
export interface ShellFiles {
  /** The file's text, or null when it does not exist or is a directory. */
  read(path: string): Promise<string | null>;
  write(path: string, text: string): Promise<void>;
  exists(path: string): Promise<boolean>;
}

/** What a command gets besides its arguments. */
export interface ShellContext<W> {
  /** Standard input (a pipe or a here-document), as text. */
  stdin: string;
  /** The shell's variables at the time of the call (read-only view). */
  env: ReadonlyMap<string, string>;
  cwd: string;
  /** The simulated world the command acts on. */
  world: W;
  files: ShellFiles;
  /**
   * Simulated seconds this run may still let pass (the shell's limit); absent when unlimited. Commands
   * that move the clock (sleep) refuse more, so one command cannot run the world for years.
   */
  timeLeft?: number;
}

/** One simulated command (cfgmgr, lsfs, dscli, ...) as the shell registers it. */
export interface ShellCommand<W> {
  name: string;
  run(args: string[], ctx: ShellContext<W>): CommandResult | Promise<CommandResult>;
}
