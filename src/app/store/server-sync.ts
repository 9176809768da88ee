/**
 * Mirrors the runbooks store to the backend (/api/runbooks) when it is reachable: each change is PUT
 * after a short pause in typing, a removal is DELETEd, and a runbook opened by its link in another browser
 * is fetched by id. What waits when the tab closes is sent at once (keepalive), and on start the runbooks
 * the server lacks or has older are sent. The browser copy stays the first one: when the server is down
 * the wizard works on, and the status says so. With accounts, a change the server refuses for want of a
 * session (401) waits in the browser and is sent when the user has signed in again (catchUp); one it
 * forbids (403, a reviewer or another team) stays in the browser and the status says why.
 * Each save names the server's version it was edited from; a save the server refuses because the runbook
 * changed there meanwhile (409) is a conflict (conflicts.ts): nothing more is sent for that runbook until
 * the admin keeps theirs or takes the server's (resolveConflict).
 */
import { create } from 'zustand';
import { apiFetch } from './api-fetch';
import { messageOf } from './auth';
import { conflictOf, reportConflict, settleConflict } from './conflicts';
import { takingOtherTabsChange } from './other-tabs';
import { type Runbook, useRunbooks } from './runbooks';
import { overrule } from './tab-storage';
import { noteAnswered, noteSent, nothingToChoose, unansweredSave } from './unanswered-saves';

export type SyncState =
  | 'idle'
  | 'saving'
  | 'saved'
  | 'offline'
  | 'invalid'
  | 'signed-out'
  | 'forbidden'
  | 'conflict';

/** What the header of each runbook shows: whether its last change reached the server. */
export const useSyncStatus = create<{ states: Record<string, SyncState> }>(() => ({ states: {} }));

/** The status of one runbook's saves. */
export function useRunbookSyncState(id: string): SyncState {
  return useSyncStatus((s) => s.states[id] ?? 'idle');
}

const pauseMs = 600;
/** The action each runbook waits to send (PUT of its latest state, or DELETE), with its timer. */
const pending = new Map<string, { timer: ReturnType<typeof setTimeout>; action: Action }>();
type Action = 'PUT' | 'DELETE';
/** updatedAt of each runbook as the server has it, so what came from the server is not sent back. */
const onServer = new Map<string, string>();
/** Removals the server refused for want of a session: sent again once the user has signed in. */
const unsentRemovals = new Set<string>();

function setState(id: string, state: SyncState) {
  // Every keystroke says "saving": the header is drawn again only when the state changes.
  useSyncStatus.setState((s) => (s.states[id] === state ? s : { states: { ...s.states, [id]: state } }));
}

/** A failure that is not one runbook's (the list cannot be read): every runbook of the browser's. */
function setEveryState(state: SyncState) {
  const ids = Object.keys(useRunbooks.getState().runbooks);
  useSyncStatus.setState({ states: Object.fromEntries(ids.map((id) => [id, state])) });
}

async function send(method: Action, id: string, options: { keepalive?: boolean } = {}): Promise<void> {
  const runbook = method === 'PUT' ? useRunbooks.getState().runbooks[id] : undefined;
  if (method === 'PUT' && !runbook) return;
  if (conflictOf(id)) return setState(id, 'conflict');
  setState(id, 'saving');
  const lost = unansweredSave(id);
  if (runbook) noteSent(runbook);
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
            factsChangedAt: runbook.factsChangedAt,
            review: runbook.review,
            runRecord: runbook.runRecord,
            rehearsalRecord: runbook.rehearsalRecord,
            copyHistory: runbook.copyHistory,
            ...(runbook.version === undefined ? {} : { baseVersion: runbook.version }),
          })
        : undefined,
    });
    if (runbook) noteAnswered(id);
    // The server refuses facts the schema refuses; the browser keeps them until the admin fixes them.
    if (res.status === 400) return setState(id, 'invalid');
    if (res.status === 401) {
      if (method === 'DELETE') unsentRemovals.add(id);
      return setState(id, 'signed-out');
    }
    if (res.status === 403) return setState(id, 'forbidden');
    if (res.status === 409) {
      const { current } = ((await res.json().catch(() => null)) ?? {}) as { current?: Runbook };
      // This browser's own save whose answer was lost, or the same answers: saved again from its version
      // (the store's change is sent after the usual pause).
      if (current && runbook && nothingToChoose(runbook, current, lost)) {
        useRunbooks.getState().annotate(id, { version: current.version });
        return schedule(id, 'PUT');
      }
      if (current) reportConflict(id, { theirs: current, where: 'server' });
      return setState(id, 'conflict');
    }
    // A 404 on DELETE means the server never had it: nothing is lost.
    if (!res.ok && !(method === 'DELETE' && res.status === 404)) throw new Error(String(res.status));
    if (runbook) {
      onServer.set(id, runbook.updatedAt);
      serverNotes(id, await res.json().catch(() => null));
    } else {
      onServer.delete(id);
      unsentRemovals.delete(id);
    }
    if (!pending.has(id)) setState(id, 'saved');
  } catch {
    setState(id, 'offline');
  }
}

/** Sends after a pause in typing; the status says "saving" from the first keystroke. */
function schedule(id: string, action: Action) {
  clearTimeout(pending.get(id)?.timer);
  setState(id, conflictOf(id) ? 'conflict' : 'saving');
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

/**
 * The runbook's version now, and who owns it and its team (accounts mode), as the server answered; kept
 * beside the runbook.
 */
function serverNotes(id: string, body: unknown) {
  const { owner, team, version } = (body ?? {}) as Partial<Runbook>;
  const noted = Object.fromEntries(
    Object.entries({ owner, team, version }).filter(([, value]) => value !== undefined),
  );
  if (Object.keys(noted).length > 0) useRunbooks.getState().annotate(id, noted);
}

/**
 * Settles a conflict as the admin chose: 'mine' saves this tab's copy over the other (a new version),
 * 'theirs' takes the other copy in place of this tab's.
 */
export function resolveConflict(id: string, choice: 'mine' | 'theirs'): void {
  const conflict = conflictOf(id);
  if (!conflict) return;
  settleConflict(id);
  if (choice === 'mine') {
    // Another tab's copy is in the browser's store: the next write of this tab may replace it.
    if (conflict.where === 'tab') overrule(conflict.theirs);
    useRunbooks.getState().keepOver(conflict.theirs);
    return;
  }
  // The server's copy is on the server already: nothing to send.
  if (conflict.where === 'server') onServer.set(id, conflict.theirs.updatedAt);
  useRunbooks.getState().restore(conflict.theirs);
  setState(id, conflict.where === 'server' ? 'saved' : 'idle');
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
    if (typeof runbooks === 'string') return setEveryState(runbooks);
    for (const rb of runbooks) {
      onServer.set(rb.id, rb.updatedAt);
      // A copy as the server has it (kept before saves carried versions) starts from the server's version.
      const local = useRunbooks.getState().runbooks[rb.id];
      if (local?.updatedAt === rb.updatedAt) serverNotes(rb.id, { version: rb.version });
    }
    if (pull) for (const rb of runbooks) useRunbooks.getState().receive(rb);
    for (const id of unsentRemovals) await send('DELETE', id);
    for (const rb of Object.values(useRunbooks.getState().runbooks)) {
      const there = onServer.get(rb.id);
      if (!there || there < rb.updatedAt) await send('PUT', rb.id);
    }
  } catch {
    setEveryState('offline');
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
    if (takingOtherTabsChange()) return;
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
