/**
 * Train: a trainee names themselves (with accounts, the signed-in user is the trainee), picks a scenario with a goal, works on the simulated host (hints on
 * request), then has the attempt graded: the score and what to learn from each miss. Their own earlier
 * attempts are listed; the instructor sees everyone's.
 */
import { useCallback, useEffect, useState } from 'react';
import { Link } from 'react-router';
import type { ScenarioInfo, WorldSource } from '../../../sim/worker/protocol';
import { Consoles } from '../../sim-client/consoles';
import { GradeReport } from '../../sim-client/grade-report';
import { PicturePanel } from '../../sim-client/picture-panel';
import {
  type AttemptSummary,
  listScenarios,
  type TraineeAssignment,
  traineeAttempts,
} from '../../sim-client/training-api';
import { TranscriptLog } from '../../sim-client/transcript-log';
import { useSimSession } from '../../sim-client/use-sim-session';
import { WhereNotice } from '../../sim-client/where-notice';
import { useAuth } from '../../store/auth';
import { primaryButton, secondaryButton, smallButton } from '../../ui/buttons';
import type { Lesson } from '../../../sim/course/course-schema';
import { AssignmentsPanel } from './assignments-panel';
import { AttemptsList } from './attempts-list';
import { finishedLessons, markLessonFinished } from './course-progress';
import { CourseView } from './course-view';
import { ExamView } from './exam-view';
import { LessonSteps } from './lesson-steps';
import { ScenarioFile } from './scenario-file';
import { TrainingClock } from './training-clock';

const nameKey = 'vgcopy.trainee';

export function TrainPage() {
  const signedIn = useAuth((s) => (s.accountsRequired ? s.user?.username : undefined));
  return <Training key={signedIn ?? ''} signedIn={signedIn} />;
}

