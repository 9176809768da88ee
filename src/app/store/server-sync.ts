/**
 * Mirrors the runbooks store to the backend (/api/runbooks) when it is reachable: each change is PUT
 * after a short pause in typing, a removal is DELETEd, and a runbook opened by its link in another browser
 * is fetched by id. What waits when the tab closes is sent at once (keepalive), and on start the runbooks
 * the server lacks or has older are sent. The browser copy stays the first one: when the server is down
 * the wizard works on, and the status says so. With accounts, a change the server refuses for want of a
 * session (401) waits in the browser and is sent when the user has signed in again (catchUp); one it
 * forbids (403, a reviewer or another team) stays in the browser and the status says why.
 */
import { create } from 'zustand';
import { apiFetch } from './api-fetch';
import { messageOf } from './auth';
import { type Runbook, useRunbooks } from './runbooks';

export type SyncState = 'idle' | 'saving' | 'saved' | 'offline' | 'invalid' | 'signed-out' | 'forbidden';

/** What the header shows: whether the last change reached the server. */
export const useSyncStatus = create<{ state: SyncState }>(() => ({ state: 'idle' }));

const pauseMs = 600;
/** The action each runbook waits to send (PUT of its latest state, or DELETE), with its timer. */
const pending = new Map<string, { timer: ReturnType<typeof setTimeout>; action: Action }>();
type Action = 'PUT' | 'DELETE';
/** updatedAt of each runbook as the server has it, so what came from the server is not sent back. */
const onServer = new Map<string, string>();
/** Removals the server refused for want of a session: sent again once the user has signed in. */
const unsentRemovals = new Set<string>();

function setState(state: SyncState) {
  useSyncStatus.setState({ state });
}

async function send(method: Action, id: string, options: { keepalive?: boolean } = {}): Promise<void> {
  const runbook = method === 'PUT' ? useRunbooks.getState().runbooks[id] : undefined;
  if (method === 'PUT' && !runbook) return;
  setState('saving');
  try {
    const res = await apiFetch(`/api/runbooks/${encodeURIComponent(id)}`, {
      method,
      keepalive: options.keepalive,
      headers: { 'Content-Type': 'application/json' },
      body: runbook
        ? JSON.stringify({
            name: runbook.name,
            facts: runbook.facts,
            lastStep: runbook.lastStep,
            createdAt: runbook.createdAt,
            updatedAt: runbook.updatedAt,
          })
        : undefined,
    });
    // The server refuses facts the schema refuses; the browser keeps them until the admin fixes them.
    if (res.status === 400) return setState('invalid');
    if (res.status === 401) {
      if (method === 'DELETE') unsentRemovals.add(id);
      return setState('signed-out');
    }
    if (res.status === 403) return setState('forbidden');
    // A 404 on DELETE means the server never had it: nothing is lost.
    if (!res.ok && !(method === 'DELETE' && res.status === 404)) throw new Error(String(res.status));
    if (runbook) {
      onServer.set(id, runbook.updatedAt);
      ownership(id, await res.json().catch(() => null));
    } else {
      onServer.delete(id);
      unsentRemovals.delete(id);
    }
    if (pending.size === 0) setState('saved');
  } catch {
    setState('offline');
  }
}

/** Sends after a pause in typing; the status says "saving" from the first keystroke. */
function schedule(id: string, action: Action) {
  clearTimeout(pending.get(id)?.timer);
  setState('saving');
  const timer = setTimeout(() => {
    pending.delete(id);
    void send(action, id);
  }, pauseMs);
  pending.set(id, { timer, action });
}

/** Sends what still waits at once: the tab is being closed or reloaded. */
function flush() {
  for (const [id, { timer, action }] of pending) {
    clearTimeout(timer);
    void send(action, id, { keepalive: true });
  }
  pending.clear();
}

/** Who owns a runbook and its team, as the server answered (accounts mode); kept beside the runbook. */
function ownership(id: string, body: unknown) {
  const { owner, team } = (body ?? {}) as Partial<Runbook>;
  if (owner !== undefined || team !== undefined) useRunbooks.getState().annotate(id, { owner, team });
}

