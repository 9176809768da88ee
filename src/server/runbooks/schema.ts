/**
 * The shape of a runbook as the API stores and returns it. The facts are validated with the same zod
 * schema the wizard uses (src/core/model/facts.ts), so a runbook saved by one browser opens in another.
 */
import { z } from 'zod';
import { copyHistorySchema } from '../../core/model/copy-history-schema';
import { factsSchema } from '../../core/model/facts';
import { reviewSchema } from '../../core/model/review-schema';
import { storedRunRecordSchema } from '../../core/run-record/record-schema';
import { wizardSteps } from '../../core/wizard-steps';

const stepIds = wizardSteps.map((s) => s.id) as [string, ...string[]];

/** Body of PUT /api/runbooks/:id. */
const runbookBodySchema = z.object({
  name: z.string().max(200, 'a runbook name has at most 200 characters'),
  facts: factsSchema,
  lastStep: z.enum(stepIds).default('start'),
  createdAt: z.iso.datetime({ message: 'createdAt is an ISO date-time such as 2026-01-31T12:00:00.000Z' }),
  updatedAt: z.iso.datetime({ message: 'updatedAt is an ISO date-time such as 2026-01-31T12:00:00.000Z' }),
  factsChangedAt: z.iso
    .datetime({ message: 'factsChangedAt is an ISO date-time such as 2026-01-31T12:00:00.000Z' })
    .optional(),
  review: reviewSchema.optional(),
  runRecord: storedRunRecordSchema.optional(),
  rehearsalRecord: storedRunRecordSchema.optional(),
  copyHistory: copyHistorySchema.optional(),
});

/**
 * Body of PUT /api/runbooks/:id: the runbook, and the server's version it was edited from. A save that
 * replaces a runbook must name the version it replaces; absent, it may only create one.
 */
export const runbookSaveSchema = runbookBodySchema.extend({
  baseVersion: z.number().int().positive().optional(),
});

export type RunbookBody = z.infer<typeof runbookBodySchema>;

/**
 * A runbook as the API returns it: the body as sent, with its version (1 when created, one more at each
 * save) and who it belongs to (never taken from a body).
 */
export interface StoredRunbook extends RunbookBody {
  id: string;
  version: number;
  owner: string;
  team: string;
}

/** One line of GET /api/runbooks/:id/history. */
export interface HistoryEntry {
  at: string;
  username: string;
  action: 'created' | 'updated' | 'deleted';
  name: string;
}

/** Runbook ids are short URL-safe tokens chosen by the browser (crypto.randomUUID().slice(0, 8)). */
export const runbookIdPattern = /^[A-Za-z0-9_-]{1,64}$/;
