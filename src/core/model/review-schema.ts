/** The schema of a review mark (review.ts), as the server accepts it: the reviewer's name has its shape. */
import { z } from 'zod';
import { reviewerNameProblem } from './aix-names';
import { shaped } from './facts';
import type { Review } from './review';

export const reviewSchema: z.ZodType<Review> = z.object({
  reviewer: shaped(reviewerNameProblem),
  at: z.iso.datetime({ message: 'at is an ISO date-time such as 2026-01-31T12:00:00.000Z' }),
  runbookVersion: z.number().int().positive().optional(),
  factsSha256: z.string().regex(/^[0-9a-f]{64}$/, 'factsSha256 is 64 lowercase hex digits'),
});
