/**
 * The runbook engine (src/core/engine.ts) wired to the store: the findings of the checks and the plan
 * for a runbook's facts, each computed once per facts object (the store replaces the object on every
 * change, so a WeakMap is an exact cache) from one run of the facts schema (facts-verdict.ts), and shared
 * by the checks panel, the stepper, the field errors and the review page; and the exports, written when
 * the review page asks for them.
 *
 * The hooks read the facts a frame or two behind typing: a keystroke draws its field first, and the checks
 * of a 1024-disk VG follow once that frame is drawn, in a render React can interrupt for the next
 * keystroke (a transition). `updating` says when they lag, so a result of older facts is never shown as
 * current.
 */
import { startTransition, useEffect, useState } from 'react';
import { version } from '../../../package.json';
import {
  buildPlan,
  draftFindings,
  type RunbookPlan,
  writeAnsiblePlaybook,
  writeChecklistMarkdown,
  writeScript,
  writeStorageScript,
} from '../../core/engine';
import type { Finding } from '../../core/engine-types';
import type { Facts } from '../../core/model/facts';
import { standingReview } from '../../core/model/review';
import { runLine, tickedSteps } from '../../core/run-record/change-record';
import { scriptChecksum } from '../../core/write/script-checksum';
import { parsedFactsOf } from './facts-verdict';
import { memoByObject } from './memo-by-object';
import { type Runbook, useRunbooks } from './runbooks';

const none: Finding[] = [];

/** Every finding that can be known for these facts: the schema's issues in words, and the checks'. */
export const findingsOf: (facts: Facts) => Finding[] = memoByObject((facts) =>
  draftFindings(facts, parsedFactsOf(facts)),
);

/** The plan for these facts, or null while the facts are malformed (the findings say why). */
export const planOf: (facts: Facts) => RunbookPlan | null = memoByObject((facts) => {
  const parsed = parsedFactsOf(facts);
  return parsed.ok ? buildPlan(parsed.facts) : null;
});

export interface CheckedFacts {
  /** The facts the checks were run on: the store's, or while typing, those of a frame or two before. */
  facts: Facts | undefined;
  findings: Finding[];
  /** True while the store holds newer facts than these (their checks are being run). */
  updating: boolean;
}

/** A runbook's facts in the store, and as they were a frame or two before while the admin types. */
function useDeferredFacts(runbookId: string): { current?: Facts; facts?: Facts } {
  const current = useRunbooks((s) => s.runbooks[runbookId]?.facts);
  return { current, facts: useAfterFrame(current) };
}

/**
 * `value` once the frame after its change is drawn. A deferred render (useDeferredValue) starts at once
 * and runs before the browser draws the keystroke: the checks of a 1024-disk VG, one uninterruptible
 * piece of work, would hold back the frame that shows the typed character. Typing faster than frames
 * keeps the older value until typing leaves a frame free.
 */
function useAfterFrame<T>(value: T): T {
  const [shown, setShown] = useState(value);
  useEffect(() => {
    if (shown === value) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    // The frame's callbacks run before it is drawn; the task after them runs after.
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => startTransition(() => setShown(value)));
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [value, shown]);
  return shown;
}

/** The findings of one runbook, following its facts a frame or two behind typing. */
export function useChecks(runbookId: string): CheckedFacts {
  const { current, facts } = useDeferredFacts(runbookId);
  return { facts, findings: facts ? findingsOf(facts) : none, updating: facts !== current };
}

/** The findings of one runbook, recomputed when its facts change (a frame or two behind typing). */
export function useFindings(runbookId: string): Finding[] {
  return useChecks(runbookId).findings;
}

/** The plan of one runbook, recomputed when its facts change (a frame or two behind typing). */
export function usePlan(runbookId: string): RunbookPlan | null {
  const { facts } = useDeferredFacts(runbookId);
  return facts ? planOf(facts) : null;
}

/**
 * What the review page exports for a runbook without blockers. Each is written the first time it is read:
 * the page shows the script and the storage commands, and a big VG's checklist and playbook (the playbook
 * alone takes the writers longer than the script) are written only when they are downloaded.
 */
export interface RunbookExports {
  readonly script: string;
  readonly storageScript: string;
  readonly checklistMarkdown: string;
  /** The same plan as an Ansible playbook for the AIX host. */
  readonly ansiblePlaybook: string;
}

/**
 * The exports of a runbook whose checks report no blocker. The header of each names the vgcopy version
 * and the runbook's last change, so the same runbook always exports the same files. Written once per
 * runbook object and plan: the Review page and its export panel read the same exports.
 */
export function runbookExports(runbook: Runbook, plan: RunbookPlan): RunbookExports {
  return exportsOf(runbook)(plan);
}

const exportsOf = memoByObject((runbook: Runbook) =>
  memoByObject((plan: RunbookPlan) => writeExports(runbook, plan)),
);

function writeExports(runbook: Runbook, plan: RunbookPlan): RunbookExports {
  const meta = { generatedAt: runbook.factsChangedAt ?? runbook.updatedAt, version };
  const exports: RunbookExports = writtenWhenRead({
    script: () => {
      const review = standingReview(runbook.review, runbook.facts);
      return writeScript(runbook.facts, plan, { ...meta, ...(review ? { review } : {}) });
    },
    storageScript: () => writeStorageScript(runbook.facts, plan, meta),
    checklistMarkdown: () => {
      const findings = findingsOf(runbook.facts).filter((f) => f.severity !== 'blocker');
      const ticked = recordOfScript(runbook.runRecord, exports.script);
      return writeChecklistMarkdown(runbook.facts, plan, {
        ...meta,
        findings,
        ...(ticked ? { ticked: { steps: tickedSteps(ticked), from: runLine(ticked) } } : {}),
      });
    },
    ansiblePlaybook: () => writeAnsiblePlaybook(runbook.facts, plan, meta),
  });
  return exports;
}

/** An object whose each property is written by its function the first time it is read, then kept. */
function writtenWhenRead<T extends object>(writers: { [K in keyof T]: () => T[K] }): T {
  const written = {} as T;
  for (const key of Object.keys(writers) as (keyof T)[]) {
    Object.defineProperty(written, key, {
      enumerable: true,
      configurable: true,
      get() {
        const value = writers[key]();
        Object.defineProperty(written, key, { value, enumerable: true });
        return value;
      },
    });
  }
  return written;
}

/** The kept run record when it is of this very script (the checklist is ticked from it only then). */
export function recordOfScript<R extends { sha256: string }>(
  record: R | undefined,
  script: string,
): R | undefined {
  return record && record.sha256 === scriptChecksum(script) ? record : undefined;
}
