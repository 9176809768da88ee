/**
 * Test driver for the grader: plays lines in a scenario as a trainee would (the play driver's `aix:`,
 * `storage:` and `storage-button` lines) and returns the grade of the submitted attempt.
 */
import type { Grade } from '../grader/grade';
import type { ServerMessage, WorldSource } from '../worker/protocol';
import { actions, play } from '../worker/test-support/play';

/** Plays the lines in the scenario (a built-in name, or another world source) and submits the attempt. */
export async function gradeIn(
  scenario: string | WorldSource,
  lines: string[],
  timeMoves = false,
): Promise<Grade> {
  const source: WorldSource = typeof scenario === 'string' ? { kind: 'scenario', id: scenario } : scenario;
  const played = await play(source, 'train', [...actions(...lines), { type: 'submit' }], { timeMoves });
  const graded = played.messages.find(
    (m): m is Extract<ServerMessage, { type: 'graded' }> => m.type === 'graded',
  );
  if (!graded)
    throw new Error(`no grade: ${JSON.stringify(played.messages.filter((m) => m.type === 'error'))}`);
  return graded.grade;
}

/** The score, the verdict, and the checks missed with what happened and the lesson. */
export const misses = (grade: Grade) => ({
  score: grade.score,
  passed: grade.passed,
  missed: grade.checks.filter((c) => !c.passed).map(({ id, detail, lesson }) => ({ id, detail, lesson })),
});
