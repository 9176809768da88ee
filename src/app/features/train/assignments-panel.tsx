/**
 * The trainee's assignments on /train (from their instructor's cohorts): each with its due date and
 * whether it is practice or a timed exam, and a button per scenario to start it. An exam scenario
 * already started cannot be started again (the server holds to one attempt).
 */
import { useEffect, useState } from 'react';
import { type TraineeAssignment, traineeAssignments } from '../../sim-client/training-api';
import { smallButton } from '../../ui/buttons';

export function AssignmentsPanel({
  trainee,
  onStart,
}: {
  trainee: string;
  onStart(assignment: TraineeAssignment, scenarioId: string): void;
}) {
  const [assignments, setAssignments] = useState<TraineeAssignment[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    traineeAssignments(trainee)
      .then(setAssignments)
      .catch((err: Error) => setError(err.message));
  }, [trainee]);
  if (error) return <p className="mt-4 text-sm text-red-700">{error}</p>;
  if (!assignments || assignments.length === 0) return null;
  return (
    <section aria-labelledby="assignments-heading" className="mt-4">
      <h2 id="assignments-heading" className="text-xl font-semibold">
        Your assignments
      </h2>
      <ul className="mt-2 grid gap-2 md:grid-cols-2">
        {assignments.map((a) => (
          <li key={a.id} className="rounded border border-slate-200 bg-white p-3">
            <h3 className="font-semibold">
              {a.title} <span className="text-sm font-normal text-slate-600">({a.cohortName})</span>
            </h3>
            <p className="text-sm">
              {a.mode === 'exam' ? `Exam, ${a.timeLimitMinutes} minutes, one attempt` : 'Practice'} · due{' '}
              <time dateTime={a.dueAt}>{new Date(a.dueAt).toLocaleString()}</time>
            </p>
            <ul className="mt-2 flex flex-wrap gap-2">
              {a.scenarios.map((s) => (
                <li key={s.id}>
                  <button
                    type="button"
                    className={smallButton}
                    disabled={s.examTaken}
                    onClick={() => onStart(a, s.id)}
                  >
                    {a.mode === 'exam'
                      ? s.examTaken
                        ? `Exam taken: ${s.title}`
                        : `Take the exam: ${s.title}`
                      : `Practise: ${s.title}`}
                  </button>
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </section>
  );
}
