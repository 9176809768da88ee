/**
 * Finished training attempts in SQLite: the grade and the whole transcript, written in one transaction
 * so a crash (even kill -9) right after the trainee is told "saved" cannot lose the attempt (WAL mode).
 */
import type { Attempt, AttemptSummary } from '../../sim/grader/attempt';
import type { Grade } from '../../sim/grader/grade';
import type { TranscriptEntry } from '../../sim/worker/protocol';
import type { FinishedAttempt } from '../../sim/worker/sim-session';
import type { Db } from '../db';

interface Row {
  id: number;
  trainee: string;
  scenario_id: string;
  scenario_title: string;
  started_at: string;
  finished_at: string;
  kept_at: string | null;
  score: number;
  passed: number;
  grade_json?: string;
  transcript_json?: string;
}

const summaryColumns =
  'id, trainee, scenario_id, scenario_title, started_at, finished_at, kept_at, score, passed';

function summaryOf(row: Row): AttemptSummary {
  return {
    id: row.id,
    trainee: row.trainee,
    scenarioId: row.scenario_id,
    scenarioTitle: row.scenario_title,
    startedAt: row.started_at,
    finishedAt: row.finished_at,
    ...(row.kept_at ? { keptAt: row.kept_at } : {}),
    score: row.score,
    passed: row.passed === 1,
  };
}

export class AttemptsRepository {
  constructor(private readonly db: Db) {}

  /** Stores a finished attempt and returns its id. */
  save(attempt: FinishedAttempt): number {
    const insert = this.db.prepare(
      `INSERT INTO attempts (trainee, scenario_id, scenario_title, started_at, finished_at, kept_at, score,
         passed, grade_json, transcript_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    return this.db.transaction(() =>
      Number(
        insert.run(
          attempt.trainee,
          attempt.scenarioId,
          attempt.scenarioTitle,
          attempt.startedAt,
          attempt.finishedAt,
          // The server's clock: when the attempt happened (finishedAt is the simulated host's time).
          new Date().toISOString(),
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
