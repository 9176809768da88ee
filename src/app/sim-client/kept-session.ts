/**
 * A page's simulator session kept across a reload of the page: the session's id is kept in the tab's
 * sessionStorage under the page's key, and a page loaded again in the same tab resumes it on the server,
 * which keeps a session 2 minutes after its last tab left (src/server/sessions/README.md). The resumed
 * session sends its whole state ('opened': world, transcript, script, snapshots), from which the
 * terminal writes its history again. The in-page simulator (no server) ends with the page.
 */
import type { SimConnection } from './connection';

/** Keeps `connection`'s session under `key` and resumes the one kept there; returns the way to stop. */
export function keepSession(connection: SimConnection, key: string): () => void {
  if (connection.where !== 'backend') return () => {};
  const kept = sessionStorage.getItem(key);
  let resuming = kept !== null;
  const stop = connection.subscribe((message) => {
    if (message.type === 'opened') sessionStorage.setItem(key, message.sessionId);
    // The kept session ended (idle, or no tab past the grace): the page offers a new one.
    else if (message.type === 'error' && resuming) sessionStorage.removeItem(key);
    if (message.type === 'opened' || message.type === 'error') resuming = false;
  });
  if (kept) connection.send({ type: 'resume', sessionId: kept });
  return stop;
}
