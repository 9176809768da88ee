/**
 * A simulated host to run the collector on: a built-in scenario's world and its ksh (the simulator's
 * shell with its commands, /etc/filesystems kept by the world), with the collector put in /tmp.
 */
import { readFileSync } from 'node:fs';
import { simCommands } from '../../../sim/commands/registry';
import { createWorld, type Scenario } from '../../../sim/index';
import { SimShell } from '../../../sim/shell/sim-shell';
import { parseFilesystems, renderFilesystems } from '../../../sim/world/etc-filesystems';
import type { World } from '../../../sim/world/world';

const collector = readFileSync(new URL('../../../../public/vgcopy-collect.sh', import.meta.url), 'utf8');

/** The shell of `hostName` (default the scenario's current host) in a new world of `scenario` (a built-in name or a scenario). */
export async function simulatedHost(
  scenario: string | Scenario,
  hostName?: string,
): Promise<SimShell<World>> {
  const world = await createWorld(scenario);
  if (hostName) world.currentHost = hostName;
  const shell = new SimShell<World>({
    world,
    commands: simCommands,
    syncedFiles: [
      {
        path: '/etc/filesystems',
        read: () => renderFilesystems(world.host().filesystems),
        write: (text) => {
          const parsed = parseFilesystems(text);
          if ('stanzas' in parsed) world.host().filesystems = parsed.stanzas;
        },
      },
    ],
    simulatedSeconds: () => world.now(),
  });
  await shell.fileSystem.write('/tmp/vgcopy-collect.sh', collector);
  return shell;
}
