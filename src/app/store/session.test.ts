/**
 * The runbooks kept in the browser follow who is signed in, against a fake server: nothing is deleted
 * on the server when another user signs in on the same browser, and a change refused for want of a
 * session (401) reaches the server once the same user has signed in again.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { memoryStorage } from '../test-support/memory-storage';

interface Call {
  method: string;
  url: string;
}

/** A server with accounts: `session` is who the cookie belongs to (null: none or expired). */
function fakeServer() {
  const state = {
    session: null as null | { id: number; username: string },
    runbooks: new Map<
      string,
      { id: string; name: string; updatedAt: string; version: number; owner: string; team: string }
    >(),
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
      const { baseVersion, ...body } = JSON.parse(String(init.body));
      const current = state.runbooks.get(id);
      if (current && current.version !== baseVersion)
        return json({ error: { status: 409, message: 'stale' }, current }, 409);
      const stored = {
        ...body,
        id,
        version: (current?.version ?? 0) + 1,
        owner: current?.owner ?? user.username,
        team: 'A',
      };
      state.runbooks.set(id, stored);
      return json(stored);
    }
    if (method === 'DELETE') {
      state.runbooks.delete(id);
      return new Response(null, { status: 204 });
    }
    return json({ error: { status: 404, message: 'no' } }, 404);
  };
  return { state, fetch };
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

/** A fresh page on which ann has signed in, with the server sync's status and conflict choice. */
async function signedIn() {
  const app = await page();
  const { useSyncStatus, resolveConflict } = await import('./server-sync');
  app.startSession();
  await settle();
  await app.signIn('ann', 'a long password');
  await settle();
  return { app, sync: { useSyncStatus, resolveConflict } };
}

describe('each runbook saved on its own', () => {
  it("shows each runbook's own save status: one the server refuses does not mark another", async () => {
    const { app, sync } = await signedIn();
    const good = app.useRunbooks.getState().createRunbook('datavg');
    const bad = app.useRunbooks.getState().createRunbook('appvg');
    await settle();
    // The server now refuses appvg's facts (a 400, as for fields marked in red); datavg saves on.
    const serve = server.fetch;
    vi.stubGlobal(
      'fetch',
      vi.fn((url: string, init?: RequestInit) =>
        url.endsWith(`/${bad}`) && init?.method === 'PUT'
          ? Promise.resolve(new Response('{}', { status: 400 }))
          : serve(url, init),
      ),
    );
    app.useRunbooks.getState().rename(bad, 'appvg, refused');
    app.useRunbooks.getState().rename(good, 'datavg, renamed');
    await settle();
    expect(sync.useSyncStatus.getState().states).toEqual({ [good]: 'saved', [bad]: 'invalid' });
  });

  it('refuses to overwrite a change saved elsewhere meanwhile: the conflict waits, then keeps mine or takes theirs', async () => {
    const { app, sync } = await signedIn();
    const { useConflicts } = await import('./conflicts');
    const id = app.useRunbooks.getState().createRunbook('datavg');
    await settle();
    // Another admin saves version 2 while this browser still works from version 1.
    const first = server.state.runbooks.get(id);
    if (!first) throw new Error('the runbook was not saved');
    const theirs = {
      ...first,
      name: 'datavg, renamed by bob',
      version: 2,
      updatedAt: '2026-12-01T09:00:00.000Z',
    };
    server.state.runbooks.set(id, theirs);
    app.useRunbooks.getState().rename(id, 'datavg, renamed by ann');
    await settle();
    expect(sync.useSyncStatus.getState().states[id]).toBe('conflict');
    expect(useConflicts.getState().conflicts[id]).toEqual({ theirs, where: 'server' });
    expect(server.state.runbooks.get(id)).toEqual(theirs);
    // Further changes wait too, and nothing is sent while the admin has not chosen.
    app.useRunbooks.getState().rename(id, 'datavg, renamed by ann again');
    await settle();
    expect(server.state.runbooks.get(id)).toEqual(theirs);

    sync.resolveConflict(id, 'mine');
    await settle();
    expect(server.state.runbooks.get(id)).toMatchObject({ name: 'datavg, renamed by ann again', version: 3 });
    expect(sync.useSyncStatus.getState().states[id]).toBe('saved');
    expect(useConflicts.getState().conflicts).toEqual({});

    // Bob saves again; this time ann takes his version.
    const bobs = { ...theirs, name: 'datavg, bob again', version: 4, updatedAt: '2026-12-01T09:30:00.000Z' };
    server.state.runbooks.set(id, bobs);
    app.useRunbooks.getState().rename(id, 'datavg, ann loses this');
    await settle();
    sync.resolveConflict(id, 'theirs');
    await settle();
    expect(app.useRunbooks.getState().runbooks[id]).toEqual(bobs);
    expect(server.state.runbooks.get(id)).toEqual(bobs);
    expect(sync.useSyncStatus.getState().states[id]).toBe('saved');
  });

  it('sees no conflict in its own save whose answer was lost as the page closed, and sends nothing for a page opened', async () => {
    const { app, sync } = await signedIn();
    const id = app.useRunbooks.getState().createRunbook('datavg');
    await settle();
    // The save went as the page closed (version 2 on the server), but its answer never came back.
    const sent = app.useRunbooks.getState().runbooks[id];
    app.useRunbooks.setState((s) => ({ runbooks: { ...s.runbooks, [id]: { ...sent, version: 1 } } }));
    const saved = server.state.runbooks.get(id);
    if (!saved) throw new Error('the runbook was not saved');
    server.state.runbooks.set(id, {
      ...saved,
      name: 'datavg, closing',
      updatedAt: '2026-12-01T09:00:00.000Z',
      version: 2,
    });
    localStorage.setItem(
      `vgcopy.unanswered-save.${id}`,
      JSON.stringify({ updatedAt: '2026-12-01T09:00:00.000Z', baseVersion: 1 }),
    );
    app.useRunbooks.getState().rename(id, 'datavg, after the reload');
    await settle();
    await settle();
    expect(server.state.runbooks.get(id)).toMatchObject({ name: 'datavg, after the reload', version: 3 });
    expect(sync.useSyncStatus.getState().states[id]).toBe('saved');

    // Opening a page is where the admin is, not a change of the runbook: nothing is sent, so it can
    // conflict with no other tab's save (and the script's date stays that of the last change).
    const current = server.state.runbooks.get(id);
    app.useRunbooks.getState().visit(id, 'phase1');
    await settle();
    await settle();
    expect(server.state.runbooks.get(id)).toBe(current);
    expect(sync.useSyncStatus.getState().states[id]).toBe('saved');
  });
});
