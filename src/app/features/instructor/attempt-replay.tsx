/**
 * Replays an attempt's transcript command by command (or all at once), beside its grade and the world's
 * picture after the command shown (rebuilt by the server), so the instructor sees what the trainee typed,
 * what the host answered and what it did to the world.
 */
import { useState } from 'react';
import { changedPaths } from '../../../sim/worker/picture-diff';
import type { WorldPicture } from '../../../sim/worker/protocol';
import { GradeReport } from '../../sim-client/grade-report';
import { PicturePanel } from '../../sim-client/picture-panel';
import type { Attempt } from '../../sim-client/training-api';
import { TranscriptLog } from '../../sim-client/transcript-log';
import { smallButton } from '../../ui/buttons';

export function AttemptReplay({ attempt, pictures }: { attempt: Attempt; pictures: WorldPicture[] }) {
  const [shown, setShown] = useState(0);
  const total = attempt.transcript.length;
  // pictures[0] is the world before the first command; pictures[n] the world after command n.
  const picture = pictures[shown];
  const before = shown > 0 ? pictures[shown - 1] : null;
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
      <div className="flex flex-col gap-3">
        <GradeReport grade={attempt.grade} heading={`Grade of attempt ${attempt.id}`} />
        {picture && (
          <PicturePanel
            picture={picture}
            before={before}
            changed={before ? changedPaths(before, picture) : []}
          />
        )}
      </div>
    </section>
  );
}
