/** Review & export: what is still missing on each page before the script can be written. */
import { Link } from 'react-router';
import { missingAnswers, wizardSteps } from '../../../core/flow';
import type { StepPageProps } from '../../layout/step-page';
import { useRunbook } from '../../store/use-runbook';

export function ReviewPage({ runbookId }: StepPageProps) {
  const { runbook } = useRunbook(runbookId);
  const open = wizardSteps
    .map((s) => ({ step: s, missing: missingAnswers(s.id, runbook.facts, runbook.name) }))
    .filter((x) => x.missing.length > 0);
  return (
    <section className="mt-4">
      <h2 className="text-lg font-semibold">Still to answer</h2>
      {open.length === 0 ? (
        <p className="mt-2">Every page is answered.</p>
      ) : (
        <ul className="mt-2 list-disc pl-6">
          {open.map(({ step, missing }) => (
            <li key={step.id}>
              <Link className="text-brand-700 underline" to={`/runbooks/${runbookId}/${step.id}`}>
                {step.title}
              </Link>
              : {missing.join(', ')}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
