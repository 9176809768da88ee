/**
 * What a simulated command is: the shell's ShellCommand (src/sim/shell/shell-command.ts) over the World.
 * Helpers shared by the commands.
 */
import { type CommandResult, fail } from '../command-result';
import { lines, msg } from '../messages';
import type { ShellCommand, ShellContext } from '../shell/shell-command';
import type { DiskDevice } from '../world/host';
import type { World } from '../world/world';
import { getopt, type ParsedArgs, param } from './getopt';

export type SimContext = ShellContext<World>;

/** A failure mode of a command for fault injection: what the command prints when it fails that way. */
type FaultResult = (args: string[], ctx: SimContext) => CommandResult;

export interface SimCommand extends ShellCommand<World> {
  /**
   * The ways this command really fails, by kind name, the first being the default (src/sim/faults): an
   * injected fault prints exactly what AIX prints then, and changes nothing in the world.
   */
  faults?: Record<string, FaultResult>;
  /**
   * The calls a fault can hit, where only some can fail that way (a `mount` that lists the mounts finds
   * no dirty superblock): the others are neither counted nor failed. Every call when absent.
   */
  faultable?: (args: string[], ctx: SimContext) => boolean;
}

/** The last word of a command line: the VG, disk, device or file system the fault messages name. */
export function lastOperand(args: string[]): string {
  return args[args.length - 1] ?? '';
}

/** A usage error: getopt's line (or the command's own), then the usage text; exit 1. */
export function usage(error: string | null, usageText: string): CommandResult {
  return fail(lines(...(error ? [error] : []), usageText));
}

/**
 * The device a device command names with `-l Name` (chdev, mkdev): its parsed words and the device, or the
 * usage error, or 0514-519 for a device the ODM does not know.
 */
export function namedDevice(
  command: string,
  args: string[],
  spec: string,
  usageText: string,
  ctx: SimContext,
): { parsed: ParsedArgs; name: string; device: DiskDevice } | CommandResult {
  const parsed = getopt(command, args, spec);
  if (!parsed.ok) return usage(parsed.error, usageText);
  const name = param(parsed.args, 'l');
  if (!name || parsed.args.operands.length > 0) return usage(null, usageText);
  const device = ctx.world.host().devices[name];
  if (!device) return fail(lines(msg('0514-519', command, name)));
  return { parsed: parsed.args, name, device };
}
