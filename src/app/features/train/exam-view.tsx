/**
 * An exam attempt on /train: the goal, the consoles and the transcript, a countdown to the server's time
 * limit, and the grade. No world panel and no hints: the server sends no picture of the world in an
 * exam and refuses hints (src/server/training/exam-rules.ts), so this view only leaves out what it would
 * not get anyway; at the limit the server grades the attempt as it stands.
 */
import { useEffect, useState } from 'react';
import type { ClientMessageInput, ExamClock } from '../../../sim/worker/protocol';
import type { SimConnection } from '../../sim-client/connection';
import { Consoles } from '../../sim-client/consoles';
import { GradeReport } from '../../sim-client/grade-report';
import type { SessionView } from '../../sim-client/session-view';
import { TranscriptLog } from '../../sim-client/transcript-log';
import { primaryButton } from '../../ui/buttons';
import { countdown, examAnnouncement } from './exam-clock';

/** The exam's clock, from the session's `opened` answer. */
function useExamClock(connection: SimConnection): ExamClock | null {
  const [clock, setClock] = useState<ExamClock | null>(null);
  useEffect(
    () =>
      connection.subscribe((message) => {
        if (message.type === 'opened') setClock(message.exam ?? null);
      }),
    [connection],
  );
  return clock;
}

/** Seconds left until `endsAt`, ticking each second until it is reached. */
function useSecondsLeft(endsAt: string | null): number | null {
  const left = () => (endsAt ? Math.max(0, (Date.parse(endsAt) - Date.now()) / 1000) : null);
  const [seconds, setSeconds] = useState(left);
  useEffect(() => {
    if (!endsAt) return;
    const tick = () => setSeconds(Math.max(0, (Date.parse(endsAt) - Date.now()) / 1000));
    tick();
    const timer = setInterval(tick, 1000);
    return () => clearInterval(timer);
  }, [endsAt]);
  return seconds;
}

export function ExamView({
  connection,
  view,
  send,
  title,
}: {
  connection: SimConnection;
  view: SessionView;
  send(message: ClientMessageInput): void;
  /** The assignment's title. */
  title: string;
}) {
  const clock = useExamClock(connection);
  const secondsLeft = useSecondsLeft(clock?.endsAt ?? null);
  const graded = view.grade !== null;
  // Mounted as the exam is asked for, so the clock in the session's `opened` answer is not missed.
  if (!view.sessionId) return null;
  return (
    <div className="mt-4 flex flex-col gap-3">
      <section aria-labelledby="exam-heading" className="rounded border border-brand-600 bg-white p-3">
        <div className="flex flex-wrap items-center justify-between gap-2">
          <h2 id="exam-heading" className="font-semibold">
            Exam: {title}
            {view.scenario && `, ${view.scenario.title}`}
          </h2>
          {clock && secondsLeft !== null && !graded && (
            // role=timer is a live region that is not read out on its own (the announcements below are).
            <p role="timer" aria-label="Time left" className="font-mono text-lg">
              {countdown(secondsLeft)}
            </p>
          )}
        </div>
        {view.scenario && <p className="mt-1">Goal: {view.scenario.goal}</p>}
        <p className="mt-1 text-sm text-slate-700">
          An exam shows no world panel and gives no hints; it is graded when you finish or when the time is
          up, and it is one attempt.
        </p>
        {/* Changes only at the moments worth saying (exam-clock.ts), so it is not read out every second. */}
        <p aria-live="polite" className="sr-only">
          {clock && secondsLeft !== null && !graded ? examAnnouncement(secondsLeft, clock.limitSeconds) : ''}
        </p>
        {!graded && (
          <button type="button" className={`${primaryButton} mt-2`} onClick={() => send({ type: 'submit' })}>
            Finish and grade
          </button>
        )}
      </section>
      {view.grade && (
        <GradeReport
          grade={view.grade}
          heading={view.attemptId ? `Your exam result (attempt ${view.attemptId})` : 'Your exam result'}
        />
      )}
      <Consoles key={view.sessionId} connection={connection} view={view} send={send} storageButton={false} />
      <TranscriptLog transcript={view.transcript} label="Exam transcript" />
    </div>
  );
}