/** The page for one trainee: `signedIn` is the account's user name, or undefined when trainees name themselves. */
function Training({ signedIn }: { signedIn: string | undefined }) {
  const { view, connection, send } = useSimSession();
  const [trainee, setTrainee] = useState(() => signedIn ?? localStorage.getItem(nameKey) ?? '');
  const [named, setNamed] = useState(() => Boolean(signedIn ?? localStorage.getItem(nameKey)));
  const [scenarios, setScenarios] = useState<ScenarioInfo[]>([]);
  const [attempts, setAttempts] = useState<AttemptSummary[] | null>(null);
  const [attemptsError, setAttemptsError] = useState<string | null>(null);

  useEffect(() => {
    if (connection) listScenarios(connection).then(setScenarios);
  }, [connection]);

  const refreshAttempts = useCallback(() => {
    if (!named || connection?.where !== 'backend') return;
    traineeAttempts(trainee)
      .then((list) => {
        setAttempts(list);
        setAttemptsError(null);
      })
      .catch((err: Error) => setAttemptsError(err.message));
  }, [named, trainee, connection]);
  useEffect(refreshAttempts, [refreshAttempts]);
  useEffect(() => {
    if (view.grade) refreshAttempts();
  }, [view.grade, refreshAttempts]);

  /** The exam under way (its assignment), shown in the exam view; null for practice and free training. */
  const [exam, setExam] = useState<TraineeAssignment | null>(null);
  const [lesson, setLesson] = useState<Lesson | null>(null);
  const [finished, setFinished] = useState<string[]>([]);
  useEffect(() => setFinished(named ? finishedLessons(trainee) : []), [named, trainee]);
  const lessonFinished = useCallback(() => {
    if (!lesson) return;
    markLessonFinished(trainee, lesson.id);
    setFinished(finishedLessons(trainee));
  }, [lesson, trainee]);

  const open = (
    source: WorldSource,
    of: Lesson | null = null,
    assignment: TraineeAssignment | null = null,
  ) => {
    setLesson(of);
    setExam(assignment?.mode === 'exam' ? assignment : null);
    send({
      type: 'open',
      source,
      mode: 'train',
      trainee,
      timeMoves: true,
      ...(assignment && { assignmentId: assignment.id }),
    });
  };
  const start = (id: string) => open({ kind: 'scenario', id });
  const startAssignment = (assignment: TraineeAssignment, id: string) =>
    open({ kind: 'scenario', id }, null, assignment);
  // A lesson in a world of the course's own opens it as an uploaded scenario.
  const startLesson = (l: Lesson) =>
    open(
      'builtIn' in l.scenario
        ? { kind: 'scenario', id: l.scenario.builtIn }
        : { kind: 'upload', text: JSON.stringify(l.scenario.own) },
      l,
    );

  return (
    <main id="main-content" tabIndex={-1} className="mx-auto max-w-7xl p-6 text-slate-900">
      <header className="flex items-center justify-between">
        <h1 className="text-2xl font-semibold">Training</h1>
        <Link to="/" className="text-brand-700 underline">
          vgcopy home
        </Link>
      </header>
      <WhereNotice where={connection?.where ?? null} />
      {signedIn ? (
        <p className="mt-2 text-sm">
          Training as <strong>{signedIn}</strong>.
        </p>
      ) : !named ? (
        <form
          className="mt-4 flex items-end gap-2"
          onSubmit={(e) => {
            e.preventDefault();
            if (!trainee.trim()) return;
            localStorage.setItem(nameKey, trainee.trim());
            setTrainee(trainee.trim());
            setNamed(true);
          }}
        >
          <label className="flex flex-col text-sm">
            Your name
            <input
              className="rounded border border-slate-300 px-2 py-1"
              value={trainee}
              maxLength={60}
              onChange={(e) => setTrainee(e.target.value)}
            />
          </label>
          <button type="submit" className={primaryButton} disabled={!trainee.trim()}>
            Start training
          </button>
        </form>
      ) : (
        <p className="mt-2 text-sm">
          Training as <strong>{trainee}</strong>.{' '}
          <button type="button" className="text-brand-700 underline" onClick={() => setNamed(false)}>
            Not you?
          </button>
        </p>
      )}
      {named && !view.sessionId && connection?.where === 'backend' && (
        <AssignmentsPanel trainee={trainee} onStart={startAssignment} />
      )}
      {named && !view.sessionId && <CourseView finished={finished} onStart={startLesson} />}
      {named && !view.sessionId && (
        <section aria-labelledby="scenarios-heading" className="mt-4">
          <h2 id="scenarios-heading" className="text-xl font-semibold">
            Scenarios
          </h2>
          <ul className="mt-2 grid gap-2 md:grid-cols-2">
            {scenarios.map((s) => (
              <li key={s.id} className="rounded border border-slate-200 bg-white p-3">
                <h3 className="font-semibold">{s.title}</h3>
                <p className="text-sm text-slate-700">{s.goal}</p>
                <button
                  type="button"
                  className={`${smallButton} mt-2`}
                  aria-label={`Start: ${s.title}`}
                  onClick={() => start(s.id)}
                >
                  Start
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
      {named && !view.sessionId && <ScenarioFile onLoad={(text, l) => open({ kind: 'upload', text }, l)} />}
      {view.error && (
        <p role="alert" className="mt-2 text-sm text-red-700">
          {view.error}
        </p>
      )}
      {exam && connection && <ExamView connection={connection} view={view} send={send} title={exam.title} />}
      {!exam && connection && view.sessionId && view.scenario && (
        <div className="mt-4 grid gap-4 xl:grid-cols-2">
          <div className="flex flex-col gap-3">
            {!lesson && (
              <section
                aria-labelledby="goal-heading"
                className="rounded border border-brand-600 bg-white p-3"
              >
                <h2 id="goal-heading" className="font-semibold">
                  {view.scenario.title}
                </h2>
                <p className="mt-1">Goal: {view.scenario.goal}</p>
                {/* Hints come when asked for, and by themselves when the world calls for one: read out as they come. */}
                <ol className="mt-2 list-decimal pl-5 text-sm" aria-live="polite" aria-label="Hints">
                  {view.hints.map((h) => (
                    <li key={h}>{h}</li>
                  ))}
                </ol>
                <div className="mt-2 flex gap-2">
                  <button
                    type="button"
                    className={smallButton}
                    disabled={view.hintsRemaining === 0 || view.grade !== null}
                    onClick={() => send({ type: 'hint' })}
                  >
                    Show a hint ({view.hintsRemaining ?? 0} left)
                  </button>
                  {view.grade ? (
                    <button
                      type="button"
                      className={primaryButton}
                      onClick={() => start(view.scenario?.id ?? '')}
                    >
                      Try again
                    </button>
                  ) : (
                    <button type="button" className={primaryButton} onClick={() => send({ type: 'submit' })}>
                      Finish and grade
                    </button>
                  )}
                </div>
              </section>
            )}
            {view.speed !== null && view.picture && (
              <TrainingClock
                now={view.picture.time}
                speed={view.speed}
                stopped={view.grade !== null}
                send={send}
              />
            )}
            {view.grade && (
              <GradeReport
                grade={view.grade}
                heading={view.attemptId ? `Your result (attempt ${view.attemptId})` : 'Your result'}
              />
            )}
            <Consoles key={view.sessionId} connection={connection} view={view} send={send} />
            <TranscriptLog transcript={view.transcript} label="Session transcript" />
          </div>
          <div className="flex flex-col gap-3">
            {lesson && (
              <LessonSteps key={view.sessionId} lesson={lesson} view={view} onFinished={lessonFinished} />
            )}
            {view.picture && (
              <PicturePanel picture={view.picture} before={view.before} changed={view.changed} />
            )}
          </div>
        </div>
      )}
      {named && connection?.where === 'backend' && (
        <AttemptsList attempts={attempts} error={attemptsError} heading="Your attempts" />
      )}
      {named && connection?.where === 'in-page' && (
        <p className="mt-4 text-sm text-slate-600">
          Attempts are graded here but not kept: the vgcopy server, which keeps them, cannot be reached.
        </p>
      )}
      {view.sessionId && (
        <button type="button" className={`${secondaryButton} mt-4`} onClick={() => window.location.reload()}>
          Back to the scenarios
        </button>
      )}
    </main>
  );
}
