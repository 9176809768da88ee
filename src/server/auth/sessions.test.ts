import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleFacts } from '../../core/model/sample';
import { createApp } from '../app';
import { openDatabase } from '../db';
import { listen } from '../test-support/http';
import { cookieOf, startTeamServer, type TeamServer, testPassword } from '../test-support/accounts';
import { createAccounts } from './accounts';
import { localPrincipal } from './principal';
import { sessionLifetime } from './session-store';

const signInFirst = {
  error: {
    status: 401,
    message:
      "Sign in first: this server has accounts, and this request has no live session (none, expired or signed out). Sign in on the app's page, or POST /api/auth/login.",
  },
};
const runbook = {
  name: 'Nightly copy of datavg',
  facts: sampleFacts(),
  lastStep: 'phase2',
  createdAt: '2026-01-31T12:00:00.000Z',
  updatedAt: '2026-01-31T12:05:00.000Z',
};
const hour = 60 * 60 * 1000;

describe('sessions on a server with accounts', () => {
  let server: TeamServer;
  let aliceId: number;
  beforeAll(async () => {
    server = await startTeamServer();
    aliceId = await server.addUser('alice', ['operator'], 'storage');
  });
  afterAll(() => server.stop());

  const runbookCount = () =>
    (server.db.prepare('SELECT COUNT(*) AS n FROM runbooks').get() as { n: number }).n;

  it('refuses to list, write or delete runbooks without a session, and writes nothing', async () => {
    for (const [method, body] of [['GET'], ['PUT', runbook], ['DELETE']] as const) {
      const res = await server.call(method, method === 'GET' ? '/api/runbooks' : '/api/runbooks/r1', {
        body,
      });
      expect(res.status).toBe(401);
      expect(await res.json()).toEqual(signInFirst);
    }
    expect(runbookCount()).toBe(0);
    // An unknown endpoint does not tell a stranger what exists either.
    expect((await server.call('GET', '/api/users')).status).toBe(401);
  });

  it('lets a browser without a session learn that it must sign in, and load the app', async () => {
    expect((await server.call('GET', '/api/health')).status).toBe(200);
    const me = await server.call('GET', '/api/auth/me');
    expect(await me.json()).toEqual({ accountsRequired: true, setupNeeded: false, user: null });
  });

  it('signs in with a cookie that scripts cannot read, other sites cannot send, and only the server can check', async () => {
    const res = await server.call('POST', '/api/auth/login', {
      body: { username: 'ALICE', password: testPassword },
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      user: { id: aliceId, username: 'alice', roles: ['operator'], team: 'storage' },
    });
    const setCookie = res.headers.get('Set-Cookie') ?? '';
    expect(setCookie).toMatch(
      /^vgcopy_session=[A-Za-z0-9_-]{43}; Max-Age=604800; Path=\/; HttpOnly; SameSite=Strict$/,
    );
    const cookie = cookieOf(res);
    expect((await server.call('GET', '/api/runbooks', { cookie })).status).toBe(200);
    expect(await (await server.call('GET', '/api/auth/me', { cookie })).json()).toEqual({
      accountsRequired: true,
      setupNeeded: false,
      user: { id: aliceId, username: 'alice', roles: ['operator'], team: 'storage' },
    });
    // The database keeps only the token's hash: whoever reads it cannot replay it as a cookie.
    const { token_hash } = server.db.prepare('SELECT token_hash FROM auth_sessions').get() as {
      token_hash: string;
    };
    expect(token_hash).not.toBe(cookie.split('=')[1]);
    const replayedHash = await server.call('GET', '/api/runbooks', {
      cookie: `vgcopy_session=${token_hash}`,
    });
    expect(replayedHash.status).toBe(401);
  });

  it('refuses forged cookies', async () => {
    for (const cookie of [
      'vgcopy_session=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA',
      'vgcopy_session=admin',
      'vgcopy_session=',
      'session=1; user=alice',
    ]) {
      const res = await server.call('GET', '/api/runbooks', { cookie });
      expect(res.status).toBe(401);
      expect(await res.json()).toEqual(signInFirst);
    }
  });

  it('ends the session at logout: the old cookie replayed is refused', async () => {
    const cookie = await server.signIn('alice');
    const res = await server.call('POST', '/api/auth/logout', { cookie });
    expect(res.status).toBe(204);
    expect(res.headers.get('Set-Cookie')).toBe(
      'vgcopy_session=; Max-Age=0; Path=/; HttpOnly; SameSite=Strict',
    );
    expect((await server.call('GET', '/api/runbooks', { cookie })).status).toBe(401);
  });

  it('ends a session after 12 idle hours', async () => {
    const cookie = await server.signIn('alice');
    server.advance(sessionLifetime.idleMs - hour);
    expect((await server.call('GET', '/api/runbooks', { cookie })).status).toBe(200);
    server.advance(sessionLifetime.idleMs + 1);
    expect((await server.call('GET', '/api/runbooks', { cookie })).status).toBe(401);
  });

  it('ends a session 7 days after sign-in, however busy', async () => {
    const cookie = await server.signIn('alice');
    for (let used = 0; used < sessionLifetime.absoluteMs - 6 * hour; used += 6 * hour) {
      server.advance(6 * hour);
      expect((await server.call('GET', '/api/runbooks', { cookie })).status).toBe(200);
    }
    server.advance(6 * hour);
    expect((await server.call('GET', '/api/runbooks', { cookie })).status).toBe(401);
  });

  it('does not keep a session token the browser brought to sign-in (no planted sessions)', async () => {
    const planted = await server.signIn('alice');
    const res = await server.call('POST', '/api/auth/login', {
      cookie: planted,
      body: { username: 'alice', password: testPassword },
    });
    expect(cookieOf(res)).not.toBe(planted);
    expect((await server.call('GET', '/api/runbooks', { cookie: planted })).status).toBe(401);
  });

  it('names the same principal for a WebSocket upgrade carrying the cookie, and none without it', async () => {
    const cookie = await server.signIn('alice');
    const alice = { id: aliceId, username: 'alice', roles: ['operator'], team: 'storage' };
    expect(server.accounts.principalFromCookieHeader(`theme=dark; ${cookie}`)).toEqual(alice);
    expect(server.accounts.identify({ headers: { cookie } } as never)).toEqual(alice);
    expect(server.accounts.principalFromCookieHeader(undefined)).toBeUndefined();
    expect(server.accounts.principalFromCookieHeader('vgcopy_session=forged')).toBeUndefined();
  });
});

