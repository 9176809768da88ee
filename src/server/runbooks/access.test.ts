/**
 * Colleagues and strangers try to read, change and delete a runbook whose script someone will run as
 * root: only its team's operators change it, only its owner or an admin deletes it, and every change
 * is in its history.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sampleFacts } from '../../core/model/sample';
import { createApp } from '../app';
import type { Principal } from '../auth/principal';
import { type Db, openDatabase } from '../db';
import { account, actingAs } from '../test-support/principal';

const body = {
  name: 'Nightly copy of datavg',
  facts: sampleFacts(),
  lastStep: 'phase2',
  createdAt: '2026-01-31T12:00:00.000Z',
  updatedAt: '2026-01-31T12:05:00.000Z',
};

const ann = account('ann', ['operator'], 'team-a');
const carl = account('carl', ['operator'], 'team-a');
const rita = account('rita', ['reviewer'], 'team-a');
const bob = account('bob', ['operator'], 'team-b');
const tina = account('tina', ['trainee'], 'team-a');
const ian = account('ian', ['instructor'], 'team-a');
const ada = account('ada', ['admin'], 'platform');

describe('who may do what with a runbook', () => {
  let db: Db;
  beforeEach(() => {
    db = openDatabase(':memory:');
  });
  afterEach(() => db.close());

  /** Requests made by `who`, as the sign-in middleware would tag them. */
  function as(who: Principal) {
    const app = createApp({ db, version: '1.0.0', authenticate: actingAs(who) });
    const request = async (method: string, path: string, data?: unknown) => {
      const res = await app.request(`http://localhost/api/runbooks${path}`, {
        method,
        ...(data ? { headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(data) } : {}),
      });
      return { status: res.status, body: res.status === 204 ? null : await res.json() };
    };
    return {
      get: (path: string) => request('GET', path),
      put: (id: string, data: unknown) => request('PUT', `/${id}`, data),
      delete: (id: string) => request('DELETE', `/${id}`),
    };
  }
  const stored = () => db.prepare('SELECT id, name, body, owner, team, updated_at FROM runbooks').all();

  it("refuses another team's operator a PUT, a DELETE and a read, and leaves the runbook as it was", async () => {
    expect((await as(ann).put('rb1', body)).body).toEqual({
      id: 'rb1',
      ...body,
      version: 1,
      owner: 'ann',
      team: 'team-a',
    });
    const before = stored();
    const refusal = {
      status: 403,
      body: {
        error: {
          status: 403,
          message: 'Runbook "rb1" belongs to another team (team-a); ask one of its operators or an admin.',
        },
      },
    };
    expect(await as(bob).put('rb1', { ...body, name: 'Replaced by bob' })).toEqual(refusal);
    expect(await as(bob).delete('rb1')).toEqual(refusal);
    expect(await as(bob).get('/rb1')).toEqual(refusal);
    expect((await as(bob).get('')).body).toEqual({ runbooks: [] });
    expect(stored()).toEqual(before);
  });

  it("lets a reviewer read the team's runbooks but not change them", async () => {
    await as(ann).put('rb1', body);
    const before = stored();
    expect((await as(rita).get('/rb1')).status).toBe(200);
    expect((await as(rita).get('')).body.runbooks.map((r: { id: string }) => r.id)).toEqual(['rb1']);
    expect(await as(rita).put('rb1', { ...body, name: 'Reviewed' })).toEqual({
      status: 403,
      body: {
        error: { status: 403, message: 'Writing runbooks needs the operator role; rita has reviewer.' },
      },
    });
    expect((await as(rita).put('rb2', body)).status).toBe(403);
    expect(stored()).toEqual(before);
  });

  it('gives trainees and instructors no runbook access, saying which role is needed', async () => {
    await as(ann).put('rb1', body);
    for (const who of [tina, ian]) {
      const refusal = {
        status: 403,
        body: {
          error: {
            status: 403,
            message: `Runbooks need the operator or reviewer role; ${who.username} has ${who.roles[0]}. Ask an admin.`,
          },
        },
      };
      expect(await as(who).get('')).toEqual(refusal);
      expect(await as(who).get('/rb1')).toEqual(refusal);
      expect(await as(who).get('/rb1/history')).toEqual(refusal);
    }
  });

  it('lets a teammate edit but only the owner or an admin delete; owner and team never change by PUT', async () => {
    await as(ann).put('rb1', body);
    const edited = await as(carl).put('rb1', {
      ...body,
      name: 'Edited by carl',
      baseVersion: 1,
      owner: 'carl',
      team: 'team-b',
      updatedAt: '2026-01-31T12:10:00.000Z',
    });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({ name: 'Edited by carl', version: 2, owner: 'ann', team: 'team-a' });
    expect(await as(carl).delete('rb1')).toEqual({
      status: 403,
      body: {
        error: {
          status: 403,
          message: 'Only its owner (ann) or an admin may delete runbook "rb1"; nothing was deleted.',
        },
      },
    });
    expect((await as(ada).get('/rb1')).body).toMatchObject({ owner: 'ann', team: 'team-a' });
    expect((await as(ada).delete('rb1')).status).toBe(204);
    expect(stored()).toEqual([]);
  });

  it('keeps who created, changed and deleted a runbook, newest first, also after it is gone', async () => {
    await as(ann).put('rb1', body);
    await as(carl).put('rb1', { ...body, name: 'Renamed', baseVersion: 1 });
    expect(
      (await as(rita).get('/rb1/history')).body.history.map((h: { username: string }) => h.username),
    ).toEqual(['carl', 'ann']);
    await as(ann).delete('rb1');
    const { status, body: answer } = await as(ada).get('/rb1/history');
    expect(status).toBe(200);
    expect(answer.history.map(({ at, ...rest }: { at: string }) => rest)).toEqual([
      { username: 'ann', action: 'deleted', name: 'Renamed' },
      { username: 'carl', action: 'updated', name: 'Renamed' },
      { username: 'ann', action: 'created', name: 'Nightly copy of datavg' },
    ]);
    for (const entry of answer.history) expect(Date.parse(entry.at)).not.toBeNaN();
    // Without the runbook there is no team to check against: only admins read a deleted one's history.
    expect((await as(rita).get('/rb1/history')).status).toBe(404);
  });
});
