/**
 * A simulated AIX host for the browser tests, driven in the test's own Node process through the
 * simulator's library API (src/sim): the admin reads the host's facts with AIX commands, pastes them into
 * the wizard, and runs the downloaded script there as `ksh vgcopy.ksh -y`.
 */
import { createWorld, type World, type WorldState, worldState } from '../../src/sim';
import type { SimShell } from '../../src/sim/shell/sim-shell';
import { createWorldShell } from '../../src/sim/shell/world-shell';

export interface SimulatedHost {
  world: World;
  shell: SimShell<World>;
  /** The commands as typed at the `# ` prompt, each followed by what it printed: a paste for the wizard. */
  transcript(commands: string[]): Promise<string>;
  /** Runs a script to its end, answering "done" to the pauses for other people. */
  runScript(script: string): Promise<{ exitCode: number; stdout: string; stderr: string; state: WorldState }>;
}

/** Opens a built-in scenario of the simulator as a host. */
export async function simulatedHost(scenario: string): Promise<SimulatedHost> {
  const world = await createWorld(scenario);
  const shell = createWorldShell(world, { limits: { maxWallMs: 60_000 } });
  return {
    world,
    shell,
    async transcript(commands) {
      let text = '';
      for (const command of commands) {
        const result = await shell.run(command);
        text += `# ${command}\n${result.stdout}${result.stderr}`;
      }
      return text;
    },
    async runScript(script) {
      await shell.fileSystem.write('/tmp/vgcopy.ksh', script);
      const result = await shell.run("printf 'done\\ndone\\ndone\\ndone\\n' | ksh /tmp/vgcopy.ksh -y");
      return { ...result, state: worldState(world) };
    },
  };
}
