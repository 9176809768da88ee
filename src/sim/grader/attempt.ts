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
  finishedAt: string;
  score: number;
  passed: boolean;
}

/** An attempt with its grade and whole transcript, for its replay. */
export interface Attempt extends AttemptSummary {
  grade: Grade;
  transcript: TranscriptEntry[];
}
