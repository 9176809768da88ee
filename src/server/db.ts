/**
 * The embedded SQLite database (better-sqlite3 12: version 13 crashes on Node 20). WAL mode, so a
 * reader never blocks the writer and a killed process loses no committed transaction.
 * Migrations are numbered and applied in order inside one transaction each.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';

export type Db = Database.Database;

/** Each entry is one schema change; append, never edit a released one. */
const migrations: readonly string[] = [
  `CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)`,
  // 2: the wizard's runbooks (src/server/runbooks), body = the validated JSON the browser PUTs.
  `CREATE TABLE runbooks (id TEXT PRIMARY KEY, name TEXT NOT NULL, body TEXT NOT NULL,
     created_at TEXT NOT NULL, updated_at TEXT NOT NULL)`,
  // 3: training (src/server/training): one row per finished attempt with its grade and whole transcript,
  // and the instructor's password as a scrypt hash (src/server/auth).
  `CREATE TABLE attempts (id INTEGER PRIMARY KEY, trainee TEXT NOT NULL, scenario_id TEXT NOT NULL,
     scenario_title TEXT NOT NULL, started_at TEXT NOT NULL, finished_at TEXT NOT NULL,
     score INTEGER NOT NULL, passed INTEGER NOT NULL, grade_json TEXT NOT NULL, transcript_json TEXT NOT NULL);
   CREATE INDEX attempts_by_trainee ON attempts (trainee, id);
   CREATE TABLE instructor (id INTEGER PRIMARY KEY CHECK (id = 1), password_hash TEXT NOT NULL,
     updated_at TEXT NOT NULL)`,
  // 4: accounts (src/server/auth): users with a scrypt password hash and their roles (a JSON array), and
  // the signed-in sessions, kept as the SHA-256 of the cookie's token so a stolen database signs no one in.
  `CREATE TABLE users (id INTEGER PRIMARY KEY, username TEXT NOT NULL COLLATE NOCASE UNIQUE,
     password_hash TEXT NOT NULL, roles TEXT NOT NULL, team TEXT NOT NULL, created_at TEXT NOT NULL,
     disabled INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1)));
   CREATE TABLE auth_sessions (token_hash TEXT PRIMARY KEY,
     user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
     created_at TEXT NOT NULL, expires_at TEXT NOT NULL, last_seen_at TEXT NOT NULL);
   CREATE INDEX auth_sessions_by_user ON auth_sessions (user_id)`,
  // 5: runbooks belong to an owner and a team
  // (src/server/runbooks/access.ts); rows from before are the local user's. Who created, changed or
  // deleted a runbook is kept in runbook_history, which outlives the runbook. The index serves the
  // paged list (newest change first, then id).
  `ALTER TABLE runbooks ADD COLUMN owner TEXT NOT NULL DEFAULT 'local';
   ALTER TABLE runbooks ADD COLUMN team TEXT NOT NULL DEFAULT 'local';
   CREATE INDEX runbooks_by_change ON runbooks (updated_at, id);
   CREATE INDEX runbooks_by_team_change ON runbooks (team, updated_at, id);
   CREATE TABLE runbook_history (id INTEGER PRIMARY KEY, runbook_id TEXT NOT NULL, at TEXT NOT NULL,
     username TEXT NOT NULL, action TEXT NOT NULL CHECK (action IN ('created', 'updated', 'deleted')),
     name TEXT NOT NULL);
   CREATE INDEX runbook_history_by_runbook ON runbook_history (runbook_id, id)`,
  // 6: each runbook's version, counted by the server: a save names the version it started from, and one
  // started from an older version is refused (409), so two tabs or two admins never overwrite each other.
  `ALTER TABLE runbooks ADD COLUMN version INTEGER NOT NULL DEFAULT 1`,
  // 7: when a training attempt was kept, by the server's clock (finished_at is the simulated host's
  // time); attempts kept before have none.
  `ALTER TABLE attempts ADD COLUMN kept_at TEXT`,
  // 8: class management (src/server/training/classes-repository.ts). Attempts keep when they really
  // started (the server's clock), how long they took and how many hints were shown, and the assignment
  // they were made for (older rows have none). A cohort is a named list of trainees; an assignment gives
  // a cohort a set of scenarios (a JSON array of ids) with a due date, as practice or as a timed exam.
  // exam_starts holds each exam a trainee opened: one attempt per trainee and scenario, even if the
  // session ends before it is graded.
  `ALTER TABLE attempts ADD COLUMN real_started_at TEXT;
   ALTER TABLE attempts ADD COLUMN duration_seconds INTEGER;
   ALTER TABLE attempts ADD COLUMN hints_used INTEGER;
   ALTER TABLE attempts ADD COLUMN assignment_id INTEGER;
   CREATE TABLE cohorts (id INTEGER PRIMARY KEY, name TEXT NOT NULL COLLATE NOCASE UNIQUE,
     created_at TEXT NOT NULL);
   CREATE TABLE cohort_members (cohort_id INTEGER NOT NULL REFERENCES cohorts (id) ON DELETE CASCADE,
     trainee TEXT NOT NULL, PRIMARY KEY (cohort_id, trainee));
   CREATE TABLE assignments (id INTEGER PRIMARY KEY,
     cohort_id INTEGER NOT NULL REFERENCES cohorts (id) ON DELETE CASCADE, title TEXT NOT NULL,
     scenario_ids TEXT NOT NULL, due_at TEXT NOT NULL, mode TEXT NOT NULL CHECK (mode IN ('practice', 'exam')),
     time_limit_minutes INTEGER, created_at TEXT NOT NULL);
   CREATE TABLE exam_starts (assignment_id INTEGER NOT NULL REFERENCES assignments (id) ON DELETE CASCADE,
     trainee TEXT NOT NULL, scenario_id TEXT NOT NULL, started_at TEXT NOT NULL,
     PRIMARY KEY (assignment_id, trainee, scenario_id))`,
];

/** Opens (creating on first start) the database at `file`, or in memory for ':memory:'. */
export function openDatabase(file: string): Db {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  migrate(db);
  return db;
}

function migrate(db: Db): void {
  db.exec('CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)');
  const row = db.prepare('SELECT version FROM schema_version').get() as { version: number } | undefined;
  let version = row?.version ?? 0;
  if (!row) db.prepare('INSERT INTO schema_version (version) VALUES (0)').run();
  for (; version < migrations.length; version++) {
    db.transaction(() => {
      db.exec(migrations[version]);
      db.prepare('UPDATE schema_version SET version = ?').run(version + 1);
    })();
  }
}
