/**
 * The run record's shape, as the runbook keeps it (in the browser and on the server, docs/run-record.md):
 * one zod schema, so a record the server receives is the shape the reader made. Sizes are bounded: a log
 * is a few thousand lines, and a record is shown, never run.
 */
import { z } from 'zod';

const stepStatuses = ['run', 'skipped', 'failed', 'not-reached', 'by-hand'] as const;

/** An undo's outcome by the status its function returned (write/ksh-undo.ts). */
export const undoOutcomes = {
  '0': 'restored by the script',
  '1': 'the undo failed',
  '2': 'left to its owner',
  '3': 'the storage undo failed',
} as const;

const text = z.string().max(4096);
const time = z.string().regex(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d$/, 'a time such as 2026-11-25T22:00:03');
const lines = z.array(text).max(20_000);

const stepRecordSchema = z.object({
  /** The step's number in the plan (as in the checklist and the script's `== Step N`). */
  number: z.number().int().positive(),
  id: z.string().max(200),
  title: text,
  status: z.enum(stepStatuses),
  startedAt: time.optional(),
  endedAt: time.optional(),
  /** The script's exit code where the step failed (or was stopped by an answer). */
  exitCode: z.number().int().optional(),
  /** What the step logged and its commands printed, timestamps removed. */
  output: lines,
});

const undoRecordSchema = z.object({
  /** The step whose change was undone. */
  number: z.number().int().positive(),
  id: z.string().max(200),
  title: text,
  outcome: z.enum(Object.values(undoOutcomes) as [string, ...string[]]),
  at: time,
});

export const runRecordSchema = z.object({
  /** The script's checksum and the vgcopy version that wrote it. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  version: z.string().max(200),
  host: z.string().max(256),
  user: z.string().max(256),
  startedAt: time,
  /** Null where the log ends before the run did (the host went down, or the log was cut). */
  endedAt: time.nullable(),
  exitCode: z.number().int().nullable(),
  steps: z.array(stepRecordSchema).max(20_000),
  undo: z.array(undoRecordSchema).max(20_000),
  /** What the script printed after its last step: its undo and production summary, or the preflight's refusal. */
  ending: lines,
  /** Earlier runs of this script in the log (a run that failed, then the rerun). */
  earlierRuns: z.array(z.object({ startedAt: time, exitCode: z.number().int().nullable() })).max(1000),
  /** Runs of other scripts in the log (earlier refreshes of the same VG), left out. */
  otherScriptRuns: z.number().int().min(0),
  /** The steps the state file records as done (a rerun skips them); absent without a state file. */
  recordedDone: z.array(z.string().max(200)).max(20_000).optional(),
});

/** The record as the runbook keeps it: when it was read. */
export const storedRunRecordSchema = runRecordSchema.extend({
  readAt: z.iso.datetime({ message: 'readAt is an ISO date-time such as 2026-01-31T12:00:00.000Z' }),
});

export type StepStatus = (typeof stepStatuses)[number];
export type StepRecord = z.infer<typeof stepRecordSchema>;
export type UndoRecord = z.infer<typeof undoRecordSchema>;
export type RunRecord = z.infer<typeof runRecordSchema>;
export type StoredRunRecord = z.infer<typeof storedRunRecordSchema>;
