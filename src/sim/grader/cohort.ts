/**
 * A class as the instructor runs it: cohorts of trainees, the scenario sets assigned to them with a due
 * date (practice, or a timed exam), and the trainee x scenario progress grid. Shared by the server that
 * keeps them and the pages that show them.
 */

export type AssignmentMode = 'practice' | 'exam';

export interface Assignment {
  id: number;
  cohortId: number;
  title: string;
  scenarioIds: string[];
  /** ISO 8601. */
  dueAt: string;
  mode: AssignmentMode;
  /** An exam's time limit; null for practice. */
  timeLimitMinutes: number | null;
  createdAt: string;
}

export interface Cohort {
  id: number;
  name: string;
  /** Trainee names (with accounts, user names), sorted. */
  members: string[];
  assignments: Assignment[];
}

/** One column of the grid: a scenario of an assignment. */
export interface ProgressColumn {
  assignmentId: number;
  assignmentTitle: string;
  mode: AssignmentMode;
  dueAt: string;
  scenarioId: string;
  scenarioTitle: string;
}

/** One trainee on one column: their attempts at it, and the best one's figures. */
export interface ProgressCell {
  attempts: number;
  /** The best attempt (highest score, the earliest of equals); null with no attempt. */
  bestAttemptId: number | null;
  bestScore: number | null;
  passed: boolean;
  /** Real time the best attempt took; null with no attempt or an attempt from before times were kept. */
  durationSeconds: number | null;
  hintsUsed: number | null;
  /** The best attempt was kept after the due date. */
  late: boolean;
}

export interface ProgressGrid {
  cohortId: number;
  cohortName: string;
  columns: ProgressColumn[];
  rows: { trainee: string; cells: ProgressCell[] }[];
}

/** An assignment as a trainee of its cohort sees it on /train. */
export interface TraineeAssignment extends Assignment {
  cohortName: string;
  scenarios: { id: string; title: string; examTaken: boolean }[];
}
