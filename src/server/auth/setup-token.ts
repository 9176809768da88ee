/**
 * The one-time token that creates the first admin when the environment names none. It is printed in
 * the server log, which only whoever runs the server reads, so the first admin is never simply whoever
 * reaches the setup page first. Only its SHA-256 is kept, in memory; it is compared in constant time and
 * works once.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

function digest(value: string): Buffer {
  return createHash('sha256').update(value).digest();
}

export class SetupToken {
  private hash: Buffer | undefined;

  /** A new token (replacing any earlier one) to print in the log. */
  issue(): string {
    const token = randomBytes(24).toString('base64url');
    this.hash = digest(token);
    return token;
  }

  isPending(): boolean {
    return this.hash !== undefined;
  }

  /** True once for the right token; the token is spent before anything else happens. */
  redeem(given: string): boolean {
    // Comparing digests gives equal lengths, and says nothing about how much of the token was right.
    const matches = this.hash !== undefined && timingSafeEqual(digest(given), this.hash);
    if (matches) this.hash = undefined;
    return matches;
  }
}
