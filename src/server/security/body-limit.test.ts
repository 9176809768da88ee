/** A client sends far more than a runbook, with or without saying how much. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app';
import { type Db, openDatabase } from '../db';
import { listen, type RunningServer } from '../test-support/http';

const tooLarge = {
  error: {
    status: 413,
    message:
      'The request body is larger than 1 MiB, the most this server takes; a runbook is far smaller, so check what is being sent.',
  },
};

describe('request body limit', () => {
  let db: Db;
  let server: RunningServer;
  beforeAll(async () => {
    db = openDatabase(':memory:');
    server = await listen(createApp({ db, version: '1.0.0' }));
  });
  afterAll(async () => {
    await server.close();
    db.close();
  });

  const fiveMegabytes = JSON.stringify({ name: 'x'.repeat(5 * 1024 * 1024) });

  it('refuses a 5 MB body by its Content-Length with 413, and the server still answers', async () => {
    const res = await fetch(`${server.url}/api/runbooks/big1`, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json' },
      body: fiveMegabytes,
    });
    expect(res.status).toBe(413);
    expect(await res.json()).toEqual(tooLarge);
    expect((await fetch(`${server.url}/api/health`)).status).toBe(200);
  });

  it('counts a chunked body without Content-Length and refuses it past the limit', async () => {
    const chunk = new TextEncoder().encode('x'.repeat(64 * 1024));
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent >= 5 * 1024 * 1024) return controller.close();
        sent += chunk.length;
        controller.enqueue(chunk);
      },
    });
    const res = await fetch(`${server.url}/api/runbooks/big2`, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json' },
      body,
      duplex: 'half',
    } as RequestInit);
    expect(res.status).toBe(413);
    expect(await res.json()).toEqual(tooLarge);
    expect((await fetch(`${server.url}/api/health`)).status).toBe(200);
    expect(db.prepare('SELECT count(*) AS n FROM runbooks').get()).toEqual({ n: 0 });
  });
});
