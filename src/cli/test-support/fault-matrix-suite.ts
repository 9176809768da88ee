/**
 * The fault matrix as a test suite (src/sim/rehearse/fault-matrix.ts, docs/failure-safety.md): each built-in
 * scenario whose plan has no blocker, its script failed at every step in every way the simulator can make it
 * fail there. Each failed run leaves production as it was; the rerun, the fault cleared, reaches the goal and
 * skips what was done. The scenarios are shared among a few test files, which run side by side; each prints
 * its part of the matrix size (scenarios x steps x failures).
 */
import { afterAll, describe, expect, it } from 'vitest';
import { stepAnswers } from '../../core/engine';
import { createWorld, listScenarios, loadScenario } from '../../sim/index';
import {
  caseLabel,
  matrixCases,
  type MatrixSubject,
  runCase,
  traceCalls,
} from '../../sim/rehearse/fault-matrix';
import { scenarioGoal } from '../../sim/rehearse/scenario-goal';
import { planFor } from './scenario-plan';

async function subjectOf(name: string): Promise<MatrixSubject | null> {
  const planned = await planFor(name);
  const script = planned.result.outputs?.script;
  if (!script) return null;
  const scenario = loadScenario(name)!;
  return {
    world: async () => {
      const world = await createWorld(scenario);
      // The scenario's own faults are a training exercise; the matrix injects its own.
      world.faults.armed.length = 0;
      return world;
    },
    script,
    goal: scenarioGoal(scenario, planned.facts.newVg.name),
    answers: stepAnswers(planned.result.plan.steps, planned.facts.storage?.commands ?? 'pause'),
    steps: planned.result.plan.steps.map((s, i) => ({ step: i + 1, id: s.id, title: s.title })),
  };
}

/** The matrix for the built-in scenarios `part` picks (by name and place in the library). */
export function faultMatrixSuite(title: string, part: (name: string, index: number) => boolean): void {
  const size = { scenarios: 0, steps: 0, cases: 0, held: 0 };
  afterAll(() => {
    console.log(
      `fault matrix, ${title}: ${size.scenarios} scenarios, ${size.steps} steps, ${size.cases} failures injected, ${size.held} held`,
    );
  });
  describe(`the fault matrix, ${title}`, () => {
    for (const [index, { name }] of listScenarios().entries()) {
      if (!part(name, index)) continue;
      it(`${name}: every failure at every step leaves production as it was; the rerun reaches the goal`, async () => {
        const subject = await subjectOf(name);
        if (!subject) return; // a blocker stops the plan: no script to fail (plan-scenario.test.ts)
        const trace = await traceCalls(subject);
        expect(trace.clean.problems, `${name}: the clean run`).toEqual([]);
        const cases = matrixCases(trace);
        const failures: string[] = [];
        for (const c of cases) {
          const outcome = await runCase(subject, c);
          for (const p of outcome.problems) failures.push(`${caseLabel(c)} (exit ${outcome.exitCode}): ${p}`);
        }
        size.scenarios++;
        size.steps += trace.steps.length;
        size.cases += cases.length;
        size.held += cases.length - new Set(failures.map((f) => f.split(' (exit')[0])).size;
        expect(failures).toEqual([]);
      }, 900_000);
    }
  });
}
