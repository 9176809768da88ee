/**
 * The runbook engine, wired to the store: the findings of the checks for a runbook's facts, computed once
 * per facts object (the store replaces the object on every change, so a WeakMap is an exact cache) and
 * shared by the checks panel, the field errors and the review page; the same for the plan.
 */
import { useRunbooks } from './runbooks';
import { parseFacts } from '../../core/checks/schema-issues';
import { runChecks } from '../../core/checks';
import type { Finding } from '../../core/engine-types';
import type { Facts } from '../../core/model/facts';
import { buildPlan } from '../../core/plan/build-plan';
import type { RunbookPlan } from '../../core/plan/types';

const findingsCache = new WeakMap<Facts, Finding[]>();
const none: Finding[] = [];

/** Every finding for these facts: the schema's issues while the facts are malformed, else the checks'. */
export function findingsOf(facts: Facts): Finding[] {
  let findings = findingsCache.get(facts);
  if (!findings) {
    const parsed = parseFacts(facts);
    findings = parsed.ok ? runChecks(parsed.facts) : parsed.findings;
    findingsCache.set(facts, findings);
  }
  return findings;
}

/** The findings of one runbook, recomputed when its facts change. */
export function useFindings(runbookId: string): Finding[] {
  const facts = useRunbooks((s) => s.runbooks[runbookId]?.facts);
  return facts ? findingsOf(facts) : none;
}

const planCache = new WeakMap<Facts, RunbookPlan | null>();

/** The plan for these facts, or null while the facts are malformed (the findings say why). */
export function planOf(facts: Facts): RunbookPlan | null {
  let plan = planCache.get(facts);
  if (plan === undefined) {
    const parsed = parseFacts(facts);
    plan = parsed.ok ? buildPlan(parsed.facts) : null;
    planCache.set(facts, plan);
  }
  return plan;
}

/** The plan of one runbook, recomputed when its facts change. */
export function usePlan(runbookId: string): RunbookPlan | null {
  const facts = useRunbooks((s) => s.runbooks[runbookId]?.facts);
  return facts ? planOf(facts) : null;
}
