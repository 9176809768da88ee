/**
 * The WebSocket end of the simulator sessions, at /api/sessions/socket. Each text frame is one JSON
 * message of the protocol (src/sim/worker/protocol.ts); anything else gets an `error` reply naming what
 * is wrong, and the socket stays open. Uses ws in noServer mode on the HTTP server's upgrade event.
 */
import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { type RawData, WebSocket, WebSocketServer } from 'ws';
import { clientMessageSchema, limits, type ServerMessage } from '../../sim/worker/protocol';
import type { SimSession } from '../../sim/worker/sim-session';
import { issuesOf } from '../errors';
import type { SessionManager } from './session-manager';

export const socketPath = '/api/sessions/socket';

/** Biggest frame accepted: an uploaded scenario file plus its JSON envelope. */
const maxPayload = limits.scenarioFileChars * 2;

export interface SessionSockets {
  close(): void;
}

/** Answers WebSocket upgrades on `server` at /api/sessions/socket, and sweeps idle sessions. */
export function attachSessionSockets(
  server: Pick<Server, 'on' | 'off'>,
  manager: SessionManager,
  sweepEveryMs = 60_000,
): SessionSockets {
  const wss = new WebSocketServer({ noServer: true, maxPayload });
  const onUpgrade = (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    if (new URL(req.url ?? '/', 'http://localhost').pathname !== socketPath) {
      socket.end('HTTP/1.1 404 Not Found\r\n\r\n');
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws) => serve(ws, manager));
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

function serve(ws: WebSocket, manager: SessionManager): void {
  let session: SimSession | undefined;
  const send = (message: ServerMessage) => {
    if (ws.readyState === WebSocket.OPEN) ws.send(JSON.stringify(message));
  };
  const error = (message: string, issues?: { path: string; message: string }[]) =>
    send({ type: 'error', message, ...(issues ? { issues } : {}) });

  ws.on('message', (data: RawData, isBinary: boolean) => {
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
    if (message.type === 'open') {
      const opened = manager.open(message);
      if ('error' in opened) return error(opened.error);
      session = opened;
    } else if (message.type === 'resume') {
      const found = manager.get(message.sessionId);
      if (!found) return error('That session has expired or never was; open a new one.');
      session = found;
    } else if (!session) {
      return error('Open a session first: send {"type":"open","source":{"kind":"scenario","id":"..."}}.');
    } else {
      manager.get(session.id);
    }
    session.handle(message, send).catch((err: unknown) => {
      console.error('vgcopy: a simulator session failed', err);
      error('The simulator hit an unexpected error on that command; the session is still open.');
    });
  });
}
