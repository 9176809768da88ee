/**
 * Cohorts, their members and assignments, and the exams trainees opened, in SQLite (migration 8 of
 * ../db.ts). Trainees are names: with accounts, user names; without, the names trainees give on /train.
 */
import type { AttemptSummary } from '../../sim/grader/attempt';
import type { Assignment, AssignmentMode, Cohort, TraineeAssignment } from '../../sim/grader/cohort';
import type { Db } from '../db';
import { type Row as AttemptRow, summaryColumns, summaryOf } from './attempts-repository';

interface AssignmentRow {
  id: number;
  cohort_id: number;
  title: string;
  scenario_ids: string;
  due_at: string;
  mode: AssignmentMode;
  time_limit_minutes: number | null;
  created_at: string;
}

function assignmentOf(row: AssignmentRow): Assignment {
  return {
    id: row.id,
    cohortId: row.cohort_id,
    title: row.title,
    scenarioIds: JSON.parse(row.scenario_ids) as string[],
    dueAt: row.due_at,
    mode: row.mode,
    timeLimitMinutes: row.time_limit_minutes,
    createdAt: row.created_at,
  };
}

export interface NewAssignment {
  title: string;
  scenarioIds: string[];
  dueAt: string;
  mode: AssignmentMode;
  timeLimitMinutes: number | null;
}

export class ClassesRepository {
  constructor(private readonly db: Db) {}

  /** A new cohort with its members, or null when a cohort of that name (in any case) exists. */
  createCohort(name: string, members: readonly string[]): number | null {
    return this.db.transaction(() => {
      const taken = this.db.prepare('SELECT 1 FROM cohorts WHERE name = ?').get(name);
      if (taken) return null;
      const id = Number(
        this.db
          .prepare('INSERT INTO cohorts (name, created_at) VALUES (?, ?)')
          .run(name, new Date().toISOString()).lastInsertRowid,
      );
      for (const trainee of members) this.addMember(id, trainee);
      return id;
    })();
  }

  cohorts(): Cohort[] {
    const rows = this.db.prepare('SELECT id, name FROM cohorts ORDER BY name').all() as {
      id: number;
      name: string;
    }[];
    return rows.map((row) => this.filled(row));
  }

  cohort(id: number): Cohort | undefined {
    const row = this.db.prepare('SELECT id, name FROM cohorts WHERE id = ?').get(id) as
      | { id: number; name: string }
      | undefined;
    return row && this.filled(row);
  }

  private filled({ id, name }: { id: number; name: string }): Cohort {
    const members = this.db
      .prepare('SELECT trainee FROM cohort_members WHERE cohort_id = ? ORDER BY trainee')
      .pluck()
      .all(id) as string[];
    const assignments = (
      this.db
        .prepare('SELECT * FROM assignments WHERE cohort_id = ? ORDER BY due_at, id')
        .all(id) as AssignmentRow[]
    ).map(assignmentOf);
    return { id, name, members, assignments };
  }

  /** Adds a trainee (nothing happens when they are a member already). */
  addMember(cohortId: number, trainee: string): void {
    this.db
      .prepare('INSERT OR IGNORE INTO cohort_members (cohort_id, trainee) VALUES (?, ?)')
      .run(cohortId, trainee);
  }

  /** Takes a trainee out of the cohort (their attempts stay); false when they were not in it. */
  removeMember(cohortId: number, trainee: string): boolean {
    return (
      this.db.prepare('DELETE FROM cohort_members WHERE cohort_id = ? AND trainee = ?').run(cohortId, trainee)
        .changes > 0
    );
  }

