/**
 * The stepper: every page of the wizard, where the admin is, what each page still needs, where a blocker
 * is. It shows the facts the checks were run on (use-engine.ts), so what a page still needs and its
 * blockers always agree; it is drawn again only when they or the page change, not on every keystroke.
 */
import { memo } from 'react';
import { NavLink } from 'react-router';
import type { Finding } from '../../core/engine-types';
import { missingAnswers, stepIndex } from '../../core/flow';
import { type StepId, wizardSteps } from '../../core/wizard-steps';
import type { Facts } from '../../core/model/facts';

export const Stepper = memo(function Stepper({
  runbookId,
  name,
  current,
  facts,
  findings,
}: {
  runbookId: string;
  name: string;
  current: StepId;
  facts: Facts;
  findings: readonly Finding[];
}) {
  return (
    <nav aria-label="Wizard steps" className="no-print">
      <ol className="flex flex-wrap gap-2">
        {wizardSteps.map((step, i) => {
          const answers = missingAnswers(step.id, facts, name);
          // Review and Rehearse export and play the script: while anything blocks it, they are still to do.
          const exportBlockers = findings.filter((f) => f.severity === 'blocker').length;
          const missing =
            i >= stepIndex('review') && exportBlockers > 0
              ? [...answers, `${exportBlockers} blocker${exportBlockers > 1 ? 's' : ''} fixed before export`]
              : answers;
          // A page with answers still to give is to do (its empty fields and open questions are blockers
          // too); one whose answers are all given but wrong has a blocker.
          const blockers = missing.length
            ? 0
            : findings.filter((f) => f.step === step.id && f.severity === 'blocker').length;
          const state = missing.length > 0 ? 'to do' : blockers > 0 ? 'has a blocker' : 'complete';
          return (
            <li key={step.id}>
              <NavLink
                to={`/runbooks/${runbookId}/${step.id}`}
                aria-current={step.id === current ? 'step' : undefined}
                title={
                  missing.length
                    ? `Still needed: ${missing.join(', ')}`
                    : blockers
                      ? `${blockers} blocker${blockers > 1 ? 's' : ''} to fix here`
                      : step.summary
                }
                className={`flex items-center gap-2 rounded border px-3 py-1.5 text-sm ${
                  step.id === current
                    ? 'border-brand-600 bg-brand-600 text-white'
                    : blockers > 0
                      ? 'border-red-700 bg-red-50 text-red-900 hover:border-red-900'
                      : 'border-slate-300 bg-white text-slate-800 hover:border-brand-600'
                }`}
              >
                <span aria-hidden="true" className="font-mono">
                  {blockers > 0 ? '!' : missing.length === 0 ? '✓' : i + 1}
                </span>
                {step.title}
                <span className="sr-only"> ({state})</span>
              </NavLink>
            </li>
          );
        })}
      </ol>
    </nav>
  );
});
