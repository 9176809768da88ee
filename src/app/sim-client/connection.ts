/**
 * The one way the app reaches the simulator. connectSimulator() opens a WebSocket to the backend's
 * sessions; when the backend cannot be reached (a static deployment of the SPA), it starts the same
 * simulator in a Web Worker in the page instead. Either way the page sends and receives the messages of
 * src/sim/worker/protocol.ts, and `where` says which one it got, so the page can tell the user.
 */
import type { SimConnection } from './sim-connection';
import { openSocketConnection } from './socket-connection';
import { openWorkerConnection } from './worker-connection';

export type { SimConnection, SimulatorWhere } from './sim-connection';

/** How long to wait for the backend's socket before falling back to the in-page simulator. */
const backendWaitMs = 2500;

export async function connectSimulator(): Promise<SimConnection> {
  try {
    return await openSocketConnection(socketUrl(), backendWaitMs);
  } catch {
    return openWorkerConnection();
  }
}

function socketUrl(): string {
  const scheme = window.location.protocol === 'https:' ? 'wss' : 'ws';
  return `${scheme}://${window.location.host}/api/sessions/socket`;
}
