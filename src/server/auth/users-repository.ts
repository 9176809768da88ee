/**
 * The `users` table (migration 4): accounts with their roles and team. User names are unique whatever
 * their case (COLLATE NOCASE), so "Alice" cannot be created beside "alice" to impersonate her.
 */
import type { Db } from '../db';
import { ApiError } from '../errors';
import type { Role } from './principal';

export interface UserRecord {
  id: number;
  username: string;
  roles: Role[];
  team: string;
  disabled: boolean;
  createdAt: string;
}

export interface NewUser {
  username: string;
  passwordHash: string;
  roles: Role[];
  team: string;
}

export interface UserChange {
  roles?: Role[];
  team?: string;
  passwordHash?: string;
  disabled?: boolean;
}

interface UserRow {
  id: number;
  username: string;
  password_hash: string;
  roles: string;
  team: string;
  created_at: string;
  disabled: number;
}

function recordOf(row: UserRow): UserRecord {
  return {
    id: row.id,
    username: row.username,
    roles: JSON.parse(row.roles) as Role[],
    team: row.team,
    disabled: row.disabled === 1,
    createdAt: row.created_at,
  };
}

export class UsersRepository {
  constructor(private readonly db: Db) {}

  list(): UserRecord[] {
    return (this.db.prepare('SELECT * FROM users ORDER BY username').all() as UserRow[]).map(recordOf);
  }

  get(id: number): UserRecord | undefined {
    const row = this.db.prepare('SELECT * FROM users WHERE id = ?').get(id) as UserRow | undefined;
    return row && recordOf(row);
  }

  /** The account and its password hash, by user name in any case. */
  findForLogin(username: string): (UserRecord & { passwordHash: string }) | undefined {
    const row = this.db.prepare('SELECT * FROM users WHERE username = ?').get(username) as
      | UserRow
      | undefined;
    return row && { ...recordOf(row), passwordHash: row.password_hash };
  }

  /** Creates the account, or answers 409 when the user name is taken in any case. */
  create(user: NewUser): UserRecord {
    try {
      const { lastInsertRowid } = this.db
        .prepare(
          'INSERT INTO users (username, password_hash, roles, team, created_at) VALUES (?, ?, ?, ?, ?)',
        )
        .run(
          user.username,
          user.passwordHash,
          JSON.stringify(user.roles),
          user.team,
          new Date().toISOString(),
        );
      return this.get(Number(lastInsertRowid))!;
    } catch (err) {
      if ((err as { code?: string }).code !== 'SQLITE_CONSTRAINT_UNIQUE') throw err;
      throw new ApiError(409, `There is already an account "${user.username}"; choose another user name.`);
    }
  }

  update(id: number, change: UserChange): void {
    const columns: [string, string | number | undefined][] = [
      ['roles', change.roles && JSON.stringify(change.roles)],
      ['team', change.team],
      ['password_hash', change.passwordHash],
      ['disabled', change.disabled === undefined ? undefined : Number(change.disabled)],
    ];
    const given = columns.filter(([, value]) => value !== undefined);
    if (given.length === 0) return;
    this.db
      .prepare(`UPDATE users SET ${given.map(([column]) => `${column} = ?`).join(', ')} WHERE id = ?`)
      .run(...given.map(([, value]) => value), id);
  }

  /** Deletes the account; its sessions go with it (ON DELETE CASCADE). */
  delete(id: number): boolean {
    return this.db.prepare('DELETE FROM users WHERE id = ?').run(id).changes > 0;
  }

  /** Admins who can still sign in: the server must always keep one. */
  activeAdminCount(): number {
    const row = this.db
      .prepare(
        `SELECT COUNT(*) AS n FROM users
         WHERE disabled = 0 AND EXISTS (SELECT 1 FROM json_each(users.roles) WHERE value = 'admin')`,
      )
      .get() as { n: number };
    return row.n;
  }
}
