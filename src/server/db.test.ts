import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from './db';

describe('the database', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  });

  it('is created on first start under a new folder, in WAL mode, and migrated once', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vgcopy-db-'));
    dirs.push(dir);
    const file = join(dir, 'nested', 'vgcopy.db');
    const first = openDatabase(file);
    expect(first.pragma('journal_mode', { simple: true })).toBe('wal');
    first.prepare("INSERT INTO meta (key, value) VALUES ('k', 'v')").run();
    first.close();
    const again = openDatabase(file);
    expect(again.prepare('SELECT version FROM schema_version').get()).toEqual({ version: 8 });
    expect(again.prepare('SELECT value FROM meta').get()).toEqual({ value: 'v' });
    again.close();
  });

  it("gives the runbooks kept before owners existed to the local user, in team 'local'", () => {
    const dir = mkdtempSync(join(tmpdir(), 'vgcopy-db-'));
    dirs.push(dir);
    const file = join(dir, 'vgcopy.db');
    // A database as schema version 3 left it (the runbooks table as migration 2 made it; attempts as 3 did,
    // cut to what the later migrations touch).
    const old = new Database(file);
    old.exec(`CREATE TABLE schema_version (version INTEGER NOT NULL); INSERT INTO schema_version VALUES (3);
      CREATE TABLE runbooks (id TEXT PRIMARY KEY, name TEXT NOT NULL, body TEXT NOT NULL,
        created_at TEXT NOT NULL, updated_at TEXT NOT NULL);
      CREATE TABLE attempts (id INTEGER PRIMARY KEY, finished_at TEXT NOT NULL);
      INSERT INTO runbooks VALUES ('rb1', 'Nightly', '{}', '2026-01-31T12:00:00Z', '2026-01-31T12:00:00Z')`);
    old.close();
    const db = openDatabase(file);
    expect(db.prepare('SELECT id, owner, team, version FROM runbooks').all()).toEqual([
      { id: 'rb1', owner: 'local', team: 'local', version: 1 },
    ]);
    expect(db.prepare('SELECT * FROM runbook_history').all()).toEqual([]);
    db.close();
  });
});
