/**
 * Finished training attempts in SQLite: the grade and the whole transcript, written in one transaction
 * so a crash (even kill -9) right after the trainee is told "saved" cannot lose the attempt (WAL mode).
 */
import type { Attempt, AttemptSummary } from '../../sim/grader/attempt';
import type { Grade } from '../../sim/grader/grade';
import type { TranscriptEntry } from '../../sim/worker/protocol';
import type { FinishedAttempt } from '../../sim/worker/sim-session';
import type { Db } from '../db';

/** An attempts row as SQLite gives it (the JSON columns only when asked for). */
export interface Row {
  id: number;
  trainee: string;
  scenario_id: string;
  scenario_title: string;
  started_at: string;
  finished_at: string;
  kept_at: string | null;
  real_started_at: string | null;
  duration_seconds: number | null;
  hints_used: number | null;
  assignment_id: number | null;
  score: number;
  passed: number;
  grade_json?: string;
  transcript_json?: string;
}

/** The columns of an AttemptSummary, for every query that lists attempts. */
export const summaryColumns =
  'id, trainee, scenario_id, scenario_title, started_at, finished_at, kept_at, real_started_at, ' +
  'duration_seconds, hints_used, assignment_id, score, passed';

/** A row of `summaryColumns` as the pages show it; columns older rows lack are left out. */
export function summaryOf(row: Row): AttemptSummary {
  return {
    id: row.id,
    trainee: row.trainee,
    scenarioId: row.scenario_id,
    scenarioTitle: row.scenario_title,
    startedAt: row.started_at,
    finishedAt: row.finished_at,
    ...(row.kept_at ? { keptAt: row.kept_at } : {}),
    ...(row.real_started_at ? { realStartedAt: row.real_started_at } : {}),
    ...(row.duration_seconds !== null ? { durationSeconds: row.duration_seconds } : {}),
    ...(row.hints_used !== null ? { hintsUsed: row.hints_used } : {}),
    ...(row.assignment_id !== null ? { assignmentId: row.assignment_id } : {}),
    score: row.score,
    passed: row.passed === 1,
  };
}

export class AttemptsRepository {
  constructor(private readonly db: Db) {}

  /** Stores a finished attempt and returns its id. */
  save(attempt: FinishedAttempt): number {
    const insert = this.db.prepare(
      `INSERT INTO attempts (trainee, scenario_id, scenario_title, started_at, finished_at, kept_at,
         real_started_at, duration_seconds, hints_used, assignment_id, score, passed, grade_json,
         transcript_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    // The server's clock: when the attempt happened (finishedAt is the simulated host's time).
    const keptAt = new Date();
    const started = attempt.realStartedAt ? Date.parse(attempt.realStartedAt) : Number.NaN;
    const duration = Number.isNaN(started)
      ? null
      : Math.max(0, Math.round((keptAt.getTime() - started) / 1000));
    return this.db.transaction(() =>
      Number(
        insert.run(
          attempt.trainee,
          attempt.scenarioId,
          attempt.scenarioTitle,
          attempt.startedAt,
          attempt.finishedAt,
          keptAt.toISOString(),
          attempt.realStartedAt ?? null,
          duration,
          attempt.hintsUsed,
          attempt.assignmentId ?? null,
          attempt.grade.score,
          attempt.grade.passed ? 1 : 0,
          JSON.stringify(attempt.grade),
          JSON.stringify(attempt.transcript),
        ).lastInsertRowid,
      ),
    )();
  }

  /** A trainee's own attempts, newest first. */
  listForTrainee(trainee: string): AttemptSummary[] {
    const rows = this.db
      .prepare(`SELECT ${summaryColumns} FROM attempts WHERE trainee = ? ORDER BY id DESC`)
      .all(trainee) as Row[];
    return rows.map(summaryOf);
  }

  /** Every trainee's attempts, newest first (instructor only). */
  listAll(): AttemptSummary[] {
    const rows = this.db.prepare(`SELECT ${summaryColumns} FROM attempts ORDER BY id DESC`).all() as Row[];
    return rows.map(summaryOf);
  }

  get(id: number): Attempt | undefined {
    const row = this.db.prepare('SELECT * FROM attempts WHERE id = ?').get(id) as Row | undefined;
    if (!row) return undefined;
    return {
      ...summaryOf(row),
      grade: JSON.parse(row.grade_json ?? '{}') as Grade,
      transcript: JSON.parse(row.transcript_json ?? '[]') as TranscriptEntry[],
    };
  }
}
