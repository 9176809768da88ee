/** A trainee's own attempts: scenario, score, passed, when. */
import { AttemptsTable } from '../../sim-client/attempts-table';
import type { AttemptSummary } from '../../sim-client/training-api';

export function AttemptsList({
  attempts,
  error,
  heading,
}: {
  attempts: AttemptSummary[] | null;
  error: string | null;
  heading: string;
}) {
  return (
    <section aria-labelledby="attempts-heading" className="mt-6">
      <h2 id="attempts-heading" className="text-xl font-semibold">
        {heading}
      </h2>
      {error && (
        <p role="alert" className="text-sm text-red-700">
          {error}
        </p>
      )}
      {attempts && <AttemptsTable attempts={attempts} caption={heading} />}
    </section>
  );
}
