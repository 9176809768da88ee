/**
 * The frame of one runbook: header, stepper, the current page beside the checks panel, and Back/Next.
 * A runbook this browser does not have (a link from a colleague) is fetched from the server first.
 */
import { useEffect, useState } from 'react';
import { Link, Navigate, Outlet, useParams } from 'react-router';
import { useShallow } from 'zustand/react/shallow';
import { nextStep, previousStep } from '../../core/flow';
import { isStepId, type StepId, wizardSteps } from '../../core/wizard-steps';
import { mayWriteRunbook, useAuth } from '../store/auth';
import { useTouched, watchFieldsLeft } from '../store/touched';
import { useChecks } from '../store/use-engine';
import { useRunbooks } from '../store/runbooks';
import { type FetchResult, fetchRunbook } from '../store/server-sync';
import { ChecksPanel } from '../ui/checks-panel';
import { ConflictNotice } from './conflict-notice';
import { Stepper } from './stepper';
import { SyncStatus } from './sync-status';

type Lookup = 'local' | 'fetching' | FetchResult;

function RunbookMissing({ runbookId, lookup }: { runbookId: string; lookup: Lookup }) {
  if (lookup === 'fetching' || lookup === 'local' || lookup.result === 'found') {
    return (
      <main id="main-content" tabIndex={-1} className="mx-auto max-w-2xl p-8">
        <p role="status">Opening runbook “{runbookId}” from the server…</p>
      </main>
    );
  }
  return (
    <main id="main-content" tabIndex={-1} className="mx-auto max-w-2xl p-8">
      <h1 className="text-2xl font-semibold">
        {lookup.result === 'forbidden' ? 'Not your runbook' : 'Runbook not found'}
      </h1>
      <p className="mt-3" role="alert">
        {lookup.result === 'forbidden'
          ? `Runbook “${runbookId}” is not yours to open. ${lookup.message}`
          : lookup.result === 'missing'
            ? `There is no runbook “${runbookId}” in this browser or on the server. It may have been deleted.`
            : `Runbook “${runbookId}” is not in this browser and the server cannot be reached; try again when it is up.`}
      </p>
      <Link className="mt-6 inline-block text-brand-700 underline" to="/">
        Back to your runbooks
      </Link>
    </main>
  );
}

/**
 * What the frame shows of the runbook: not its facts, which change on every keystroke. The frame is drawn
 * again only when one of these changes (shallow equality), and the stepper and the checks panel read the
 * facts themselves, a frame or two behind typing (use-engine.ts).
 */
function useFrameOf(runbookId: string) {
  return useRunbooks(
    useShallow((s) => {
      const runbook = s.runbooks[runbookId];
      return runbook && { name: runbook.name, team: runbook.team, lastStep: runbook.lastStep };
    }),
  );
}

/** The stepper, with the checks of the facts it shows. */
function RunbookStepper({ runbookId, name, current }: { runbookId: string; name: string; current: StepId }) {
  const checks = useChecks(runbookId);
  if (!checks.facts) return null;
  return (
    <Stepper
      runbookId={runbookId}
      name={name}
      current={current}
      facts={checks.facts}
      findings={checks.findings}
    />
  );
}

function RunbookChecks({ runbookId }: { runbookId: string }) {
  const checks = useChecks(runbookId);
  return <ChecksPanel runbookId={runbookId} findings={checks.findings} updating={checks.updating} />;
}

export function WizardLayout() {
  const { runbookId = '', step } = useParams();
  const runbook = useFrameOf(runbookId);
  const visit = useRunbooks((s) => s.visit);
  const readOnly = useAuth((s) => !mayWriteRunbook(s.accountsRequired, s.user, runbook?.team));
  const [lookup, setLookup] = useState<Lookup>(runbook ? 'local' : 'fetching');
  const current = isStepId(step) ? step : undefined;
  const known = Boolean(runbook);
  useEffect(() => {
    if (known) return;
    let live = true;
    setLookup('fetching');
    fetchRunbook(runbookId).then((r) => {
      if (live) setLookup(r.result === 'found' ? 'local' : r);
    });
    return () => {
      live = false;
    };
  }, [runbookId, known]);
  // Once per page, not per keystroke: every change of the store writes it to localStorage.
  useEffect(() => {
    if (known && current) visit(runbookId, current);
  }, [known, runbookId, current, visit]);
  // A field the admin leaves shows its error from then on (touched.ts).
  const touch = useTouched((s) => s.touch);
  useEffect(() => watchFieldsLeft((field) => touch(runbookId, field)), [runbookId, touch]);

  if (!runbook) return <RunbookMissing runbookId={runbookId} lookup={lookup} />;
  if (!current) return <Navigate to={`/runbooks/${runbookId}/${runbook.lastStep}`} replace />;

  const prev = previousStep(current);
  const next = nextStep(current);
  const title = wizardSteps.find((s) => s.id === current)?.title;
  // Review lists the checks itself: the panel beside it would show them twice.
  const withPanel = current !== 'review';
  return (
    <div className="min-h-screen bg-slate-50 text-slate-900">
      <header className="no-print border-b border-slate-200 bg-white">
        <div className="mx-auto flex max-w-7xl items-center justify-between gap-4 px-6 py-3">
          <Link to="/" className="font-semibold text-brand-900">
            vgcopy
          </Link>
          <span className="flex min-w-0 items-center gap-4 text-sm text-slate-600">
            <span className="truncate">Runbook: {runbook.name || '(unnamed)'}</span>
            <SyncStatus runbookId={runbookId} />
          </span>
        </div>
        {readOnly && (
          <p className="mx-auto max-w-7xl px-6 pb-2 text-sm font-medium text-amber-900">
            You may only read this runbook: what you change stays in this browser and is not saved on the
            server.
          </p>
        )}
        <ConflictNotice runbookId={runbookId} />
        <div className="mx-auto max-w-7xl px-6 pb-3">
          <RunbookStepper runbookId={runbookId} name={runbook.name} current={current} />
        </div>
      </header>
      <div
        className={`mx-auto grid max-w-7xl gap-6 px-6 py-6 print:block ${
          withPanel ? 'lg:grid-cols-[minmax(0,1fr)_18rem] xl:grid-cols-[minmax(0,1fr)_22rem]' : ''
        }`}
      >
        <main id="main-content" tabIndex={-1} className="min-w-0">
          <h1 className="text-2xl font-semibold">{title}</h1>
          <Outlet />
          <nav aria-label="Previous and next page" className="no-print mt-8 flex justify-between">
            {prev ? (
              <Link
                className="rounded border border-slate-300 bg-white px-4 py-2"
                to={`/runbooks/${runbookId}/${prev}`}
              >
                ← Back
              </Link>
            ) : (
              <span />
            )}
            {next && (
              <Link
                className="rounded bg-brand-600 px-4 py-2 text-white hover:bg-brand-700"
                to={`/runbooks/${runbookId}/${next}`}
              >
                Next →
              </Link>
            )}
          </nav>
        </main>
        {withPanel && (
          <div className="lg:sticky lg:top-4 lg:max-h-[calc(100vh-2rem)] lg:self-start lg:overflow-y-auto">
            <RunbookChecks runbookId={runbookId} />
          </div>
        )}
      </div>
    </div>
  );
}
