/**
 * Signed-in sessions (the `auth_sessions` table, migration 4). The browser holds a random 32-byte token
 * in a cookie; the table holds only its SHA-256, so reading the database (a backup, a stolen disk) gives
 * no one a way in. A session ends after 12 hours without a request, 7 days after sign-in whatever
 * happens, at logout, and at once when its account is disabled or deleted.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { Db } from '../db';
import type { Principal, Role } from './principal';

export const sessionLifetime = {
  idleMs: 12 * 60 * 60 * 1000,
  absoluteMs: 7 * 24 * 60 * 60 * 1000,
} as const;

/** last_seen_at is written at most this often, so reading pages does not mean writing the database. */
const lastSeenPrecisionMs = 60 * 1000;

/** A token as start() makes them: 32 random bytes in base64url. Anything else is not looked up. */
const tokenPattern = /^[A-Za-z0-9_-]{43}$/;

function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

interface SessionRow {
  id: number;
  username: string;
  roles: string;
  team: string;
  last_seen_at: string;
}

export class SessionStore {
  constructor(
    private readonly db: Db,
    private readonly now: () => number = Date.now,
  ) {}

  /** Starts a session for the user and returns the token for the cookie (it is not kept). */
  start(userId: number): string {
    this.sweep();
    const token = randomBytes(32).toString('base64url');
    const now = this.now();
    this.db
      .prepare(
        `INSERT INTO auth_sessions (token_hash, user_id, created_at, expires_at, last_seen_at)
         VALUES (?, ?, ?, ?, ?)`,
      )
      .run(hashToken(token), userId, iso(now), iso(now + sessionLifetime.absoluteMs), iso(now));
    return token;
  }

  /** The account a live session belongs to, or undefined when the token is unknown, expired or its user disabled. */
  principalOf(token: string): Principal | undefined {
    if (!tokenPattern.test(token)) return undefined;
    const now = this.now();
    const tokenHash = hashToken(token);
    const row = this.db
      .prepare(
        `SELECT u.id, u.username, u.roles, u.team, s.last_seen_at FROM auth_sessions s
         JOIN users u ON u.id = s.user_id
         WHERE s.token_hash = ? AND u.disabled = 0 AND s.expires_at > ? AND s.last_seen_at > ?`,
      )
      .get(tokenHash, iso(now), iso(now - sessionLifetime.idleMs)) as SessionRow | undefined;
    if (!row) return undefined;
    if (now - Date.parse(row.last_seen_at) > lastSeenPrecisionMs) {
      this.db
        .prepare('UPDATE auth_sessions SET last_seen_at = ? WHERE token_hash = ?')
        .run(iso(now), tokenHash);
    }
    return { id: row.id, username: row.username, roles: JSON.parse(row.roles) as Role[], team: row.team };
  }

  /** Logout: the token stops working here, whatever the browser keeps. */
  end(token: string): void {
    this.db.prepare('DELETE FROM auth_sessions WHERE token_hash = ?').run(hashToken(token));
  }

  /** Ends every session of the user but the one making the request (after a password change or a disable). */
  endAllOf(userId: number, except?: string): void {
    this.db
      .prepare('DELETE FROM auth_sessions WHERE user_id = ? AND token_hash IS NOT ?')
      .run(userId, except === undefined ? null : hashToken(except));
  }

  /** Drops sessions that can no longer be used, so the table does not grow with every sign-in. */
  private sweep(): void {
    const now = this.now();
    this.db
      .prepare('DELETE FROM auth_sessions WHERE expires_at <= ? OR last_seen_at <= ?')
      .run(iso(now), iso(now - sessionLifetime.idleMs));
  }
}

function iso(ms: number): string {
  return new Date(ms).toISOString();
}
