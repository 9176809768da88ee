/**
 * A lesson's steps beside the terminal: the current step's text, what its check looks at, and its
 * question; the checks run after each command (and on an answer), and each passed step shows its "why".
 * A live region tells screen-reader users when a step passes, without taking the focus from the terminal.
 */
import { useEffect, useState } from 'react';
import type { Lesson } from '../../../sim/course/course-schema';
import { stepsPassed } from '../../../sim/course/progress';
import { describeCheck, type StepContext } from '../../../sim/course/step-check';
import type { SessionView } from '../../sim-client/session-view';
import { smallButton } from '../../ui/buttons';
import { Markdown } from '../../ui/markdown';

export interface LessonStepsProps {
  lesson: Lesson;
  view: SessionView;
  onFinished(): void;
}

export function LessonSteps({ lesson, view, onFinished }: LessonStepsProps) {
  const [passed, setPassed] = useState(0);
  const [answer, setAnswer] = useState('');
  /** The answer given to the current step's question (checked with the step's other checks). */
  const [given, setGiven] = useState('');
  const [feedback, setFeedback] = useState('');
  const [announced, setAnnounced] = useState('');
  const { picture, transcript } = view;

  const context = (a: string): StepContext | null =>
    picture ? { picture, commands: transcript, answer: a } : null;

  // After each command (a new transcript entry or picture) and each answer, the current step's checks run.
  useEffect(() => {
    if (!picture) return;
    const now = stepsPassed(lesson, { picture, commands: transcript, answer: given }, passed);
    if (now === passed) return;
    setPassed(now);
    setAnswer('');
    setGiven('');
    setFeedback('');
    setAnnounced(
      now === lesson.steps.length
        ? `Lesson finished: ${lesson.title}.`
        : `Step ${now} passed: ${lesson.steps[now - 1]?.title}.`,
    );
    if (now === lesson.steps.length) onFinished();
  }, [picture, transcript, given, lesson, passed, onFinished]);

  const submitAnswer = () => {
    const ctx = context(answer);
    setGiven(answer);
    if (ctx && stepsPassed(lesson, ctx, passed) === passed)
      setFeedback('Not yet: read the output again (and run the command the step asks for).');
  };

  return (
    <section aria-labelledby="lesson-heading" className="rounded border border-brand-600 bg-white p-3">
      <h2 id="lesson-heading" className="font-semibold">
        Lesson: {lesson.title}
      </h2>
      <p className="text-sm text-slate-700">
        {passed} of {lesson.steps.length} steps passed
      </p>
      <p role="status" className="sr-only">
        {announced}
      </p>
      <ol className="mt-2 flex flex-col gap-2" aria-label="Steps">
        {lesson.steps.map((step, i) => {
          const state = i < passed ? 'passed' : i === passed ? 'current' : 'to come';
          return (
            <li
              key={step.title}
              aria-current={state === 'current' ? 'step' : undefined}
              className={`rounded border p-2 ${state === 'current' ? 'border-brand-600' : 'border-slate-200'}`}
            >
              <h3 className="font-semibold">
                Step {i + 1}: {step.title}{' '}
                <span className={state === 'passed' ? 'text-green-700' : 'text-slate-600'}>
                  ({state === 'passed' ? '✓ passed' : state})
                </span>
              </h3>
              {state !== 'to come' && (
                <div className="text-sm">
                  <Markdown text={step.text} />
                </div>
              )}
              {state === 'passed' && (
                <div className="mt-1 rounded border-l-4 border-green-600 bg-green-50 px-3 py-2 text-sm">
                  <strong>Why: </strong>
                  <Markdown text={step.why} />
                </div>
              )}
              {state === 'current' && (
                <>
                  <p className="mt-1 text-xs text-slate-600">
                    Checked after each command: {step.checks.map(describeCheck).join('; ')}.
                  </p>
                  {step.question && (
                    <form
                      className="mt-2 flex flex-wrap items-end gap-2"
                      onSubmit={(e) => {
                        e.preventDefault();
                        submitAnswer();
                      }}
                    >
                      <label className="flex flex-col text-sm">
                        {step.question}
                        <input
                          className="rounded border border-slate-300 px-2 py-1 font-mono"
                          value={answer}
                          maxLength={100}
                          onChange={(e) => setAnswer(e.target.value)}
                        />
                      </label>
                      <button type="submit" className={smallButton} disabled={!answer.trim()}>
                        Check my answer
                      </button>
                      {feedback && <p className="w-full text-sm text-red-700">{feedback}</p>}
                    </form>
                  )}
                </>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