describe('the Secure flag', () => {
  const forwardedHttps = { 'X-Forwarded-Proto': 'https' };

  it('is not set because a client says X-Forwarded-Proto: https to a server not behind a proxy', async () => {
    const server = await startTeamServer({ trustProxy: false });
    await server.addUser('bob', ['trainee']);
    const res = await server.call('POST', '/api/auth/login', {
      headers: forwardedHttps,
      body: { username: 'bob', password: testPassword },
    });
    expect(res.headers.get('Set-Cookie')).toMatch(/; Path=\/; HttpOnly; SameSite=Strict$/);
    await server.stop();
  });

  it('is set behind a trusted HTTPS proxy (VGCOPY_TRUST_PROXY=1), at sign-in and at logout', async () => {
    const server = await startTeamServer({ trustProxy: true });
    await server.addUser('bob', ['trainee']);
    const res = await server.call('POST', '/api/auth/login', {
      headers: forwardedHttps,
      body: { username: 'bob', password: testPassword },
    });
    expect(res.headers.get('Set-Cookie')).toMatch(
      /^vgcopy_session=[A-Za-z0-9_-]{43}; Max-Age=604800; Path=\/; HttpOnly; Secure; SameSite=Strict$/,
    );
    const out = await server.call('POST', '/api/auth/logout', {
      cookie: cookieOf(res),
      headers: forwardedHttps,
    });
    expect(out.headers.get('Set-Cookie')).toBe(
      'vgcopy_session=; Max-Age=0; Path=/; HttpOnly; Secure; SameSite=Strict',
    );
    await server.stop();
  });
});

describe('a server for one person on localhost', () => {
  it('treats every request as the local user and has no sign-in', async () => {
    const db = openDatabase(':memory:');
    const accounts = createAccounts(db, { required: false, trustProxy: false });
    const server = await listen(createApp({ db, version: '1.0.0', accounts }));
    const me = await fetch(`${server.url}/api/auth/me`);
    expect(await me.json()).toEqual({
      accountsRequired: false,
      setupNeeded: false,
      user: {
        id: 0,
        username: 'local',
        roles: ['admin', 'instructor', 'reviewer', 'operator', 'trainee'],
        team: 'local',
      },
    });
    expect((await fetch(`${server.url}/api/runbooks`)).status).toBe(200);
    const noAccounts = {
      error: { status: 404, message: 'This server has no accounts: it serves one person on localhost.' },
    };
    const login = await fetch(`${server.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ username: 'local', password: 'anything at all' }),
    });
    expect(login.status).toBe(404);
    expect(await login.json()).toEqual(noAccounts);
    expect(await (await fetch(`${server.url}/api/users`)).json()).toEqual(noAccounts);
    expect(accounts.principalFromCookieHeader(undefined)).toBe(localPrincipal);
    expect(await accounts.prepareFirstAdmin(undefined)).toBeUndefined();
    await server.close();
    db.close();
  });
});
