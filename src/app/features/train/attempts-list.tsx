/** A trainee's own attempts: scenario, score, passed, when. */
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
      {attempts && attempts.length === 0 && <p className="text-sm text-slate-600">No attempt yet.</p>}
      {attempts && attempts.length > 0 && (
        <table className="mt-2 w-full text-left text-sm">
          <caption className="sr-only">{heading}</caption>
          <thead>
            <tr>
              <th scope="col">Attempt</th>
              <th scope="col">Scenario</th>
              <th scope="col">Score</th>
              <th scope="col">Result</th>
              <th scope="col">Finished</th>
            </tr>
          </thead>
          <tbody>
            {attempts.map((a) => (
              <tr key={a.id} className="border-t border-slate-200">
                <td>{a.id}</td>
                <td>{a.scenarioTitle}</td>
                <td>{a.score}</td>
                <td>{a.passed ? 'passed' : 'not passed'}</td>
                <td>{a.finishedAt}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
