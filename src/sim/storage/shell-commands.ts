/**
 * The storage commands as shell commands over a world: each gets the world's storage and clock, the shell's
 * standard input, and (for `dscli -script FILE`) the script read from the shell's file system. A command of
 * the other flavour is not installed on this host, so the shell answers as ksh does for a missing command.
 */
import { type CommandResult, fail } from '../command-result';
import type { ShellCommand } from '../shell/shell-command';
import { runStorageCommand } from './command-types';
import { storageCommands, storageCommandsFor } from './commands';
import type { StorageSubsystem } from './subsystem';

/** What the storage commands need of the world they run in. */
export interface StorageWorld {
  storage: StorageSubsystem<unknown>;
  clock: { now(): number };
  advance(seconds: number): void;
}

/** The file `dscli -script FILE` names, if any (only dscli's own options come before the command). */
function scriptPath(name: string, args: string[]): string | undefined {
  const at = args.indexOf('-script');
  return name === 'dscli' && at >= 0 ? args[at + 1] : undefined;
}

/** An injected fault due at this call of a storage command in this world (src/sim/faults), or undefined. */
export type StorageFaultHook<W> = (world: W, command: string, args: string[]) => CommandResult | undefined;

/** Every storage command for the shell registry; each checks the world's flavour when it runs. */
export function storageShellCommands<W extends StorageWorld>(fault?: StorageFaultHook<W>): ShellCommand<W>[] {
  return storageCommands.map((command) => ({
    name: command.name,
    async run(args, ctx) {
      const { storage, clock } = ctx.world;
      if (!storageCommandsFor(storage.flavour).includes(command))
        return fail(`ksh: ${command.name}:  not found.\n`, 127);
      const path = scriptPath(command.name, args);
      const script = path === undefined ? null : await ctx.files.read(path);
      return runStorageCommand(command, args, {
        storage,
        now: () => clock.now(),
        wait: (seconds) => ctx.world.advance(seconds),
        stdin: ctx.stdin,
        readFile: (file) => (file === path && script !== null ? script : undefined),
        fault: fault && ((name, words) => fault(ctx.world, name, words)),
      });
    },
  }));
}
