/**
 * A page's simulator session kept across a reload of the page, in the tab's sessionStorage under the
 * page's key. On the server, the key holds the session's id and the page loaded again resumes it (the
 * server keeps a session 2 minutes after its last tab left, src/server/sessions/README.md). In the
 * page's Web Worker (no server), it holds the rehearsal as JSON, which the new worker rebuilds
 * (worker-connection.ts). Either way the session then sends its whole state ('opened': world,
 * transcript, script, snapshots), from which the terminal writes its history again.
 */
import type { ClientMessageInput, ServerMessage } from '../../sim/worker/protocol';

/** What keeping needs of a connection (SimConnection's, named here so the connections can import this). */
interface Channel {
  send(message: ClientMessageInput): void;
  subscribe(listener: (message: ServerMessage) => void): () => void;
}

/**
 * Offers what the tab kept under `key` (null: nothing) to `restore`; when the simulator answers it with
 * an error (the session ended, or cannot be rebuilt), the key is let go and the page starts afresh.
 */
export function restoreKept(
  connection: Pick<Channel, 'subscribe'>,
  key: string,
  restore: (kept: string | null) => void,
): () => void {
  const kept = sessionStorage.getItem(key);
  let restoring = kept !== null;
  const stop = connection.subscribe((message) => {
    if (message.type === 'error' && restoring) sessionStorage.removeItem(key);
    if (message.type === 'opened' || message.type === 'error') restoring = false;
  });
  restore(kept);
  return stop;
}

/** The server's sessions: the session's id is kept, and resumed. */
export function keepSocketSession(connection: Channel, key: string) {
  const stopKeeping = connection.subscribe((message) => {
    if (message.type === 'opened') sessionStorage.setItem(key, message.sessionId);
  });
  const stopRestoring = restoreKept(connection, key, (id) => {
    if (id) connection.send({ type: 'resume', sessionId: id });
  });
  return () => {
    stopKeeping();
    stopRestoring();
  };
}
