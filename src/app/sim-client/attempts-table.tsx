/** A list of training attempts: the trainee's own (train page) or everyone's (instructor page). */
import type { AttemptSummary } from '../../sim/grader/attempt';
import { smallButton } from '../ui/buttons';

export interface AttemptsTableProps {
  attempts: AttemptSummary[];
  /** The table's accessible name. */
  caption: string;
  /** Show who made each attempt (the instructor's list). */
  withTrainee?: boolean;
  /** Offer the replay of each attempt's transcript. */
  onReplay?: (id: number) => void;
}

export function AttemptsTable({ attempts, caption, withTrainee = false, onReplay }: AttemptsTableProps) {
  if (attempts.length === 0) return <p className="text-sm text-slate-600">No attempt yet.</p>;
  return (
    <table className="mt-2 w-full text-left text-sm">
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Attempt</th>
          {withTrainee && <th scope="col">Trainee</th>}
          <th scope="col">Scenario</th>
          <th scope="col">Score</th>
          <th scope="col">Result</th>
          <th scope="col">Finished</th>
          {onReplay && <th scope="col">Transcript</th>}
        </tr>
      </thead>
      <tbody>
        {attempts.map((a) => (
          <tr key={a.id} className="border-t border-slate-200">
            <td>{a.id}</td>
            {withTrainee && <td>{a.trainee}</td>}
            <td>{a.scenarioTitle}</td>
            <td>{a.score}</td>
            <td>{a.passed ? 'passed' : 'not passed'}</td>
            <td>
              {a.keptAt ? (
                <time dateTime={a.keptAt}>{new Date(a.keptAt).toLocaleString()}</time>
              ) : (
                `${a.finishedAt} (simulated time)`
              )}
            </td>
            {onReplay && (
              <td>
                <button
                  type="button"
                  className={smallButton}
                  aria-label={`Replay attempt ${a.id}`}
                  onClick={() => onReplay(a.id)}
                >
                  Replay
                </button>
              </td>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
