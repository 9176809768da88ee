/**
 * A kept training attempt, as the server stores it and the trainee and instructor pages show it.
 */
import type { TranscriptEntry } from '../worker/protocol';
import type { Grade } from './grade';

/** One line of an attempts list. */
export interface AttemptSummary {
  id: number;
  trainee: string;
  scenarioId: string;
  scenarioTitle: string;
  startedAt: string;
  /** The simulated host's time when the attempt was graded. */
  finishedAt: string;
  /**
   * When the attempt was kept, by the server's clock (ISO 8601): when it happened, for the attempts
   * lists. Absent for attempts kept before it was recorded.
   */
  keptAt?: string;
  /** When the trainee opened the attempt, by the server's clock (ISO 8601); absent on older rows. */
  realStartedAt?: string;
  /** Real seconds from opening to grading; absent on older rows. */
  durationSeconds?: number;
  /** How many hints the session had shown when the attempt was graded; absent on older rows. */
  hintsUsed?: number;
  /** The assignment the attempt was made for (practice or exam); absent for free training. */
  assignmentId?: number;
  score: number;
  passed: boolean;
}

/** An attempt with its grade and whole transcript, for its replay. */
export interface Attempt extends AttemptSummary {
  grade: Grade;
  transcript: TranscriptEntry[];
}
