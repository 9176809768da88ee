/**
 * The simulator's public API: worlds from scenarios, the commands, the state picture, snapshots.
 * Running scripts and interactive lines goes through the shell (src/sim/shell), which takes the registry.
 */
import { runCommandLine } from './command-line';
import { buildWorld } from './scenarios/create-world';
import { loadScenario } from './scenarios/load';
import type { Scenario } from './scenarios/schema';
import type { World } from './world/world';

export type { CommandResult } from './command-result';
export { runCommandLine, splitWords } from './command-line';
export type { SimCommand, SimContext } from './commands/command';
export { findCommand, simCommands } from './commands/registry';
export { ScenarioBuildError } from './world/build';
export {
  listScenarios,
  loadScenario,
  type ParseResult,
  parseScenario,
  type ScenarioSummary,
} from './scenarios/load';
export { type Scenario, type ScenarioInput, scenarioJsonSchema, scenarioSchema } from './scenarios/schema';
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
