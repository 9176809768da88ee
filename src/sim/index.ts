/**
 * The simulator's public API: worlds from scenarios, the commands, the state picture, snapshots.
 * Running scripts and interactive lines goes through the shell (src/sim/shell), which takes the registry.
 */
import { runCommandLine } from './command-line';
import { buildWorld } from './scenarios/create-world';
import { loadScenario } from './scenarios/load';
import type { Scenario } from './scenarios/schema';
import { restoreWorld } from './world/restore';
import type { World, WorldSnapshot } from './world/world';

export { ScenarioBuildError } from './world/build';
export { listScenarios, loadScenario, parseScenario } from './scenarios/load';
export { type Scenario, scenarioSchema } from './scenarios/schema';
export { invariantViolations } from './world/invariants';
export { type WorldState, worldState } from './world/state';
export { World, type WorldSnapshot } from './world/world';

/**
 * Creates the world a scenario describes (a built-in name or a parsed scenario). Throws
 * ScenarioBuildError when the scenario is valid JSON but cannot be built (an LV larger than its disks),
 * and Error for an unknown built-in name.
 */
export async function createWorld(
  scenario: Scenario | string,
  options: { seed?: number } = {},
): Promise<World> {
  const resolved = typeof scenario === 'string' ? loadScenario(scenario) : scenario;
  if (!resolved) throw new Error(`no built-in scenario is named ${scenario}`);
  return buildWorld(resolved, runCommandLine, options);
}

/** A JSON-serialisable copy of the whole world (storage included), cheap enough to take after every command. */
export function snapshot(world: World): WorldSnapshot {
  return world.snapshot();
}

/** A new world in the state of the snapshot; the snapshot itself is not changed. */
export function restore(saved: WorldSnapshot): World {
  return restoreWorld(saved);
}
