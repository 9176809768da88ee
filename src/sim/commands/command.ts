/**
 * What a simulated command is: sim-shell's ShellCommand over the World. Helpers shared by the commands.
 */
import { type CommandResult, fail } from '../command-result';
import { lines } from '../messages';
import type { ShellCommand, ShellContext } from '../shell/shell-command';
import type { World } from '../world/world';

export type SimCommand = ShellCommand<World>;
export type SimContext = ShellContext<World>;

/** A usage error: getopt's line (or the command's own), then the usage text; exit 1. */
export function usage(error: string | null, usageText: string): CommandResult {
  return fail(lines(...(error ? [error] : []), usageText));
}
