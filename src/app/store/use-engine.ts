/**
 * The runbook engine (src/core/engine.ts) wired to the store: the findings of the checks and the plan
 * for a runbook's facts, each computed once per facts object (the store replaces the object on every
 * change, so a WeakMap is an exact cache) and shared by the checks panel, the field errors, Phase 2 and
 * the review page; and the exports, written when the review page asks for them.
 */
import { version } from '../../../package.json';
import {
  buildPlan,
  draftFindings,
  parseFacts,
  type RunbookPlan,
  writeChecklistMarkdown,
  writeScript,
  writeStorageScript,
} from '../../core/engine';
import type { Finding } from '../../core/engine-types';
import type { Facts } from '../../core/model/facts';
import { standingReview } from '../../core/model/review';
import { runLine, tickedSteps } from '../../core/run-record/change-record';
import { scriptChecksum } from '../../core/write/script-checksum';
import { type Runbook, useRunbooks } from './runbooks';

const findingsCache = new WeakMap<Facts, Finding[]>();
const planCache = new WeakMap<Facts, RunbookPlan | null>();
const none: Finding[] = [];

/** Every finding that can be known for these facts: the schema's issues in words, and the checks'. */
export function findingsOf(facts: Facts): Finding[] {
  let findings = findingsCache.get(facts);
  if (!findings) {
    findings = draftFindings(facts);
    findingsCache.set(facts, findings);
  }
  return findings;
}

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

/** The findings of one runbook, recomputed when its facts change. */
export function useFindings(runbookId: string): Finding[] {
  const facts = useRunbooks((s) => s.runbooks[runbookId]?.facts);
  return facts ? findingsOf(facts) : none;
}

/** The plan of one runbook, recomputed when its facts change. */
export function usePlan(runbookId: string): RunbookPlan | null {
  const facts = useRunbooks((s) => s.runbooks[runbookId]?.facts);
  return facts ? planOf(facts) : null;
}

/** What the review page exports for a runbook without blockers. */
export interface RunbookExports {
  script: string;
  storageScript: string;
  checklistMarkdown: string;
}

/**
 * Writes the exports of a runbook whose checks report no blocker. The header of each names the vgcopy
 * version and the runbook's last change, so the same runbook always exports the same files.
 */
export function runbookExports(runbook: Runbook, plan: RunbookPlan): RunbookExports {
  const meta = { generatedAt: runbook.factsChangedAt ?? runbook.updatedAt, version };
  const findings = findingsOf(runbook.facts).filter((f) => f.severity !== 'blocker');
  const review = standingReview(runbook.review, runbook.facts);
  const script = writeScript(runbook.facts, plan, { ...meta, ...(review ? { review } : {}) });
  const ticked = recordOfScript(runbook.runRecord, script);
  return {
    script,
    storageScript: writeStorageScript(runbook.facts, plan, meta),
    checklistMarkdown: writeChecklistMarkdown(runbook.facts, plan, {
      ...meta,
      findings,
      ...(ticked ? { ticked: { steps: tickedSteps(ticked), from: runLine(ticked) } } : {}),
    }),
  };
}

/** The kept run record when it is of this very script (the checklist is ticked from it only then). */
export function recordOfScript<R extends { sha256: string }>(
  record: R | undefined,
  script: string,
): R | undefined {
  return record && record.sha256 === scriptChecksum(script) ? record : undefined;
}
