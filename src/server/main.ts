/**
 * `npm start`: serves the built SPA and the API on http://localhost:8080 (PORT to change it), with the
 * SQLite database under ./data (VGCOPY_DB to change it). SIGINT/SIGTERM close the server, then the
 * database, and exit.
 */
import { readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { resolve } from 'node:path';
import { serve } from '@hono/node-server';
import { createApp } from './app';
import { openDatabase } from './db';
import { createBundledSimulator } from '../sim/worker/bundled-simulator';
import { startSessions } from './sessions/start-sessions';

const port = Number(process.env.PORT ?? 8080);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`vgcopy: PORT must be a port number (0-65535), not "${process.env.PORT}".`);
  process.exit(2);
}
const dbFile = resolve(process.env.VGCOPY_DB ?? 'data/vgcopy.db');
const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
  version: string;
};

const db = openDatabase(dbFile);
const app = createApp({ db, staticDir: resolve('dist'), version });
const server = serve({ fetch: app.fetch, port, hostname: process.env.HOST ?? '0.0.0.0' }, (info) => {
  console.log(`vgcopy ${version} is running at http://localhost:${info.port}/ (database ${dbFile})`);
});
// Simulator sessions over WebSocket at /api/sessions/socket (src/server/sessions).
const sessions = await startSessions({
  server: server as Server,
  db,
  simulator: createBundledSimulator(),
  instructorPassword: process.env.VGCOPY_INSTRUCTOR_PASSWORD,
});
server.on('error', (err: NodeJS.ErrnoException) => {
  console.error(
    err.code === 'EADDRINUSE'
      ? `vgcopy: port ${port} is already in use; stop the other server or start with PORT=<another port>.`
      : `vgcopy: the server could not start: ${err.message}`,
  );
  db.close();
  process.exit(1);
});

let stopping = false;
function shutdown(signal: string): void {
  if (stopping) return;
  stopping = true;
  console.log(`vgcopy: ${signal} received, stopping.`);
  sessions.sockets.close();
  server.close(() => {
    db.close();
    process.exit(0);
  });
  // Open keep-alive connections would hold close() up; end them after a short grace period.
  setTimeout(() => {
    db.close();
    process.exit(0);
  }, 3000).unref();
}
process.on('SIGINT', () => shutdown('SIGINT'));
process.on('SIGTERM', () => shutdown('SIGTERM'));
