/** A graded attempt: the score, and each check with what happened and, for a miss, what to learn. */
import type { Grade } from '../../sim/grader/grade';

const kindNames = { goal: 'Goal', trap: 'Trap', risky: 'Risky step' } as const;

export function GradeReport({ grade, heading }: { grade: Grade; heading: string }) {
  return (
    <section aria-label={heading} className="rounded border border-slate-200 bg-white p-3">
      <h3 className="font-semibold">{heading}</h3>
      <p className={`mt-1 text-lg ${grade.passed ? 'text-green-800' : 'text-red-800'}`}>
        Score {grade.score}/100 · {grade.passed ? 'passed' : 'not passed'}
      </p>
      <ul className="mt-2 flex flex-col gap-2">
        {grade.checks.map((c) => (
          <li
            key={c.id}
            className={`rounded border-l-4 p-2 text-sm ${c.passed ? 'border-green-600' : 'border-red-600'}`}
          >
            <p>
              <span className="font-semibold">{c.passed ? '✓' : '✗'} </span>
              <span className="text-slate-500">{kindNames[c.kind]}:</span> {c.title}{' '}
              <span className="text-slate-500">
                ({c.earned}/{c.points})
              </span>
            </p>
            <p className="text-slate-700">{c.detail}</p>
            {!c.passed && <p className="mt-1 text-slate-900">To learn: {c.lesson}</p>}
          </li>
        ))}
      </ul>
    </section>
  );
}
