/**
 * A small client of the sessions' WebSocket for Node: the server tests, the crash test and the load test
 * speak the protocol through it. `next(type)` waits for the next message of that type.
 */
import { WebSocket } from 'ws';
import type { ClientMessageInput, ServerMessage } from '../../sim/worker/protocol';
import { socketPath } from './session-sockets';

type Of<T extends ServerMessage['type']> = Extract<ServerMessage, { type: T }>;

export class SessionClient {
  private readonly inbox: ServerMessage[] = [];
  private waiters: { types: ServerMessage['type'][]; resolve: (m: ServerMessage) => void }[] = [];

  private constructor(readonly ws: WebSocket) {
    ws.on('message', (data) => {
      const message = JSON.parse(data.toString()) as ServerMessage;
      const waiter = this.waiters.find((w) => w.types.includes(message.type));
      if (waiter) {
        this.waiters = this.waiters.filter((w) => w !== waiter);
        waiter.resolve(message);
      } else {
        this.inbox.push(message);
      }
    });
  }

  /** Connects to the server at `baseUrl` (http://host:port), sending `headers` with the upgrade request. */
  static connect(baseUrl: string, headers: Record<string, string> = {}): Promise<SessionClient> {
    const ws = new WebSocket(`${baseUrl.replace(/^http/, 'ws')}${socketPath}`, { headers });
    return new Promise((resolve, reject) => {
      ws.once('open', () => resolve(new SessionClient(ws)));
      ws.once('error', reject);
    });
  }

  send(message: ClientMessageInput | Record<string, unknown>): void {
    this.ws.send(JSON.stringify(message));
  }

  /** Sends raw text, for tests of malformed input. */
  sendRaw(text: string): void {
    this.ws.send(text);
  }

  /** The next message of `type` (one already received, or the next to come), within `timeoutMs`. */
  next<T extends ServerMessage['type']>(type: T, timeoutMs = 10_000): Promise<Of<T>> {
    return this.nextOf([type], timeoutMs);
  }

  /** The next message of any of `types`, e.g. a command's output or the error that took its place. */
  nextOf<T extends ServerMessage['type']>(types: T[], timeoutMs = 10_000): Promise<Of<T>> {
    const index = this.inbox.findIndex((m) => (types as string[]).includes(m.type));
    if (index >= 0) return Promise.resolve(this.inbox.splice(index, 1)[0] as Of<T>);
    return new Promise((resolve, reject) => {
      const waiter = {
        types: types as ServerMessage['type'][],
        resolve: (m: ServerMessage) => {
          clearTimeout(timer);
          resolve(m as Of<T>);
        },
      };
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((w) => w !== waiter);
        reject(new Error(`no ${types.join('/')} message within ${timeoutMs} ms`));
      }, timeoutMs);
      this.waiters.push(waiter);
    });
  }

  /** Messages received and not yet taken by next(), oldest first. */
  pending(): ServerMessage[] {
    return [...this.inbox];
  }

  /** Drops the messages received and not yet taken, for a client that does not read them all. */
  clear(): void {
    this.inbox.length = 0;
  }

  close(): Promise<void> {
    return new Promise((resolve) => {
      if (this.ws.readyState === WebSocket.CLOSED) return resolve();
      this.ws.once('close', () => resolve());
      this.ws.close();
    });
  }
}

/** The clients a test connects to the server at `url()`, closed together when it ends. */
export function testClients(url: () => string) {
  const clients: SessionClient[] = [];
  return {
    async connect(): Promise<SessionClient> {
      const client = await SessionClient.connect(url());
      clients.push(client);
      return client;
    },
    async closeAll(): Promise<void> {
      await Promise.all(clients.map((c) => c.close()));
    },
  };
}
