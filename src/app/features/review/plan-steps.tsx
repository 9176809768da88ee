/**
 * The plan step by step, grouped as the checklist groups it (phase, then owner, in the procedure's
 * order): who does it, what to type, what to expect, how to verify, and why (one click away). It is also
 * the printed checklist: the print stylesheet shows only this section, with the reasons written out, a box
 * to tick per step and a sign-off line per group.
 */
import type { Owner } from '../../../core/engine-types';
import type { RunbookPlan } from '../../../core/plan/types';
import { checklistGroups, ownerTitles, phaseTitles } from '../../../core/write/checklist-model';
import { Why } from '../../ui/why';

const ownerTones: Record<Owner, string> = {
  storage: 'bg-purple-100 text-purple-900',
  aix: 'bg-brand-100 text-brand-900',
  application: 'bg-amber-100 text-amber-900',
};

/** `ticked`: the steps a run record shows done (run, or already done), their boxes ticked. */
export function PlanSteps({ plan, ticked }: { plan: RunbookPlan; ticked: ReadonlySet<string> }) {
  return (
    <div>
      {checklistGroups(plan).map((group) => (
        <section
          key={group.steps[0].number}
          aria-label={`${phaseTitles[group.phase]}: ${ownerTitles[group.owner]}`}
          className="print-keep mt-4"
        >
          <h3 className="flex flex-wrap items-center gap-2 font-semibold">
            {phaseTitles[group.phase]}
            <span className={`rounded px-2 py-0.5 text-xs font-medium ${ownerTones[group.owner]}`}>
              {ownerTitles[group.owner]}
            </span>
          </h3>
          <ol className="mt-2 space-y-3">
            {group.steps.map(({ number, step }) => (
              <li
                key={step.id}
                // A big VG's plan holds 200 KB of commands: the browser lays out only the steps near the
                // view (content-visibility), and still finds, reads aloud and prints them all.
                className="print-keep rounded border border-slate-300 bg-white p-3 [content-visibility:auto] [contain-intrinsic-size:auto_12rem]"
              >
                <label className="flex items-start gap-2 font-semibold">
                  {/* Keyed by the tick, so a record read later ticks a box the admin left alone. */}
                  <input
                    key={ticked.has(step.id) ? 'ticked' : 'open'}
                    type="checkbox"
                    className="mt-1"
                    defaultChecked={ticked.has(step.id)}
                  />
                  <span>
                    {number}. {step.title}
                  </span>
                </label>
                {step.commands.length > 0 && (
                  <pre className="mt-2 whitespace-pre-wrap break-all rounded bg-slate-900 px-3 py-2 text-sm text-slate-50 print:bg-slate-100 print:text-black">
                    <code>{step.commands.join('\n')}</code>
                  </pre>
                )}
                <dl className="mt-2 grid gap-x-3 text-sm sm:grid-cols-[8rem_1fr] print:grid-cols-[8rem_1fr]">
                  <dt className="font-medium">Expect</dt>
                  <dd>{step.expect}</dd>
                  <dt className="font-medium">Verify</dt>
                  <dd>{step.verify}</dd>
                  <dt className="font-medium">If it fails</dt>
                  <dd>{step.onFailure}</dd>
                  <dt className="hidden font-medium print:block">Why</dt>
                  <dd className="hidden print:block">{step.why}</dd>
                </dl>
                <div className="no-print">
                  <Why>{step.why}</Why>
                </div>
              </li>
            ))}
          </ol>
          <p className="mt-3 hidden print:block">
            Signed off ({ownerTitles[group.owner]}): ______________________ Date/time: ______________
          </p>
        </section>
      ))}
    </div>
  );
}