  addAssignment(cohortId: number, assignment: NewAssignment): number {
    return Number(
      this.db
        .prepare(
          `INSERT INTO assignments (cohort_id, title, scenario_ids, due_at, mode, time_limit_minutes, created_at)
           VALUES (?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(
          cohortId,
          assignment.title,
          JSON.stringify(assignment.scenarioIds),
          assignment.dueAt,
          assignment.mode,
          assignment.timeLimitMinutes,
          new Date().toISOString(),
        ).lastInsertRowid,
    );
  }

  assignment(id: number): Assignment | undefined {
    const row = this.db.prepare('SELECT * FROM assignments WHERE id = ?').get(id) as
      | AssignmentRow
      | undefined;
    return row && assignmentOf(row);
  }

  isMember(cohortId: number, trainee: string): boolean {
    return Boolean(
      this.db
        .prepare('SELECT 1 FROM cohort_members WHERE cohort_id = ? AND trainee = ?')
        .get(cohortId, trainee),
    );
  }

  /** Every attempt of the cohort's members at the cohort's scenarios. */
  attemptsOf(cohort: Cohort): AttemptSummary[] {
    const scenarios = [...new Set(cohort.assignments.flatMap((a) => a.scenarioIds))];
    if (cohort.members.length === 0 || scenarios.length === 0) return [];
    const rows = this.db
      .prepare(
        `SELECT ${summaryColumns} FROM attempts
         WHERE trainee IN (SELECT value FROM json_each(?)) AND scenario_id IN (SELECT value FROM json_each(?))
         ORDER BY id`,
      )
      .all(JSON.stringify(cohort.members), JSON.stringify(scenarios)) as AttemptRow[];
    return rows.map(summaryOf);
  }

  /**
   * Starts a trainee over on a cohort's work: their attempts at its scenarios and the exams they opened
   * for its assignments are removed (so an exam can be taken again). Returns how many attempts went.
   */
  resetTrainee(cohort: Cohort, trainee: string): number {
    const scenarios = JSON.stringify([...new Set(cohort.assignments.flatMap((a) => a.scenarioIds))]);
    return this.db.transaction(() => {
      this.db
        .prepare(
          `DELETE FROM exam_starts WHERE trainee = ?
           AND assignment_id IN (SELECT id FROM assignments WHERE cohort_id = ?)`,
        )
        .run(trainee, cohort.id);
      return this.db
        .prepare('DELETE FROM attempts WHERE trainee = ? AND scenario_id IN (SELECT value FROM json_each(?))')
        .run(trainee, scenarios).changes;
    })();
  }

  /**
   * Records that a trainee opened an exam's scenario: true the first time, false when they already had
   * (one attempt per trainee and scenario, even one whose session ended before it was graded).
   */
  startExam(assignmentId: number, trainee: string, scenarioId: string): boolean {
    return (
      this.db
        .prepare(
          'INSERT OR IGNORE INTO exam_starts (assignment_id, trainee, scenario_id, started_at) VALUES (?, ?, ?, ?)',
        )
        .run(assignmentId, trainee, scenarioId, new Date().toISOString()).changes > 0
    );
  }

  /** The assignments of every cohort the trainee is in, soonest due first. */
  assignmentsFor(trainee: string, titles: ReadonlyMap<string, string>): TraineeAssignment[] {
    const rows = this.db
      .prepare(
        `SELECT a.*, c.name AS cohort_name FROM assignments a
         JOIN cohorts c ON c.id = a.cohort_id
         JOIN cohort_members m ON m.cohort_id = a.cohort_id AND m.trainee = ?
         ORDER BY a.due_at, a.id`,
      )
      .all(trainee) as (AssignmentRow & { cohort_name: string })[];
    const taken = this.db.prepare(
      'SELECT 1 FROM exam_starts WHERE assignment_id = ? AND trainee = ? AND scenario_id = ?',
    );
    return rows.map((row) => {
      const assignment = assignmentOf(row);
      return {
        ...assignment,
        cohortName: row.cohort_name,
        scenarios: assignment.scenarioIds.map((id) => ({
          id,
          title: titles.get(id) ?? id,
          examTaken: assignment.mode === 'exam' && Boolean(taken.get(assignment.id, trainee, id)),
        })),
      };
    });
  }
}
