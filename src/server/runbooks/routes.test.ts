import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleFacts } from '../../core/model/sample';
import { createApp } from '../app';
import { type Db, openDatabase } from '../db';
import { listen, type RunningServer } from '../test-support/http';

const body = {
  name: 'Nightly copy of datavg',
  facts: sampleFacts(),
  lastStep: 'phase2',
  createdAt: '2026-01-31T12:00:00.000Z',
  updatedAt: '2026-01-31T12:05:00.000Z',
};

describe('the runbooks API', () => {
  let db: Db;
  let server: RunningServer;
  const put = (id: string, data: unknown) =>
    fetch(`${server.url}/api/runbooks/${id}`, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json' },
      body: typeof data === 'string' ? data : JSON.stringify(data),
    });
  beforeAll(async () => {
    db = openDatabase(':memory:');
    server = await listen(createApp({ db, version: '1.0.0' }));
  });
  afterAll(async () => {
    await server.close();
    db.close();
  });

  it('keeps a runbook the browser PUTs and gives it back by id and in the list', async () => {
    const created = await put('abc123', body);
    expect(created.status).toBe(201);
    expect(await created.json()).toEqual({ id: 'abc123', ...body, owner: 'local', team: 'local' });

    const again = await put('abc123', { ...body, name: 'Renamed', updatedAt: '2026-01-31T12:06:00.000Z' });
    expect(again.status).toBe(200);

    const one = await fetch(`${server.url}/api/runbooks/abc123`);
    expect(one.status).toBe(200);
    const renamed = {
      id: 'abc123',
      ...body,
      name: 'Renamed',
      updatedAt: '2026-01-31T12:06:00.000Z',
      owner: 'local',
      team: 'local',
    };
    expect(await one.json()).toEqual(renamed);

    const list = await fetch(`${server.url}/api/runbooks`);
    expect(await list.json()).toEqual({ runbooks: [renamed] });
  });

  it('refuses facts that do not match the schema, naming the field and what is wrong', async () => {
    const facts = { ...sampleFacts(), sourceVg: { ...sampleFacts().sourceVg, disks: [] } };
    const res = await put('bad1', { ...body, facts });
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({
      error: {
        status: 400,
        message: 'The request body does not match what this endpoint takes; see issues.',
        issues: [{ path: 'facts.sourceVg.disks', message: 'the source VG has at least one disk' }],
      },
    });
  });

  it('refuses a body that is not JSON and an id that cannot be a runbook id', async () => {
    const notJson = await put('abc123', '{name:');
    expect(notJson.status).toBe(400);
    expect(await notJson.json()).toEqual({
      error: {
        status: 400,
        message:
          'The request body is not valid JSON: send a JSON object with Content-Type: application/json.',
      },
    });
    const badId = await fetch(`${server.url}/api/runbooks/a%20b`);
    expect(badId.status).toBe(400);
    expect(await badId.json()).toEqual({
      error: {
        status: 400,
        message:
          '"a b" is not a runbook id: use 1 to 64 letters, digits, "-" or "_" (the id in the runbook\'s link).',
      },
    });
  });

  it('deletes a runbook once and then answers 404 for it', async () => {
    await put('gone1', body);
    expect((await fetch(`${server.url}/api/runbooks/gone1`, { method: 'DELETE' })).status).toBe(204);
    const missing = await fetch(`${server.url}/api/runbooks/gone1`);
    expect(missing.status).toBe(404);
    expect(await missing.json()).toEqual({
      error: { status: 404, message: 'No runbook "gone1" on this server; it may have been deleted.' },
    });
    const deleteAgain = await fetch(`${server.url}/api/runbooks/gone1`, { method: 'DELETE' });
    expect(await deleteAgain.json()).toEqual({
      error: { status: 404, message: 'No runbook "gone1" on this server; nothing was deleted.' },
    });
  });
});
