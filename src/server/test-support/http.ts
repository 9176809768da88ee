/** Starts the real HTTP server on a random loopback port for a test, and stops it afterwards. */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import type { Hono } from 'hono';

export interface RunningServer {
  url: string;
  /** The Node server, for what attaches to it (the WebSocket sessions). */
  server: Server;
  close(): Promise<void>;
}

export function listen(app: Pick<Hono, 'fetch'>): Promise<RunningServer> {
  return new Promise((resolvePromise) => {
    const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info: AddressInfo) => {
      resolvePromise({
        url: `http://127.0.0.1:${info.port}`,
        server: server as Server,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}
