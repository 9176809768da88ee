/**
 * The instructor's password: one scrypt hash in the `instructor` table. It is set either by the
 * VGCOPY_INSTRUCTOR_PASSWORD environment variable at start (which replaces any stored one) or, on first
 * start without it, on the instructor page with the setup token the server prints in its log (with
 * accounts: by an admin).
 */
import type { Context, MiddlewareHandler } from 'hono';
import type { Db } from '../db';
import { ApiError } from '../errors';
import { hashPassword, verifyPassword } from './password-hash';

/** The request header that carries the instructor's password on every instructor API call. */
const passwordHeader = 'X-Instructor-Password';

/** Shortest password accepted, so a blank or one-letter password cannot be set by accident. */
const minimumPasswordLength = 8;

export class InstructorPassword {
  constructor(private readonly db: Db) {}

  isSet(): boolean {
    return this.db.prepare('SELECT 1 FROM instructor WHERE id = 1').get() !== undefined;
  }

  /** Refuses a password too short to be one. */
  checkLength(password: string): void {
    if (password.length < minimumPasswordLength) {
      throw new ApiError(400, `The instructor password needs at least ${minimumPasswordLength} characters.`);
    }
  }

  /** Stores (or replaces) the password's hash. */
  async set(password: string): Promise<void> {
    this.checkLength(password);
    const hash = await hashPassword(password);
    this.db
      .prepare(
        `INSERT INTO instructor (id, password_hash, updated_at) VALUES (1, ?, ?)
         ON CONFLICT (id) DO UPDATE SET password_hash = excluded.password_hash, updated_at = excluded.updated_at`,
      )
      .run(hash, new Date().toISOString());
  }

  async matches(password: string): Promise<boolean> {
    const row = this.db.prepare('SELECT password_hash FROM instructor WHERE id = 1').get() as
      | { password_hash: string }
      | undefined;
    return row !== undefined && (await verifyPassword(password, row.password_hash));
  }

  /** Hono middleware: lets a request through only with the right password in the X-Instructor-Password header. */
  guard(): MiddlewareHandler {
    return async (c: Context, next) => {
      if (!this.isSet()) {
        throw new ApiError(
          403,
          "No instructor password is set yet: set one first on the instructor page, with the token in the server's log.",
        );
      }
      const given = c.req.header(passwordHeader);
      if (!given) throw new ApiError(401, `Send the instructor password in the ${passwordHeader} header.`);
      if (!(await this.matches(given))) throw new ApiError(401, 'Wrong instructor password.');
      await next();
    };
  }
}
