import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
    expect(again.prepare('SELECT version FROM schema_version').get()).toEqual({ version: 4 });
    expect(again.prepare('SELECT value FROM meta').get()).toEqual({ value: 'v' });
    again.close();
  });
});
