/**
 * The runbooks table (one row per runbook, its body kept as validated JSON, with its owner and team)
 * and runbook_history (who created, changed or deleted which runbook, when). Each change and its
 * history row are written in one transaction.
 */
import type { Db } from '../db';
import type { Ownership } from './access';
import type { Position } from './paging';
import type { HistoryEntry, RunbookBody, StoredRunbook } from './schema';

interface Row {
  id: string;
  name: string;
  body: string;
  created_at: string;
  updated_at: string;
  owner: string;
  team: string;
  version: number;
}

export interface Page {
  runbooks: StoredRunbook[];
  /** Where the next page starts; absent on the last page. */
  next?: Position;
}

/** Reads and writes runbooks in SQLite. Prepared statements are made once per database. */
export function runbookRepository(db: Db) {
  // One query for every page: a null team means every team (admins), a null position the first page.
  const selectPage = db.prepare<
    { team: string | null; updatedAt: string | null; id: string | null; limit: number },
    Row
  >(
    `SELECT * FROM runbooks
     WHERE (@team IS NULL OR team = @team) AND (@updatedAt IS NULL OR (updated_at, id) < (@updatedAt, @id))
     ORDER BY updated_at DESC, id DESC LIMIT @limit`,
  );
  const selectOne = db.prepare<[string], Row>('SELECT * FROM runbooks WHERE id = ?');
  const insert = db.prepare(
    `INSERT INTO runbooks (id, name, body, created_at, updated_at, owner, team, version)
     VALUES (@id, @name, @body, @createdAt, @updatedAt, @owner, @team, 1)`,
  );
  const update = db.prepare(
    `UPDATE runbooks SET name = @name, body = @body, updated_at = @updatedAt, version = version + 1
     WHERE id = @id`,
  );
  const remove = db.prepare<[string]>('DELETE FROM runbooks WHERE id = ?');
  const record = db.prepare(
    'INSERT INTO runbook_history (runbook_id, at, username, action, name) VALUES (?, ?, ?, ?, ?)',
  );
  const selectHistory = db.prepare<[string], HistoryEntry>(
    'SELECT at, username, action, name FROM runbook_history WHERE runbook_id = ? ORDER BY id DESC',
  );

  function fromRow(row: Row): StoredRunbook {
    const body = JSON.parse(row.body) as RunbookBody;
    return { id: row.id, ...body, version: row.version, owner: row.owner, team: row.team };
  }

  function columns(id: string, body: RunbookBody) {
    return {
      id,
      name: body.name,
      body: JSON.stringify(body),
      createdAt: body.createdAt,
      updatedAt: body.updatedAt,
    };
  }

  return {
    /** One page of runbooks, newest change first; `team` limits it to that team's. */
    page(limit: number, after: Position | undefined, team: string | undefined): Page {
      const rows = selectPage.all({
        team: team ?? null,
        updatedAt: after?.updatedAt ?? null,
        id: after?.id ?? null,
        limit: limit + 1,
      });
      const runbooks = rows.slice(0, limit).map(fromRow);
      const last = runbooks.at(-1);
      return rows.length > limit && last
        ? { runbooks, next: { updatedAt: last.updatedAt, id: last.id } }
        : { runbooks };
    },
    get(id: string): StoredRunbook | undefined {
      const row = selectOne.get(id);
      return row && fromRow(row);
    },
    /**
     * Creates a runbook owned by `owner` (version 1), or replaces one's body (its owner and team stay, its
     * version goes up by one). Returns what it did and the runbook's version now.
     */
    put: db.transaction(
      (
        id: string,
        body: RunbookBody,
        by: string,
        owner: Ownership,
      ): { action: 'created' | 'updated'; version: number } => {
        const action = update.run(columns(id, body)).changes > 0 ? 'updated' : 'created';
        if (action === 'created') insert.run({ ...columns(id, body), ...owner });
        record.run(id, new Date().toISOString(), by, action, body.name);
        return { action, version: selectOne.get(id)?.version ?? 1 };
      },
    ),
    delete: db.transaction((id: string, by: string): boolean => {
      const row = selectOne.get(id);
      if (!row) return false;
      remove.run(id);
      record.run(id, new Date().toISOString(), by, 'deleted', row.name);
      return true;
    }),
    /** The runbook's history, newest first; kept after the runbook is deleted. */
    history(id: string): HistoryEntry[] {
      return selectHistory.all(id);
    },
  };
}

export type RunbookRepository = ReturnType<typeof runbookRepository>;