/** Every runbook the server lists for this user, page by page. */
async function serverList(): Promise<Runbook[] | 'signed-out' | 'forbidden' | 'offline'> {
  const all: Runbook[] = [];
  let cursor: string | undefined;
  do {
    const res = await apiFetch(`/api/runbooks${cursor ? `?cursor=${encodeURIComponent(cursor)}` : ''}`);
    if (res.status === 401) return 'signed-out';
    // An account without a runbook role (a trainee) keeps its runbooks in the browser only.
    if (res.status === 403) return 'forbidden';
    if (!res.ok) return 'offline';
    const page = (await res.json()) as { runbooks: Runbook[]; next?: string };
    all.push(...page.runbooks);
    cursor = page.next;
  } while (cursor);
  return all;
}

/**
 * Sends the runbooks the server lacks, or has older: changes made while it was down, while the session
 * had ended, or just before a reload. The server's list comes in pages. With `pull`, the runbooks the server keeps for this user (their
 * team's) come into the browser, so the list shows them with their owner.
 */
export async function catchUp({ pull = false }: { pull?: boolean } = {}): Promise<void> {
  try {
    const runbooks = await serverList();
    if (typeof runbooks === 'string') return setState(runbooks);
    for (const rb of runbooks) onServer.set(rb.id, rb.updatedAt);
    if (pull) for (const rb of runbooks) useRunbooks.getState().receive(rb);
    for (const id of unsentRemovals) await send('DELETE', id);
    for (const rb of Object.values(useRunbooks.getState().runbooks)) {
      const there = onServer.get(rb.id);
      if (!there || there < rb.updatedAt) await send('PUT', rb.id);
    }
  } catch {
    setState('offline');
  }
}

/** Sends what waits for a pause in typing now, and resolves when the server has answered (before sign-out). */
export async function sendPendingNow(): Promise<void> {
  const waiting = [...pending].map(([id, { timer, action }]) => {
    clearTimeout(timer);
    return [id, action] as const;
  });
  pending.clear();
  await Promise.all(waiting.map(([id, action]) => send(action, id)));
}

/**
 * Starts mirroring the store to the server; returns the function that stops it. `pull` brings the
 * server's runbooks into the browser at start (accounts mode: the team's runbooks).
 */
export function startServerSync({ pull = false }: { pull?: boolean } = {}): () => void {
  void catchUp({ pull });
  window.addEventListener('pagehide', flush);
  const unsubscribe = useRunbooks.subscribe((next, prev) => {
    for (const [id, rb] of Object.entries(next.runbooks)) {
      if (rb !== prev.runbooks[id] && onServer.get(id) !== rb.updatedAt) schedule(id, 'PUT');
    }
    for (const id of Object.keys(prev.runbooks)) {
      if (!next.runbooks[id]) schedule(id, 'DELETE');
    }
  });
  return () => {
    unsubscribe();
    window.removeEventListener('pagehide', flush);
    for (const { timer } of pending.values()) clearTimeout(timer);
    pending.clear();
    onServer.clear();
    unsentRemovals.clear();
  };
}

/** What became of a runbook asked for by its link. */
export type FetchResult =
  | { result: 'found' | 'missing' | 'offline' | 'signed-out' }
  | { result: 'forbidden'; message: string };

/**
 * Fetches a runbook this browser does not have (opened from a link) into the store: 'found', 'missing'
 * (the server has no such runbook), 'forbidden' (another team's, with the server's reason), 'signed-out'
 * or 'offline'.
 */
export async function fetchRunbook(id: string): Promise<FetchResult> {
  try {
    const res = await apiFetch(`/api/runbooks/${encodeURIComponent(id)}`);
    if (res.status === 404 || res.status === 400) return { result: 'missing' };
    if (res.status === 401) return { result: 'signed-out' };
    if (res.status === 403) return { result: 'forbidden', message: await messageOf(res) };
    if (!res.ok) return { result: 'offline' };
    const runbook = (await res.json()) as Runbook;
    onServer.set(id, runbook.updatedAt);
    useRunbooks.getState().receive(runbook);
    return { result: 'found' };
  } catch {
    return { result: 'offline' };
  }
}
