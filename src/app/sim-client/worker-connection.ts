/**
 * The simulator in a Web Worker in the page, for when the backend cannot be reached. A rehearsal is kept
 * in the tab's sessionStorage as JSON (worker-keeping.ts), so a reload of the page rebuilds it.
 */
import type { ServerMessage } from '../../sim/worker/protocol';
import type { SimConnection } from './sim-connection';
import { restoreKept } from './kept-session';
import { Listeners } from './listeners';
import type { KeepMessage, KeptMessage } from './worker-keeping';

/** Keeps a rehearsal in the tab; one too big for sessionStorage is let go rather than kept stale. */
function store(key: string, kept: KeptMessage['kept']): void {
  try {
    if (kept) sessionStorage.setItem(key, JSON.stringify(kept));
    else sessionStorage.removeItem(key);
  } catch {
    sessionStorage.removeItem(key);
  }
}

export function openWorkerConnection(): SimConnection {
  const worker = new Worker(new URL('./sim-worker.ts', import.meta.url), { type: 'module' });
  const listeners = new Listeners();
  let keptAs: string | null = null;
  worker.addEventListener('message', (event: MessageEvent<ServerMessage | KeptMessage>) => {
    if (event.data.type !== 'kept') return listeners.emit(event.data);
    if (keptAs) store(keptAs, event.data.kept);
  });
  const connection: SimConnection = {
    where: 'in-page',
    send: (message) => worker.postMessage(message),
    subscribe: (listener) => listeners.add(listener),
    close: () => worker.terminate(),
    keep(key) {
      keptAs = key;
      const stop = restoreKept(connection, key, (kept) => {
        let parsed: KeepMessage['kept'] = null;
        try {
          parsed = kept ? (JSON.parse(kept) as KeepMessage['kept']) : null;
        } catch {
          sessionStorage.removeItem(key);
        }
        worker.postMessage({ type: 'keep', kept: parsed } satisfies KeepMessage);
      });
      return () => {
        keptAs = null;
        stop();
      };
    },
  };
  return connection;
}
