/**
 * The shell of a simulated AIX host: a SimShell over a World with every simulated command registered
 * and /etc/filesystems kept as the world's text (a script's edit of the file goes back to the world,
 * as crfs/chfs would find it).
 */
import { simCommands } from '../commands/registry';
import { parseFilesystems, renderFilesystems } from '../world/etc-filesystems';
import type { World } from '../world/world';
import type { ShellCommand } from './shell-command';
import type { ShellLimits } from './shell-limits';
import { SimShell } from './sim-shell';

export interface WorldShellOptions {
  /** The commands to register; every simulated command by default. */
  commands?: readonly ShellCommand<World>[];
  limits?: Partial<ShellLimits>;
  files?: Record<string, string>;
  env?: Record<string, string>;
  /** A real Korn-shell parser for better syntax messages (see SimShellOptions.kshParse). */
  kshParse?: (text: string) => Promise<unknown>;
}

export function createWorldShell(world: World, options: WorldShellOptions = {}): SimShell<World> {
  return new SimShell<World>({
    world,
    commands: options.commands ?? simCommands,
    limits: options.limits,
    files: options.files,
    env: { HOSTNAME: world.host().name, ...options.env },
    simulatedSeconds: () => world.now(),
    kshParse: options.kshParse,
    worldDirectories: () => world.host().directories,
    syncedFiles: [
      {
        path: '/etc/filesystems',
        read: () => renderFilesystems(world.host().filesystems),
        write: (text) => {
          // A file AIX could not read either (a broken stanza) is left as the world had it.
          const parsed = parseFilesystems(text);
          if ('stanzas' in parsed) world.host().filesystems = parsed.stanzas;
        },
      },
    ],
  });
}
