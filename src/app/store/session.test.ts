/**
 * The runbooks kept in the browser follow who is signed in, against a fake server: nothing is deleted
 * on the server when another user signs in on the same browser, and a change refused for want of a
 * session (401) reaches the server once the same user has signed in again.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

interface Call {
  method: string;
  url: string;
}

/** A server with accounts: `session` is who the cookie belongs to (null: none or expired). */
function fakeServer() {
  const state = {
    session: null as null | { id: number; username: string },
    runbooks: new Map<string, { id: string; updatedAt: string; owner: string; team: string }>(),
    calls: [] as Call[],
  };
  const json = (body: unknown, status = 200) =>
    new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
  const fetch = async (url: string, init: RequestInit = {}) => {
    const method = init.method ?? 'GET';
    state.calls.push({ method, url });
    const user = state.session && { ...state.session, roles: ['operator'], team: 'A' };
    if (url === '/api/auth/me') return json({ accountsRequired: true, setupNeeded: false, user });
    if (url === '/api/auth/login') {
      const { username } = JSON.parse(String(init.body));
      state.session = { id: username === 'ann' ? 1 : 2, username };
      return json({ user: { ...state.session, roles: ['operator'], team: 'A' } });
    }
    if (!user) return json({ error: { status: 401, message: 'Sign in first.' } }, 401);
    if (url === '/api/runbooks') return json({ runbooks: [...state.runbooks.values()] });
    const id = decodeURIComponent(url.slice('/api/runbooks/'.length));
    if (method === 'PUT') {
      const body = JSON.parse(String(init.body));
      const owner = state.runbooks.get(id)?.owner ?? user.username;
      state.runbooks.set(id, { ...body, id, owner, team: 'A' });
      return json({ ...body, id, owner, team: 'A' });
    }
    if (method === 'DELETE') {
      state.runbooks.delete(id);
      return new Response(null, { status: 204 });
    }
    return json({ error: { status: 404, message: 'no' } }, 404);
  };
  return { state, fetch };
}

function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (k) => items.get(k) ?? null,
    key: (i) => [...items.keys()][i] ?? null,
    removeItem: (k) => void items.delete(k),
    setItem: (k, v) => void items.set(k, v),
  };
}

/** Lets the pending promises and the sync's pause in typing (600 ms) run out. */
const settle = () => vi.advanceTimersByTimeAsync(1000);

let server: ReturnType<typeof fakeServer>;

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  vi.resetModules();
  server = fakeServer();
  const localStorage = memoryStorage();
  vi.stubGlobal('localStorage', localStorage);
  vi.stubGlobal('window', { localStorage, addEventListener() {}, removeEventListener() {} });
  vi.stubGlobal('fetch', vi.fn(server.fetch));
});

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

/** The modules as a fresh page loads them (after the globals above exist). */
async function page() {
  const session = await import('./session');
  const auth = await import('./auth');
  const { useRunbooks } = await import('./runbooks');
  return { ...session, ...auth, useRunbooks };
}

describe('the runbooks in the browser with accounts', () => {
  it('keeps each user’s runbooks apart and deletes nothing on the server when another user signs in', async () => {
    const app = await page();
    app.startSession();
    await settle();
    await app.signIn('ann', 'a long password');
    await settle();
    const id = app.useRunbooks.getState().createRunbook('Ann’s datavg');
    await settle();
    expect([...server.state.runbooks.keys()]).toEqual([id]);

    await app.signOutAfterSaving();
    server.state.session = null;
    await app.signIn('bob', 'a long password');
    await settle();
    expect(server.state.calls.filter((c) => c.method === 'DELETE')).toEqual([]);
    // Bob's browser store holds his team's runbook, pulled from the server, with its owner.
    expect(Object.values(app.useRunbooks.getState().runbooks)).toMatchObject([
      { id, name: 'Ann’s datavg', owner: 'ann', team: 'A' },
    ]);
    expect(localStorage.getItem('vgcopy.runbooks.ann')).toContain('Ann’s datavg');
  });

  it('sends a change refused for want of a session once the same user has signed in again', async () => {
    const app = await page();
    app.startSession();
    await settle();
    await app.signIn('ann', 'a long password');
    await settle();
    const id = app.useRunbooks.getState().createRunbook('datavg');
    await settle();

    server.state.session = null;
    app.useRunbooks.getState().rename(id, 'datavg, renamed while signed out');
    await settle();
    expect(app.useAuth.getState()).toMatchObject({ user: null, expired: true });
    expect(server.state.runbooks.get(id)).toMatchObject({ name: 'datavg' });

    await app.signIn('ann', 'a long password');
    await settle();
    expect(server.state.runbooks.get(id)).toMatchObject({ name: 'datavg, renamed while signed out' });
    expect(app.useAuth.getState().expired).toBe(false);
  });

  it('sends a second change made in the same millisecond as the version the server has', async () => {
    vi.useFakeTimers({
      toFake: ['setTimeout', 'clearTimeout', 'Date'],
      now: Date.parse('2026-12-01T10:00:00Z'),
    });
    const app = await page();
    app.startSession();
    await settle();
    await app.signIn('ann', 'a long password');
    await settle();
    const id = app.useRunbooks.getState().createRunbook('datavg');
    await settle();
    const onServer = server.state.runbooks.get(id)?.updatedAt ?? '';
    vi.setSystemTime(Date.parse(onServer));
    app.useRunbooks.getState().rename(id, 'datavg, renamed in the same millisecond');
    await settle();
    expect(server.state.runbooks.get(id)).toMatchObject({
      name: 'datavg, renamed in the same millisecond',
      updatedAt: new Date(Date.parse(onServer) + 1).toISOString(),
    });
  });
});
