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
  score: number;
  passed: boolean;
}

/** An attempt with its grade and whole transcript, for its replay. */
export interface Attempt extends AttemptSummary {
  grade: Grade;
  transcript: TranscriptEntry[];
}
