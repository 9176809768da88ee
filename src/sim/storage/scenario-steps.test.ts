/**
 * The storage admin's part of every built-in scenario (its storageSteps) runs on the scenario's world
 * through the registry's storage commands without an error, as the session's "storage" button plays it
 * once the scenario's injected faults are spent.
 */
import { describe, expect, it } from 'vitest';
import { runCommandLine } from '../command-line';
import { createWorld, listScenarios, loadScenario } from '../index';

describe('storage steps of the built-in scenarios', () => {
  for (const { name } of listScenarios()) {
    it(`${name}: every storage step succeeds`, async () => {
      const scenario = loadScenario(name)!;
      // A scenario's own injected faults are what it trains on, not a defect of its steps.
      const world = await createWorld({ ...scenario, faults: [] });
      for (const step of scenario.storageSteps) {
        const line =
          scenario.storage.flavour === 'ds8000' && !step.startsWith('dscli') ? `dscli ${step}` : step;
        const result = await runCommandLine(world, line);
        expect({ line, stderr: result.stderr, exitCode: result.exitCode }).toEqual({
          line,
          stderr: '',
          exitCode: 0,
        });
      }
    });
  }
});
