/**
 * Review & export: the checks grouped by severity (each linking to where it is fixed), the plan step by
 * step with owners and reasons, then the script, the storage-side commands and the checklist. Export is
 * blocked while a blocker stands, and the page says which.
 */
import { useEffect, useMemo } from 'react';
import type { StepPageProps } from '../../layout/step-page-props';
import { useTouched } from '../../store/touched';
import { recordOfScript, runbookExports, useFindings, usePlan } from '../../store/use-engine';
import { useRunbook } from '../../store/use-runbook';
import { Callout } from '../../ui/callout';
import { FindingGroups, summarize } from '../../ui/checks-panel';
import { RawLvsNote } from '../../ui/raw-lvs-note';
import { tickedSteps } from '../../../core/run-record/change-record';
import { db2CopySection } from '../../../core/write/checklist-db2';
import { CopyHistoryPanel } from './copy-history-panel';
import { Db2OnCopy } from './db2-on-copy';
import { ExportPanel } from './export-panel';
import { PlanSteps } from './plan-steps';
import { ReviewMark } from './review-mark';
import { RunRecordPanel } from './run-record-panel';

export function ReviewPage({ runbookId }: StepPageProps) {
  const { runbook } = useRunbook(runbookId);
  const findings = useFindings(runbookId);
  const plan = usePlan(runbookId);
  const blockers = findings.filter((f) => f.severity === 'blocker');
  // Asking for the export while something blocks it shows every field's error where it is fixed.
  const reveal = useTouched((s) => s.reveal);
  const blocked = blockers.length > 0;
  useEffect(() => {
    if (blocked) reveal(runbookId);
  }, [blocked, reveal, runbookId]);
  // The script as downloaded, to match a run log against; the checklist is ticked from a record of it.
  const script = useMemo(
    () => (plan && !blocked ? runbookExports(runbook, plan).script : undefined),
    [runbook, plan, blocked],
  );
  const record = script ? recordOfScript(runbook.runRecord, script) : undefined;
  const ticked = useMemo(() => new Set(record ? tickedSteps(record) : []), [record]);
  const db2 = useMemo(() => (plan ? db2CopySection(runbook.facts, plan) : undefined), [runbook.facts, plan]);
  return (
    <div className="mt-4">
      <section aria-labelledby="review-checks" className="no-print">
        <h2 id="review-checks" className="text-xl font-semibold">
          Checks
        </h2>
        <p role="status" className="text-slate-700">
          {findings.length === 0 ? 'Every check passes.' : summarize(findings)}
        </p>
        <FindingGroups runbookId={runbookId} findings={findings} />
        <RawLvsNote facts={runbook.facts} />
      </section>
      {blocked ? (
        <div className="no-print">
          <Callout tone="danger" title="Export is blocked">
            <p>
              {blockers.length === 1 ? 'One blocker stands' : `${blockers.length} blockers stand`}: a script
              written now would fail on the host or damage the copy. Fix{' '}
              {blockers.length === 1 ? 'it' : 'them'} above, then export.
            </p>
          </Callout>
        </div>
      ) : (
        plan && (
          <>
            <ReviewMark runbook={runbook} />
            <ExportPanel runbook={runbook} plan={plan} />
            {script && <RunRecordPanel runbook={runbook} plan={plan} script={script} />}
          </>
        )
      )}
      <CopyHistoryPanel runbook={runbook} />
      {plan && (
        <section aria-labelledby="review-plan" className="mt-8">
          <h2 id="review-plan" className="text-xl font-semibold">
            The plan, step by step
          </h2>
          <p className="text-slate-700">
            {plan.steps.length} steps. The copy is brought up with {plan.access.method}: {plan.access.reason}
          </p>
          <PlanSteps plan={plan} ticked={ticked} />
        </section>
      )}
      {db2 && <Db2OnCopy section={db2} />}
    </div>
  );
}
