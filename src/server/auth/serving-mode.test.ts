import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { SessionClient } from '../sessions/session-client';
import { spawnServer } from '../sessions/spawn-server';
import { cookieOf } from '../test-support/accounts';
import { servingModeFrom } from './serving-mode';

describe('whom the server serves', () => {
  it('serves this machine only, without accounts, unless told otherwise', () => {
    expect(servingModeFrom({})).toEqual({ host: '127.0.0.1', accountsRequired: false, trustProxy: false });
    expect(servingModeFrom({ HOST: '::1' }).accountsRequired).toBe(false);
    expect(servingModeFrom({ VGCOPY_ACCOUNTS: 'on' }).accountsRequired).toBe(true);
  });

  it('makes everyone sign in when other machines can reach it', () => {
    for (const HOST of ['0.0.0.0', '::', '10.1.2.3', 'vgcopy.example.com']) {
      expect(servingModeFrom({ HOST })).toMatchObject({ host: HOST, accountsRequired: true });
    }
    expect(
      servingModeFrom({
        HOST: '0.0.0.0',
        VGCOPY_TRUST_PROXY: '1',
        VGCOPY_ADMIN_USER: 'ops',
        VGCOPY_ADMIN_PASSWORD: 'twelve chars',
      }),
    ).toEqual({
      host: '0.0.0.0',
      accountsRequired: true,
      trustProxy: true,
      admin: { username: 'ops', password: 'twelve chars' },
    });
  });

  it('refuses settings it cannot start with, saying what to set', () => {
    expect(() => servingModeFrom({ VGCOPY_ACCOUNTS: 'yes' })).toThrow(
      'VGCOPY_ACCOUNTS must be on or off, not "yes".',
    );
    expect(() => servingModeFrom({ VGCOPY_TRUST_PROXY: 'true' })).toThrow(
      'VGCOPY_TRUST_PROXY must be 1 or 0, not "true".',
    );
    expect(() => servingModeFrom({ VGCOPY_ADMIN_USER: 'ops' })).toThrow(
      'Set both VGCOPY_ADMIN_USER and VGCOPY_ADMIN_PASSWORD',
    );
    expect(() => servingModeFrom({ VGCOPY_ADMIN_USER: 'ops', VGCOPY_ADMIN_PASSWORD: 'short' })).toThrow(
      'VGCOPY_ADMIN_PASSWORD needs at least 12 characters.',
    );
  });
});

describe('the server binary', () => {
  const dir = mkdtempSync(join(tmpdir(), 'vgcopy-mode-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('refuses to serve the network without accounts, and says why and how', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
      cwd: fileURLToPath(new URL('../../../', import.meta.url)),
      env: {
        ...process.env,
        HOST: '0.0.0.0',
        VGCOPY_ACCOUNTS: 'off',
        PORT: '0',
        VGCOPY_DB: join(dir, 'off.db'),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d) => {
      stderr += d;
    });
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    expect(code).toBe(2);
    expect(stderr.trim()).toBe(
      'vgcopy: HOST=0.0.0.0 lets other machines reach this server, but VGCOPY_ACCOUNTS=off would let anyone there read, change and delete every runbook. Remove VGCOPY_ACCOUNTS=off so people sign in, or leave HOST unset to serve only this machine (127.0.0.1).',
    );
  });

  it('with accounts and no admin, prints a setup token that creates the first admin', async () => {
    const server = await spawnServer({
      VGCOPY_ACCOUNTS: 'on',
      VGCOPY_DB: join(dir, 'on.db'),
      VGCOPY_SESSION_WORKERS: '0',
    });
    try {
      const token = /no admin yet; create one at http:\/\/127\.0\.0\.1:\d+\/setup with the token (\S+)/.exec(
        server.output(),
      )?.[1];
      expect(token, server.output()).toBeDefined();
      expect((await fetch(`${server.url}/api/runbooks`)).status).toBe(401);
      const setup = await fetch(`${server.url}/api/auth/setup`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ token, username: 'first', password: 'a long setup password' }),
      });
      expect(setup.status).toBe(201);
      expect(
        (await fetch(`${server.url}/api/runbooks`, { headers: { Cookie: cookieOf(setup) } })).status,
      ).toBe(200);
      // The simulator's socket asks for the same sign-in: refused before the upgrade without it.
      await expect(SessionClient.connect(server.url)).rejects.toThrow('Unexpected server response: 401');
      const client = await SessionClient.connect(server.url, { Cookie: cookieOf(setup) });
      client.send({ type: 'list-scenarios' });
      expect((await client.next('scenarios')).scenarios.length).toBeGreaterThan(0);
      client.ws.close();
    } finally {
      await server.stop();
    }
  });
});
