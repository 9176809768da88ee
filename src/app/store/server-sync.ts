/**
 * Mirrors the runbooks store to the backend (/api/runbooks) when it is reachable: each change is PUT
 * after a short pause in typing, a removal is DELETEd, and a runbook opened by its link in another browser
 * is fetched by id. The browser copy stays the first one: when the server is down the wizard works on,
 * and the status says so.
 */
import { create } from 'zustand';
import { type Runbook, useRunbooks } from './runbooks';

export type SyncState = 'idle' | 'saving' | 'saved' | 'offline' | 'invalid';

/** What the header shows: whether the last change reached the server. */
export const useSyncStatus = create<{ state: SyncState }>(() => ({ state: 'idle' }));

const pauseMs = 600;
const pending = new Map<string, ReturnType<typeof setTimeout>>();
/** updatedAt of each runbook as the server has it, so what came from the server is not sent back. */
const onServer = new Map<string, string>();

function setState(state: SyncState) {
  useSyncStatus.setState({ state });
}

async function send(method: 'PUT' | 'DELETE', id: string, runbook?: Runbook): Promise<void> {
  setState('saving');
  try {
    const res = await fetch(`/api/runbooks/${encodeURIComponent(id)}`, {
      method,
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
    // A 404 on DELETE means the server never had it: nothing is lost.
    // The server refuses facts the schema refuses; the browser keeps them until the admin fixes them.
    if (res.status === 400) return setState('invalid');
    if (!res.ok && !(method === 'DELETE' && res.status === 404)) throw new Error(String(res.status));
    if (runbook) onServer.set(id, runbook.updatedAt);
    else onServer.delete(id);
    setState('saved');
  } catch {
    setState('offline');
  }
}

function schedule(id: string, action: () => void) {
  clearTimeout(pending.get(id));
  pending.set(
    id,
    setTimeout(() => {
      pending.delete(id);
      action();
    }, pauseMs),
  );
}

/** Starts mirroring the store to the server; returns the function that stops it. */
export function startServerSync(): () => void {
  return useRunbooks.subscribe((next, prev) => {
    for (const [id, rb] of Object.entries(next.runbooks)) {
      if (rb !== prev.runbooks[id] && onServer.get(id) !== rb.updatedAt) {
        schedule(id, () => {
          const latest = useRunbooks.getState().runbooks[id];
          if (latest) void send('PUT', id, latest);
        });
      }
    }
    for (const id of Object.keys(prev.runbooks)) {
      if (!next.runbooks[id]) schedule(id, () => void send('DELETE', id));
    }
  });
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
