/**
 * The runbook engine, wired to the store: the findings of the checks for a runbook's facts, computed once
 * per facts object (the store replaces the object on every change, so a WeakMap is an exact cache) and
 * shared by the checks panel, the field errors and the review page.
 */
import { useRunbooks } from './runbooks';
import { parseFacts } from '../../core/checks/schema-issues';
import { runChecks } from '../../core/checks';
import type { Finding } from '../../core/engine-types';
import type { Facts } from '../../core/model/facts';

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
