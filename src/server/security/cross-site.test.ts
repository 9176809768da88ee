/** Replays what another site's page, or a tool, can make a browser send to the API. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sampleFacts } from '../../core/model/sample';
import { createApp } from '../app';
import { type Db, openDatabase } from '../db';

const runbook = {
  name: 'Nightly copy of datavg',
  facts: sampleFacts(),
  lastStep: 'phase2',
  createdAt: '2026-01-31T12:00:00.000Z',
  updatedAt: '2026-01-31T12:05:00.000Z',
};
const json = { 'Content-Type': 'application/json' };

describe('requests from browsers', () => {
  let db: Db;
  let app: ReturnType<typeof createApp>;
  beforeEach(() => {
    db = openDatabase(':memory:');
    app = createApp({ db, version: '1.0.0', trustedOrigins: ['http://localhost:5173'] });
  });
  afterEach(() => db.close());

  const instructorRows = () => db.prepare('SELECT * FROM instructor').all();

  it("refuses another site's form post of the instructor password, and sets nothing", async () => {
    // <form enctype="text/plain" method="post" action="http://vgcopy:8080/api/instructor/password">
    const res = await app.request('http://vgcopy:8080/api/instructor/password', {
      method: 'POST',
      headers: { Origin: 'https://evil.example', 'Content-Type': 'text/plain' },
      body: '{"password":"attacker-chosen", "x":"="}',
    });
    expect(res.status).toBe(403);
    expect(await res.json()).toEqual({
      error: {
        status: 403,
        message:
          "This request came from https://evil.example, not from vgcopy's own pages at vgcopy:8080; if vgcopy is served from that address, add it to VGCOPY_ORIGINS. Nothing was changed.",
      },
    });
    expect(instructorRows()).toEqual([]);
  });

  it('refuses a text/plain post even from its own page (no preflight guards it) with 415', async () => {
    const res = await app.request('http://vgcopy:8080/api/instructor/password', {
      method: 'POST',
      headers: { Origin: 'http://vgcopy:8080', 'Content-Type': 'text/plain;charset=UTF-8' },
      body: JSON.stringify({ password: 'attacker-chosen' }),
    });
    expect(res.status).toBe(415);
    expect(await res.json()).toEqual({
      error: {
        status: 415,
        message:
          'This endpoint takes a JSON body, not "text/plain;charset=UTF-8": send Content-Type: application/json.',
      },
    });
    expect(instructorRows()).toEqual([]);
  });

  it("refuses another site's PUT and DELETE of a runbook (by Origin or Sec-Fetch-Site), and changes nothing", async () => {
    const put = (headers: Record<string, string>, name: string) =>
      app.request('http://vgcopy:8080/api/runbooks/rb1', {
        method: 'PUT',
        headers: { ...json, ...headers },
        body: JSON.stringify({ ...runbook, name }),
      });
    expect(
      (await put({ Origin: 'http://vgcopy:8080', 'Sec-Fetch-Site': 'same-origin' }, 'Mine')).status,
    ).toBe(201);
    const before = db.prepare('SELECT * FROM runbooks').all();
    const evil = await put({ Origin: 'https://evil.example' }, 'Overwritten');
    expect(evil.status).toBe(403);
    const sibling = await put({ 'Sec-Fetch-Site': 'same-site' }, 'Overwritten');
    expect((await sibling.json()).error.message).toBe(
      "This request came from another site's page (Sec-Fetch-Site: same-site); vgcopy takes changes only from its own pages. Nothing was changed.",
    );
    const remove = await app.request('http://vgcopy:8080/api/runbooks/rb1', {
      method: 'DELETE',
      headers: { Origin: 'https://evil.example' },
    });
    expect(remove.status).toBe(403);
    expect(db.prepare('SELECT * FROM runbooks').all()).toEqual(before);
  });

  it("takes changes from Vite's dev server named in VGCOPY_ORIGINS and from tools without browser headers", async () => {
    const dev = await app.request('http://localhost:8080/api/runbooks/rb2', {
      method: 'PUT',
      headers: { ...json, Origin: 'http://localhost:5173' },
      body: JSON.stringify(runbook),
    });
    expect(dev.status).toBe(201);
    const curl = await app.request('http://localhost:8080/api/runbooks/rb2', { method: 'DELETE' });
    expect(curl.status).toBe(204);
  });

  it('refuses a NUL character in any string of a body, naming where', async () => {
    const res = await app.request('http://localhost:8080/api/runbooks/rb3', {
      method: 'PUT',
      headers: json,
      body: JSON.stringify({ ...runbook, name: 'datavg\u0000; rm -rf /' }),
    });
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({
      error: {
        status: 400,
        message: 'The request body holds a NUL character (\\u0000); remove it and send again.',
        issues: [{ path: 'name', message: 'Name: a NUL character is not allowed.' }],
      },
    });
    const password = await app.request('http://localhost:8080/api/instructor/password', {
      method: 'POST',
      headers: json,
      body: JSON.stringify({ password: 'long enough\u0000' }),
    });
    expect(password.status).toBe(400);
    expect(db.prepare('SELECT count(*) AS n FROM runbooks').get()).toEqual({ n: 0 });
    expect(instructorRows()).toEqual([]);
  });
});
