/** The runbooks table: one row per runbook, its body kept as validated JSON. */
import type { Db } from '../db';
import type { RunbookBody, StoredRunbook } from './schema';

interface Row {
  id: string;
  name: string;
  body: string;
  created_at: string;
  updated_at: string;
}

/** Reads and writes runbooks in SQLite. Prepared statements are made once per database. */
export function runbookRepository(db: Db) {
  const selectAll = db.prepare<[], Row>('SELECT * FROM runbooks ORDER BY updated_at DESC');
  const selectOne = db.prepare<[string], Row>('SELECT * FROM runbooks WHERE id = ?');
  const upsert = db.prepare(
    `INSERT INTO runbooks (id, name, body, created_at, updated_at) VALUES (@id, @name, @body, @createdAt, @updatedAt)
     ON CONFLICT (id) DO UPDATE SET name = excluded.name, body = excluded.body, updated_at = excluded.updated_at`,
  );
  const remove = db.prepare<[string]>('DELETE FROM runbooks WHERE id = ?');

  function fromRow(row: Row): StoredRunbook {
    return { id: row.id, ...(JSON.parse(row.body) as RunbookBody) };
  }

  return {
    list(): StoredRunbook[] {
      return selectAll.all().map(fromRow);
    },
    get(id: string): StoredRunbook | undefined {
      const row = selectOne.get(id);
      return row && fromRow(row);
    },
    /** Creates or replaces the runbook; returns true when it was new. */
    put(id: string, body: RunbookBody): boolean {
      const existed = selectOne.get(id) !== undefined;
      upsert.run({
        id,
        name: body.name,
        body: JSON.stringify(body),
        createdAt: body.createdAt,
        updatedAt: body.updatedAt,
      });
      return !existed;
    },
    /** Deletes the runbook; returns false when there was none. */
    delete(id: string): boolean {
      return remove.run(id).changes > 0;
    },
  };
}

export type RunbookRepository = ReturnType<typeof runbookRepository>;
