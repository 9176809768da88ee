/**
 * The instructor password of a server without accounts, as a person starts it: from the environment, or
 * set once on the instructor page with the token the server printed in its log, never by whoever opens
 * the page first.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SessionClient } from '../sessions/session-client';
import { type SpawnedServer, spawnServer } from '../sessions/spawn-server';

const dir = mkdtempSync(join(tmpdir(), 'vgcopy-instructor-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const tokenLine =
  /vgcopy: no instructor password yet; set it at http:\/\/127\.0\.0\.1:\d+\/instructor with the token (\S+)/;

async function until<T>(what: () => Promise<T | undefined> | T | undefined): Promise<T | undefined> {
  for (let tries = 0; tries < 100; tries++) {
    const found = await what();
    if (found !== undefined) return found;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return undefined;
}

function setPassword(server: SpawnedServer, body: object) {
  return fetch(`${server.url}/api/instructor/password`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
}

const attemptsWith = async (server: SpawnedServer, password: string) =>
  (await fetch(`${server.url}/api/instructor/attempts`, { headers: { 'X-Instructor-Password': password } }))
    .status;

describe('the instructor password of a server without accounts', () => {
  it("is set once with the token from the server's log, typed twice", async () => {
    const server = await spawnServer({ VGCOPY_DB: join(dir, 'token.db'), VGCOPY_SESSION_WORKERS: '0' });
    try {
      const token = await until(() => tokenLine.exec(server.output())?.[1]);
      expect(token, server.output()).toBeDefined();
      const password = 'train the trainers';
      expect((await setPassword(server, { password, confirm: password })).status).toBe(403);
      expect((await setPassword(server, { password, confirm: password, token })).status).toBe(201);
      expect((await setPassword(server, { password, confirm: password, token })).status).toBe(409);
      expect(await attemptsWith(server, password)).toBe(200);
    } finally {
      await server.stop();
    }
    // Once set, a restart prints no token.
    const again = await spawnServer({ VGCOPY_DB: join(dir, 'token.db'), VGCOPY_SESSION_WORKERS: '0' });
    try {
      // The simulator's socket answers once the server has decided whether to print a token.
      const client = await SessionClient.connect(again.url);
      client.send({ type: 'list-scenarios' });
      await client.next('scenarios');
      client.ws.close();
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(again.output()).toContain('is running');
      expect(again.output()).not.toMatch(tokenLine);
    } finally {
      await again.stop();
    }
  });

  it('comes from VGCOPY_INSTRUCTOR_PASSWORD, and then no token is printed', async () => {
    const server = await spawnServer({
      VGCOPY_DB: join(dir, 'env.db'),
      VGCOPY_SESSION_WORKERS: '0',
      VGCOPY_INSTRUCTOR_PASSWORD: 'from the environment',
    });
    try {
      const set = await until(async () => {
        const status = await (await fetch(`${server.url}/api/instructor/status`)).json();
        return status.passwordSet ? true : undefined;
      });
      expect(set).toBe(true);
      expect(await attemptsWith(server, 'from the environment')).toBe(200);
      expect(server.output()).not.toMatch(tokenLine);
    } finally {
      await server.stop();
    }
  });
});
