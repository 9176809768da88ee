/**
 * The course on the Training page: its levels, each lesson with its summary and whether the trainee has
 * finished it, and a button to start it. The trainee may take the lessons in any order.
 */
import { course } from '../../../sim/course/course';
import type { Lesson } from '../../../sim/course/course-schema';
import { smallButton } from '../../ui/buttons';

export function CourseView({ finished, onStart }: { finished: string[]; onStart(lesson: Lesson): void }) {
  const total = course.reduce((n, level) => n + level.lessons.length, 0);
  const done = course.flatMap((l) => l.lessons).filter((l) => finished.includes(l.id)).length;
  return (
    <section aria-labelledby="course-heading" className="mt-4">
      <h2 id="course-heading" className="text-xl font-semibold">
        Course
      </h2>
      <p className="text-sm text-slate-700">
        <label>
          Your progress: {done} of {total} lessons finished{' '}
          <progress className="align-middle" max={total} value={done} />
        </label>
      </p>
      {course.map((level) => (
        <section key={level.id} aria-labelledby={`level-${level.id}`} className="mt-3">
          <h3 id={`level-${level.id}`} className="font-semibold">
            {level.title}
          </h3>
          <ol className="mt-1 grid gap-2 md:grid-cols-3">
            {level.lessons.map((lesson) => {
              const isDone = finished.includes(lesson.id);
              return (
                <li key={lesson.id} className="rounded border border-slate-200 bg-white p-3">
                  <h4 className="font-semibold">
                    {lesson.title}
                    {isDone && <span className="ml-1 text-green-700"> ✓ finished</span>}
                  </h4>
                  <p className="text-sm text-slate-700">{lesson.summary}</p>
                  <p className="text-xs text-slate-600">{lesson.steps.length} steps</p>
                  <button
                    type="button"
                    className={`${smallButton} mt-2`}
                    aria-label={`${isDone ? 'Take again' : 'Start lesson'}: ${lesson.title}`}
                    onClick={() => onStart(lesson)}
                  >
                    {isDone ? 'Take again' : 'Start lesson'}
                  </button>
                </li>
              );
            })}
          </ol>
        </section>
      ))}
    </section>
  );
}
