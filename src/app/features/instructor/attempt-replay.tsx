/**
 * Replays an attempt's transcript command by command (or all at once), beside its grade, so the
 * instructor sees what the trainee typed and what the host answered.
 */
import { useState } from 'react';
import { GradeReport } from '../../sim-client/grade-report';
import type { Attempt } from '../../sim-client/training-api';
import { TranscriptLog } from '../../sim-client/transcript-log';
import { smallButton } from '../../ui/buttons';

export function AttemptReplay({ attempt }: { attempt: Attempt }) {
  const [shown, setShown] = useState(0);
  const total = attempt.transcript.length;
  return (
    <section aria-label={`Replay of attempt ${attempt.id}`} className="mt-6 grid gap-4 lg:grid-cols-2">
      <div>
        <h2 className="text-xl font-semibold">
          Attempt {attempt.id}: {attempt.trainee}, {attempt.scenarioTitle}
        </h2>
        <p className="text-sm text-slate-600">
          Command {shown} of {total}
        </p>
        <div className="my-2 flex gap-2">
          <button type="button" className={smallButton} disabled={shown === 0} onClick={() => setShown(0)}>
            From the start
          </button>
          <button
            type="button"
            className={smallButton}
            disabled={shown === total}
            onClick={() => setShown((n) => Math.min(total, n + 1))}
          >
            Next command
          </button>
          <button
            type="button"
            className={smallButton}
            disabled={shown === total}
            onClick={() => setShown(total)}
          >
            Show all
          </button>
        </div>
        <TranscriptLog transcript={attempt.transcript.slice(0, shown)} label="Replayed transcript" />
      </div>
      <GradeReport grade={attempt.grade} heading={`Grade of attempt ${attempt.id}`} />
    </section>
  );
}
