/**
 * Mirrors the runbooks store to the backend (/api/runbooks) when it is reachable: each change is PUT
 * after a short pause in typing, a removal is DELETEd, and a runbook opened by its link in another browser
 * is fetched by id. What waits when the tab closes is sent at once (keepalive), and on start the runbooks
 * the server lacks or has older are sent. The browser copy stays the first one: when the server is down
 * the wizard works on, and the status says so.
 */
import { create } from 'zustand';
import { type Runbook, useRunbooks } from './runbooks';

export type SyncState = 'idle' | 'saving' | 'saved' | 'offline' | 'invalid';

/** What the header shows: whether the last change reached the server. */
export const useSyncStatus = create<{ state: SyncState }>(() => ({ state: 'idle' }));

const pauseMs = 600;
/** The action each runbook waits to send (PUT of its latest state, or DELETE), with its timer. */
const pending = new Map<string, { timer: ReturnType<typeof setTimeout>; action: Action }>();
type Action = 'PUT' | 'DELETE';
/** updatedAt of each runbook as the server has it, so what came from the server is not sent back. */
const onServer = new Map<string, string>();

function setState(state: SyncState) {
  useSyncStatus.setState({ state });
}

async function send(method: Action, id: string, options: { keepalive?: boolean } = {}): Promise<void> {
  const runbook = method === 'PUT' ? useRunbooks.getState().runbooks[id] : undefined;
  if (method === 'PUT' && !runbook) return;
  setState('saving');
  try {
    const res = await fetch(`/api/runbooks/${encodeURIComponent(id)}`, {
      method,
      keepalive: options.keepalive,
      headers: runbook ? { 'Content-Type': 'application/json' } : undefined,
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
    // A 404 on DELETE means the server never had it: nothing is lost.
    if (!res.ok && !(method === 'DELETE' && res.status === 404)) throw new Error(String(res.status));
    if (runbook) onServer.set(id, runbook.updatedAt);
    else onServer.delete(id);
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

/**
 * Sends the runbooks the server lacks, or has older: changes made while it was down or just before a
 * reload. The server's list comes in pages; each page's `next` asks for the following one.
 */
async function catchUp(): Promise<void> {
  try {
    let next: string | undefined;
    do {
      const res = await fetch(`/api/runbooks${next ? `?cursor=${encodeURIComponent(next)}` : ''}`);
      if (!res.ok) return setState('offline');
      const page = (await res.json()) as { runbooks: Runbook[]; next?: string };
      for (const rb of page.runbooks) onServer.set(rb.id, rb.updatedAt);
      next = page.next;
    } while (next);
    for (const rb of Object.values(useRunbooks.getState().runbooks)) {
      const there = onServer.get(rb.id);
      if (!there || there < rb.updatedAt) await send('PUT', rb.id);
    }
  } catch {
    setState('offline');
  }
}

/** Starts mirroring the store to the server; returns the function that stops it. */
export function startServerSync(): () => void {
  void catchUp();
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
  };
}

/**
 * Fetches a runbook this browser does not have (opened from a link) into the store.
 * Resolves to 'found', 'missing' (the server has no such runbook) or 'offline'.
 */
export async function fetchRunbook(id: string): Promise<'found' | 'missing' | 'offline'> {
  try {
    const res = await fetch(`/api/runbooks/${encodeURIComponent(id)}`);
    if (res.status === 404 || res.status === 400) return 'missing';
    if (!res.ok) return 'offline';
    const runbook = (await res.json()) as Runbook;
    onServer.set(id, runbook.updatedAt);
    useRunbooks.getState().receive(runbook);
    return 'found';
  } catch {
    return 'offline';
  }
}
