/**
 * Whether a trainee may open a training session for an assignment, checked by the session sockets at
 * `open`: the assignment exists, the trainee is in its cohort, the scenario is one of its set; an exam
 * opens once per trainee and scenario (the start is recorded here, before the session is built).
 */
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
