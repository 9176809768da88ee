/**
 * The trainee x scenario progress grid of a cohort, from its assignments and the members' attempts: one
 * column per scenario of each assignment, one row per member. An exam counts only the attempts made for
 * it; practice counts every attempt at the scenario that was not made for another assignment.
 */
import type { AttemptSummary } from '../../sim/grader/attempt';
import type { Assignment, Cohort, ProgressCell, ProgressColumn, ProgressGrid } from '../../sim/grader/cohort';

function counts(assignment: Assignment, scenarioId: string, attempt: AttemptSummary): boolean {
  if (attempt.scenarioId !== scenarioId) return false;
  if (assignment.mode === 'exam') return attempt.assignmentId === assignment.id;
  return attempt.assignmentId === undefined || attempt.assignmentId === assignment.id;
}

function cellOf(assignment: Assignment, attempts: AttemptSummary[]): ProgressCell {
  // Highest score first; among equals the earliest (the lowest id).
  const best = [...attempts].sort((a, b) => b.score - a.score || a.id - b.id)[0];
  if (!best) {
    return {
      attempts: 0,
      bestAttemptId: null,
      bestScore: null,
      passed: false,
      durationSeconds: null,
      hintsUsed: null,
      late: false,
    };
  }
  return {
    attempts: attempts.length,
    bestAttemptId: best.id,
    bestScore: best.score,
    passed: best.passed,
    durationSeconds: best.durationSeconds ?? null,
    hintsUsed: best.hintsUsed ?? null,
    late: best.keptAt !== undefined && Date.parse(best.keptAt) > Date.parse(assignment.dueAt),
  };
}

/** The grid of `cohort`; `titles` names the scenarios (an id no longer built in stands as itself). */
export function progressGrid(
  cohort: Cohort,
  titles: ReadonlyMap<string, string>,
  attempts: readonly AttemptSummary[],
): ProgressGrid {
  const pairs = cohort.assignments.flatMap((assignment) =>
    assignment.scenarioIds.map((scenarioId) => ({ assignment, scenarioId })),
  );
  const columns: ProgressColumn[] = pairs.map(({ assignment, scenarioId }) => ({
    assignmentId: assignment.id,
    assignmentTitle: assignment.title,
    mode: assignment.mode,
    dueAt: assignment.dueAt,
    scenarioId,
    scenarioTitle: titles.get(scenarioId) ?? scenarioId,
  }));
  const rows = cohort.members.map((trainee) => {
    const own = attempts.filter((a) => a.trainee === trainee);
    return {
      trainee,
      cells: pairs.map(({ assignment, scenarioId }) =>
        cellOf(
          assignment,
          own.filter((a) => counts(assignment, scenarioId, a)),
        ),
      ),
    };
  });
  return { cohortId: cohort.id, cohortName: cohort.name, columns, rows };
}
