import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from './app';
import { type Db, openDatabase } from './db';
import { listen, type RunningServer } from './test-support/http';

describe('the HTTP server', () => {
  let db: Db;
  let server: RunningServer;
  beforeAll(async () => {
    db = openDatabase(':memory:');
    server = await listen(createApp({ db, version: '9.9.9' }));
  });
  afterAll(async () => {
    await server.close();
    db.close();
  });

  it('answers /api/health with its version and the schema version of the database', async () => {
    const res = await fetch(`${server.url}/api/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok', version: '9.9.9', database: { schemaVersion: 8 } });
  });

  it('answers an unknown API path with a JSON 404 that says what was asked', async () => {
    const res = await fetch(`${server.url}/api/nothing-here`, { method: 'POST' });
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({
      error: { status: 404, message: 'No API endpoint POST /api/nothing-here; see the README for the API.' },
    });
  });
});
