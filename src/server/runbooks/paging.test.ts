/** Reading a long list of runbooks a page at a time, as the browser does on start. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleFacts } from '../../core/model/sample';
import { createApp } from '../app';
import { type Db, openDatabase } from '../db';
import { account, actingAs } from '../test-support/principal';
import { runbookRepository } from './repository';

describe('the paged runbook list', () => {
  let db: Db;
  let app: ReturnType<typeof createApp>;
  const facts = sampleFacts();
  beforeAll(() => {
    db = openDatabase(':memory:');
    app = createApp({ db, version: '1.0.0' });
    const repo = runbookRepository(db);
    // 250 runbooks, about eight sharing each change time, so the order within a time rests on the id.
    for (let i = 0; i < 250; i++) {
      const at = `2026-01-31T12:00:${String(i % 30).padStart(2, '0')}.000Z`;
      const body = { name: `Runbook ${i}`, facts, lastStep: 'start', createdAt: at, updatedAt: at };
      repo.put(`rb${i}`, body, 'local', { owner: 'local', team: i % 5 === 0 ? 'team-b' : 'local' });
    }
  });
  afterAll(() => db.close());

  async function get(query: string, a = app) {
    const res = await a.request(`http://localhost/api/runbooks${query}`);
    return { status: res.status, body: await res.json() };
  }

  async function readAll(limit: string, a = app) {
    const pages: string[][] = [];
    let next: string | undefined;
    do {
      const { body } = await get(`?limit=${limit}${next ? `&cursor=${next}` : ''}`, a);
      pages.push(body.runbooks.map((r: { id: string }) => r.id));
      next = body.next;
    } while (next);
    return pages;
  }

  it('gives each of 250 runbooks exactly once, newest change first, 100 a page', async () => {
    const pages = await readAll('100');
    expect(pages.map((p) => p.length)).toEqual([100, 100, 50]);
    const ids = pages.flat();
    expect(new Set(ids).size).toBe(250);
    const { body } = await get('?limit=500');
    expect(body.next).toBeUndefined();
    expect(body.runbooks.map((r: { id: string }) => r.id)).toEqual(ids);
    const times = body.runbooks.map((r: { updatedAt: string }) => r.updatedAt);
    expect(times).toEqual([...times].sort().reverse());
  });

  it("gives an operator only their team's runbooks, each once", async () => {
    const asBob = createApp({
      db,
      version: '1.0.0',
      authenticate: actingAs(account('bob', ['operator'], 'team-b')),
    });
    const ids = (await readAll('7', asBob)).flat();
    expect(ids.length).toBe(50);
    expect(new Set(ids)).toEqual(new Set(Array.from({ length: 50 }, (_, i) => `rb${i * 5}`)));
  });

  it('pages 100 by default and refuses a limit or cursor it cannot use', async () => {
    expect((await get('')).body.runbooks.length).toBe(100);
    for (const limit of ['0', '501', 'ten', '1.5']) {
      expect(await get(`?limit=${limit}`)).toEqual({
        status: 400,
        body: { error: { status: 400, message: `limit is a whole number from 1 to 500, not "${limit}".` } },
      });
    }
    for (const cursor of ['not-a-cursor', Buffer.from('{"a":1}').toString('base64url')]) {
      expect(await get(`?cursor=${cursor}`)).toEqual({
        status: 400,
        body: {
          error: {
            status: 400,
            message:
              'cursor is not one this server gave; use the `next` of the previous page, or leave cursor out to start from the newest.',
          },
        },
      });
    }
  });
});
