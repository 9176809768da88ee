/** The plan step by step: who does it, what to type, what to expect, how to verify, and why (one click). */
import type { Owner, Phase, PlanStep } from '../../../core/engine-types';
import { Why } from '../../ui/why';

const owners: Record<Owner, { label: string; tone: string }> = {
  storage: { label: 'Storage admin', tone: 'bg-purple-100 text-purple-900' },
  aix: { label: 'AIX admin', tone: 'bg-brand-100 text-brand-900' },
  application: { label: 'Application owner', tone: 'bg-amber-100 text-amber-900' },
};

const phases: Record<Phase, string> = {
  prepare: 'Prepare',
  phase1: 'Phase 1 · Configure LUNs',
  consistency: 'Consistency and copy',
  phase2: 'Phase 2 · Access the VG',
  verify: 'Verify',
  refresh: 'Next refresh',
};

export function PlanSteps({ steps }: { steps: readonly PlanStep[] }) {
  return (
    <ol className="mt-2 space-y-3">
      {steps.map((step, i) => (
        <li key={step.id} className="rounded border border-slate-300 bg-white p-3">
          <div className="flex flex-wrap items-center gap-2">
            <span className="font-mono text-slate-600">{i + 1}.</span>
            <h3 className="font-semibold">{step.title}</h3>
            <span className={`rounded px-2 py-0.5 text-xs font-medium ${owners[step.owner].tone}`}>
              {owners[step.owner].label}
            </span>
            <span className="text-xs text-slate-600">{phases[step.phase]}</span>
          </div>
          {step.commands.length > 0 && (
            <pre className="mt-2 overflow-x-auto rounded bg-slate-900 px-3 py-2 text-sm text-slate-50">
              <code>{step.commands.join('\n')}</code>
            </pre>
          )}
          <dl className="mt-2 grid gap-x-3 text-sm sm:grid-cols-[8rem_1fr]">
            <dt className="font-medium">Expect</dt>
            <dd>{step.expect}</dd>
            <dt className="font-medium">Verify</dt>
            <dd>{step.verify}</dd>
            <dt className="font-medium">If it fails</dt>
            <dd>{step.onFailure}</dd>
          </dl>
          <Why>{step.why}</Why>
        </li>
      ))}
    </ol>
  );
}
