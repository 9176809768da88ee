/**
 * Whether a trainee may open a training session for an assignment, checked by the session sockets at
 * `open`: the assignment exists, the trainee is in its cohort, the scenario is one of its set; an exam
 * opens once per trainee and scenario (the start is recorded here, before the session is built).
 * And whether a session outside the exam would preview an exam's scenario (`examHold`).
 */
import type { ScenarioInfo, WorldSource } from '../../sim/worker/protocol';
import type { Db } from '../db';
import { ClassesRepository } from './classes-repository';

export interface AssignmentOpen {
  trainee: string;
  assignmentId: number;
  /** The built-in scenario asked for; null for another world source (refused). */
  scenarioId: string | null;
}

export type AssignmentAccess = { error: string } | { exam: null } | { exam: { limitSeconds: number } };

export function assignmentAccess(db: Db): (open: AssignmentOpen) => AssignmentAccess {
  const classes = new ClassesRepository(db);
  return ({ trainee, assignmentId, scenarioId }) => {
    const assignment = classes.assignment(assignmentId);
    if (!assignment || !classes.isMember(assignment.cohortId, trainee)) {
      return { error: `You have no assignment ${assignmentId}; see your assignments on the training page.` };
    }
    if (scenarioId === null || !assignment.scenarioIds.includes(scenarioId)) {
      return { error: `That scenario is not part of the assignment "${assignment.title}".` };
    }
    if (assignment.mode === 'practice') return { exam: null };
    if (!classes.startExam(assignment.id, trainee, scenarioId)) {
      return {
        error:
          'You have already started this exam scenario: an exam is one attempt. Ask your instructor to reset it if something went wrong.',
      };
    }
    return { exam: { limitSeconds: (assignment.timeLimitMinutes ?? 0) * 60 } };
  };
}

/** A session opened outside an exam: who opens it and on which world. */
export interface FreeOpen {
  trainee: string;
  source: WorldSource;
}

/**
 * The built-in scenario a world source is, or null: an uploaded file is taken for the built-in one whose
 * name (its id) or title it carries, so a copy of an exam's scenario file is held like the scenario.
 */
function builtInOf(source: WorldSource, scenarios: readonly ScenarioInfo[]): string | null {
  if (source.kind === 'scenario') return source.id;
  if (source.kind !== 'upload') return null;
  let file: unknown;
  try {
    file = JSON.parse(source.text);
  } catch {
    return null;
  }
  const { name, title } = (typeof file === 'object' && file !== null ? file : {}) as Record<string, unknown>;
  return scenarios.find((s) => s.id === name || s.title === title)?.id ?? null;
}

/**
 * Why a trainee may not open this world outside their exam, or null: while an exam of theirs holds the
 * scenario, not yet taken and not yet due, free training, practice or an uploaded copy of it would show
 * its world, hints and storage side before the exam.
 */
export function examHold(
  db: Db,
  scenarios: () => ScenarioInfo[],
  nowMs: () => number = Date.now,
): (open: FreeOpen) => string | null {
  const classes = new ClassesRepository(db);
  return ({ trainee, source }) => {
    const known = scenarios();
    const id = builtInOf(source, known);
    if (id === null) return null;
    const titles = new Map(known.map((s) => [s.id, s.title]));
    const exam = classes
      .assignmentsFor(trainee, titles)
      .find(
        (a) =>
          a.mode === 'exam' &&
          Date.parse(a.dueAt) > nowMs() &&
          a.scenarios.some((s) => s.id === id && !s.examTaken),
      );
    if (!exam) return null;
    const due = `${exam.dueAt.slice(0, 16).replace('T', ' ')} UTC`;
    return `"${titles.get(id) ?? id}" is in your exam ${exam.title} due ${due}: take it from Your assignments.`;
  };
}
