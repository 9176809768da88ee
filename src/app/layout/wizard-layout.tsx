/** The frame of one runbook: header, stepper, the current page, and Back/Next. */
import { useEffect } from 'react';
import { Link, Navigate, Outlet, useParams } from 'react-router';
import { isStepId, nextStep, previousStep, wizardSteps } from '../../core/flow';
import { useRunbooks } from '../store/runbooks';
import { Stepper } from './stepper';

export function WizardLayout() {
  const { runbookId = '', step } = useParams();
  const runbook = useRunbooks((s) => s.runbooks[runbookId]);
  const visit = useRunbooks((s) => s.visit);
  const current = isStepId(step) ? step : undefined;
  useEffect(() => {
    if (runbook && current) visit(runbook.id, current);
  }, [runbook, current, visit]);

  if (!runbook) {
    return (
      <main className="mx-auto max-w-2xl p-8">
        <h1 className="text-2xl font-semibold">Runbook not found</h1>
        <p className="mt-3" role="alert">
          There is no runbook “{runbookId}” in this browser. It may have been deleted.
        </p>
        <Link className="mt-6 inline-block text-brand-700 underline" to="/">
          Back to your runbooks
        </Link>
      </main>
    );
  }
  if (!current) return <Navigate to={`/runbooks/${runbook.id}/${runbook.lastStep}`} replace />;

  const prev = previousStep(current);
  const next = nextStep(current);
  const title = wizardSteps.find((s) => s.id === current)?.title;
  return (
    <div className="min-h-screen bg-slate-50 text-slate-900">
      <header className="no-print border-b border-slate-200 bg-white">
        <div className="mx-auto flex max-w-6xl items-center justify-between gap-4 px-6 py-3">
          <Link to="/" className="font-semibold text-brand-900">
            vgcopy
          </Link>
          <span className="truncate text-sm text-slate-600">Runbook: {runbook.name || '(unnamed)'}</span>
        </div>
        <div className="mx-auto max-w-6xl px-6 pb-3">
          <Stepper runbook={runbook} current={current} />
        </div>
      </header>
      <main className="mx-auto max-w-6xl px-6 py-6">
        <h1 className="text-2xl font-semibold">{title}</h1>
        <Outlet />
        <nav aria-label="Previous and next page" className="no-print mt-8 flex justify-between">
          {prev ? (
            <Link
              className="rounded border border-slate-300 bg-white px-4 py-2"
              to={`/runbooks/${runbook.id}/${prev}`}
            >
              ← Back
            </Link>
          ) : (
            <span />
          )}
          {next && (
            <Link
              className="rounded bg-brand-600 px-4 py-2 text-white hover:bg-brand-700"
              to={`/runbooks/${runbook.id}/${next}`}
            >
              Next →
            </Link>
          )}
        </nav>
      </main>
    </div>
  );
}
