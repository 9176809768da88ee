/**
 * A runbook's review: a named reviewer marked it reviewed, for the facts as they were then. The mark holds
 * the digest of those facts, so any later change to the facts voids it wherever it is read (the browser's
 * store, the server): a reviewed script is the script of the reviewed facts, never of facts changed since.
 */
import { sha256 } from '../sha256';
import type { Facts } from './facts';

/** A review mark (its schema, for the server, is review-schema.ts: this module stays free of zod for the page's first load). */
export interface Review {
  reviewer: string;
  /** When it was marked, ISO. */
  at: string;
  /** The server's version of the runbook when it was reviewed; absent for a runbook never saved there. */
  runbookVersion?: number;
  /** factsDigest of the reviewed facts. */
  factsSha256: string;
}

/** JSON with the keys of every object sorted, so equal facts give one text whatever built them. */
function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value && typeof value === 'object')
    return `{${Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`)
      .join(',')}}`;
  return JSON.stringify(value);
}

/** The digest of the facts a review is for. */
export function factsDigest(facts: Facts): string {
  return sha256(stableJson(facts));
}

/** The review, when it is still for these facts; undefined once they changed (or there is none). */
export function standingReview(review: Review | undefined, facts: Facts): Review | undefined {
  return review && review.factsSha256 === factsDigest(facts) ? review : undefined;
}

/** The script header's line about the review. */
export function reviewLine(review: Review): string {
  return `reviewed by ${review.reviewer} at ${review.at}${review.runbookVersion ? `, runbook version ${review.runbookVersion}` : ''}`;
}
