/**
 * A built-in scenario planned as an admin would (collect in the scenario, import, add the storage
 * admin's part, plan), for the tests that rehearse its script.
 */
import { parseFacts } from '../../core/checks/schema-issues';
import { evaluate } from '../../core/engine';
import type { Facts } from '../../core/model/facts';
import { scenarioFacts } from '../plan-scenario';

const meta = { generatedAt: '2026-11-25T13:00:00Z', version: '0.1.0' };

export async function planFor(name: string, change: (facts: Facts) => void = () => {}) {
  const collected = await scenarioFacts(name);
  if (!collected.ok) throw new Error(collected.error);
  const parsed = parseFacts(collected.input);
  if (!parsed.ok) throw new Error(parsed.findings.map((f) => f.finding).join('\n'));
  change(parsed.facts);
  return { facts: parsed.facts, result: evaluate(parsed.facts, meta) };
}

export type ScenarioPlan = Awaited<ReturnType<typeof planFor>>;
