/**
 * The WebSocket end of the simulator sessions, at /api/sessions/socket. Each text frame is one JSON
 * message of the protocol (src/sim/worker/protocol.ts); anything else gets an `error` reply naming what
 * is wrong, and the socket stays open. Uses ws in noServer mode on the HTTP server's upgrade event.
 */
import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { type RawData, WebSocket, WebSocketServer } from 'ws';
import { clientMessageSchema, limits, type ServerMessage } from '../../sim/worker/protocol';
import { issuesOf } from '../errors';
import { type Answer, answerOf, type LiveSession, type SessionRegistry } from './session-manager';

export const socketPath = '/api/sessions/socket';

/** Biggest frame accepted: an uploaded scenario file plus its JSON envelope. */
const maxPayload = limits.scenarioFileChars * 2;

export interface SessionSockets {
  close(): void;
}

/** Answers WebSocket upgrades on `server` at /api/sessions/socket, and sweeps idle sessions. */
export function attachSessionSockets(
  server: Pick<Server, 'on' | 'off'>,
  manager: SessionRegistry,
  sweepEveryMs = 60_000,
): SessionSockets {
  const wss = new WebSocketServer({ noServer: true, maxPayload });
  const watchers: Watchers = new Map();
  const onUpgrade = (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    // Node takes its own error listener off a socket it hands to 'upgrade': without one, a client that
    // resets the connection mid-handshake would end the process.
    socket.on('error', () => socket.destroy());
    if (new URL(req.url ?? '/', 'http://localhost').pathname !== socketPath) {
      socket.end('HTTP/1.1 404 Not Found\r\n\r\n');
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws) => serve(ws, manager, watchers));
  };
  server.on('upgrade', onUpgrade);
  const sweeper = setInterval(() => manager.sweep(), sweepEveryMs);
  sweeper.unref();
  return {
    close() {
      clearInterval(sweeper);
      server.off('upgrade', onUpgrade);
      for (const ws of wss.clients) ws.terminate();
      wss.close();
    },
  };
}

/**
 * The sockets attached to each session: the host's tab and the storage admin's second tab see every
 * change either makes; replies meant for one page only (opened, hint, graded, error) go to the asker.
 */
type Send = (json: string) => void;
type Watchers = Map<string, Set<Send>>;
const privateReplies = new Set<ServerMessage['type']>(['opened', 'hint', 'graded', 'error', 'scenarios']);

function serve(ws: WebSocket, manager: SessionRegistry, watchers: Watchers): void {
  // A bad frame (too big, not UTF-8, unmasked, unknown opcode) is an 'error' of this socket: ws has
  // already closed it with the matching code (1009, 1007, 1002), so there is nothing more to do, but
  // an 'error' nobody listens to would end the whole server.
  ws.on('error', () => undefined);
  let session: LiveSession | undefined;
  const send: Send = (json) => {
    if (ws.readyState === WebSocket.OPEN) ws.send(json);
  };
  const reply = (message: ServerMessage) => send(answerOf(message).json);
  const watch = (next: LiveSession) => {
    if (session) watchers.get(session.id)?.delete(send);
    session = next;
    const set = watchers.get(next.id) ?? new Set<Send>();
    set.add(send);
    watchers.set(next.id, set);
  };
  const emit = (answer: Answer) => {
    if (privateReplies.has(answer.type) || !session) return send(answer.json);
    for (const watcher of watchers.get(session.id) ?? [send]) watcher(answer.json);
  };
  ws.on('close', () => {
    if (!session) return;
    const set = watchers.get(session.id);
    set?.delete(send);
    if (set?.size === 0) watchers.delete(session.id);
  });
  const error = (message: string, issues?: { path: string; message: string }[]) =>
    reply({ type: 'error', message, ...(issues ? { issues } : {}) });

  // Messages are taken in order (an open finishes before the next message is looked at); the session
  // itself queues the commands, so a long script does not hold up a pause.
  let inOrder: Promise<void> = Promise.resolve();
  ws.on('message', (data: RawData, isBinary: boolean) => {
    inOrder = inOrder
      .then(() => receive(data, isBinary))
      .catch((err: unknown) => {
        console.error('vgcopy: a simulator session failed', err);
        error('The simulator hit an unexpected error on that message; the connection is still open.');
      });
  });
  const receive = async (data: RawData, isBinary: boolean): Promise<void> => {
    if (isBinary) return error('Send text frames holding one JSON message each.');
    let raw: unknown;
    try {
      raw = JSON.parse(data.toString());
    } catch {
      return error('That message is not JSON: send one JSON object such as {"type":"run","line":"lspv"}.');
    }
    const parsed = clientMessageSchema.safeParse(raw);
    if (!parsed.success)
      return error('That message is not one this session takes; see issues.', issuesOf(parsed.error));
    const message = parsed.data;
    let target: LiveSession;
    if (message.type === 'list-scenarios') {
      return reply({ type: 'scenarios', scenarios: manager.scenarios() });
    }
    if (message.type === 'open') {
      const opened = await manager.open(message);
      if ('error' in opened) return error(opened.error);
      target = opened;
      watch(target);
    } else if (message.type === 'resume') {
      const found = manager.get(message.sessionId);
      if (!found) return error('That session has expired or never was; open a new one.');
      target = found;
      watch(target);
    } else if (session && manager.get(session.id)) {
      target = session;
    } else {
      return error(
        session
          ? 'This session expired after a long idle time; open a new one.'
          : 'Open a session first: send {"type":"open","source":{"kind":"scenario","id":"..."}}.',
      );
    }
    target.handle(message, emit).catch((err: unknown) => {
      console.error('vgcopy: a simulator session failed', err);
      error('The simulator hit an unexpected error on that command; the session is still open.');
    });
  };
}
