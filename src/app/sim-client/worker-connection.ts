/** The simulator in a Web Worker in the page, for when the backend cannot be reached. */
import type { ServerMessage } from '../../sim/worker/protocol';
import type { SimConnection } from './connection';
import { Listeners } from './listeners';

export function openWorkerConnection(): SimConnection {
  const worker = new Worker(new URL('./sim-worker.ts', import.meta.url), { type: 'module' });
  const listeners = new Listeners();
  worker.addEventListener('message', (event: MessageEvent<ServerMessage>) => listeners.emit(event.data));
  return {
    where: 'in-page',
    send: (message) => worker.postMessage(message),
    subscribe: (listener) => listeners.add(listener),
    close: () => worker.terminate(),
  };
}
