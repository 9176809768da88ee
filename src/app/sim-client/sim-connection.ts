/**
 * A connection to the simulator, whichever way it was opened (connection.ts): the backend's socket
 * (socket-connection.ts) or the in-page worker (worker-connection.ts). Its own file so both
 * implementations and the opener depend on it, not on each other.
 */
import type { ClientMessageInput, ServerMessage } from '../../sim/worker/protocol';

export type SimulatorWhere = 'backend' | 'in-page';

export interface SimConnection {
  readonly where: SimulatorWhere;
  send(message: ClientMessageInput): void;
  /** Calls `listener` with every message from the simulator; returns the way to stop. */
  subscribe(listener: (message: ServerMessage) => void): () => void;
  /**
   * Keeps this connection's session in the tab under `key`, so the page loaded again goes back to it, and
   * goes back to the one kept there now, if any (kept-session.ts); returns the way to stop keeping it.
   */
  keep(key: string): () => void;
  close(): void;
}
