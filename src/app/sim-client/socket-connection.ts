/**
 * The backend's simulator over a WebSocket. If the socket drops, it reconnects and resumes the session it
 * had, so the world survives a network blip or a restart of the page's connection; a page that keeps its
 * session (kept-session.ts) resumes it after a reload too.
 */
import type { ServerMessage } from '../../sim/worker/protocol';
import type { SimConnection } from './sim-connection';
import { keepSocketSession } from './kept-session';
import { Listeners } from './listeners';

const reconnectDelayMs = 1000;

/**
 * Opens the socket and checks that a vgcopy server answers on it (it lists its scenarios): a socket that
 * opens but never answers (a proxy, a static host) counts as no backend.
 */
function open(url: string, waitMs: number): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url);
    const fail = (reason: string) => {
      window.clearTimeout(timer);
      ws.close();
      reject(new Error(reason));
    };
    const timer = window.setTimeout(() => fail('The backend did not answer in time.'), waitMs);
    ws.addEventListener('open', () => ws.send(JSON.stringify({ type: 'list-scenarios' })));
    ws.addEventListener('message', function answered(event) {
      ws.removeEventListener('message', answered);
      const reply = JSON.parse(String(event.data)) as ServerMessage;
      if (reply.type !== 'scenarios') return fail('The socket does not speak the simulator protocol.');
      window.clearTimeout(timer);
      resolve(ws);
    });
    ws.addEventListener('error', () => fail('The backend cannot be reached.'));
  });
}

export async function openSocketConnection(url: string, waitMs: number): Promise<SimConnection> {
  const listeners = new Listeners();
  let ws = await open(url, waitMs);
  let sessionId: string | null = null;
  let closed = false;
  const pending: string[] = [];

  const attach = (socket: WebSocket) => {
    socket.addEventListener('message', (event) => {
      const message = JSON.parse(String(event.data)) as ServerMessage;
      if (message.type === 'opened') sessionId = message.sessionId;
      listeners.emit(message);
    });
    socket.addEventListener('close', () => {
      if (!closed) window.setTimeout(reconnect, reconnectDelayMs);
    });
  };
  const reconnect = async () => {
    try {
      ws = await open(url, waitMs);
    } catch {
      if (!closed) window.setTimeout(reconnect, reconnectDelayMs);
      return;
    }
    attach(ws);
    if (sessionId) ws.send(JSON.stringify({ type: 'resume', sessionId }));
    for (const text of pending.splice(0)) ws.send(text);
  };
  attach(ws);

  const connection: SimConnection = {
    where: 'backend',
    send(message) {
      const text = JSON.stringify(message);
      if (ws.readyState === WebSocket.OPEN) ws.send(text);
      else pending.push(text);
    },
    subscribe: (listener) => listeners.add(listener),
    keep: (key) => keepSocketSession(connection, key),
    close() {
      closed = true;
      ws.close();
    },
  };
  return connection;
}
