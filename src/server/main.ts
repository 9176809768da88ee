/**
 * `npm start`: serves the built SPA and the API on http://127.0.0.1:8080 (PORT to change it), with the
 * SQLite database under ./data (VGCOPY_DB to change it). HOST set to another address serves a team, who
 * then sign in (src/server/auth/serving-mode.ts). SIGINT/SIGTERM close the server, then the database,
 * and exit.
 */
import type { Server } from 'node:http';
import { hostname } from 'node:os';
import { resolve } from 'node:path';
import { serve } from '@hono/node-server';
// Bundled into the built server, which runs from dist-server/ where no relative path reaches it.
import packageJson from '../../package.json' with { type: 'json' };
import { createApp } from './app';
import { createAccounts } from './auth/accounts';
import { InstructorPassword } from './auth/instructor-password';
import { type ServingMode, ServingModeError, servingModeFrom } from './auth/serving-mode';
import { SetupToken } from './auth/setup-token';
import { openDatabase } from './db';
import { createBundledSimulator } from '../sim/worker/bundled-simulator';
import { startSessions } from './sessions/start-sessions';

const port = Number(process.env.PORT ?? 8080);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`vgcopy: PORT must be a port number (0-65535), not "${process.env.PORT}".`);
  process.exit(2);
}
let mode: ServingMode;
try {
  mode = servingModeFrom(process.env);
} catch (err) {
  if (!(err instanceof ServingModeError)) throw err;
  console.error(`vgcopy: ${err.message}`);
  process.exit(2);
}
const dbFile = resolve(process.env.VGCOPY_DB ?? 'data/vgcopy.db');
const { version } = packageJson;

const db = openDatabase(dbFile);
const accounts = createAccounts(db, { required: mode.accountsRequired, trustProxy: mode.trustProxy });
const setupToken = await accounts.prepareFirstAdmin(mode.admin);
const instructorToken = new SetupToken();
const app = createApp({ db, staticDir: resolve('dist'), version, accounts, instructorToken });
/** The address the server answers at, once it listens. */
let listening: (origin: string) => void = () => {};
const listened = new Promise<string>((done) => {
  listening = done;
});
const server = serve({ fetch: app.fetch, port, hostname: mode.host }, (info) => {
  // A wildcard address is no place to open in a browser: the machine's name is.
  const host = ['0.0.0.0', '::'].includes(mode.host) ? hostname() : mode.host;
  const origin = `http://${host.includes(':') ? `[${host}]` : host}:${info.port}`;
  const who = mode.accountsRequired
    ? 'with accounts (everyone signs in)'
    : 'for this machine only, no accounts';
  console.log(`vgcopy ${version} is running at ${origin}/ ${who} (database ${dbFile})`);
  if (setupToken)
    console.log(`vgcopy: no admin yet; create one at ${origin}/setup with the token ${setupToken}`);
  listening(origin);
});
// Simulator sessions over WebSocket at /api/sessions/socket (src/server/sessions).
const sessions = await startSessions({
  server: server as Server,
  db,
  simulator: createBundledSimulator(),
  instructorPassword: process.env.VGCOPY_INSTRUCTOR_PASSWORD,
  // The same sign-in as the API: with accounts, a socket without a valid session cookie gets 401.
  identify: accounts.identify,
  trustProxy: mode.trustProxy,
});
// Without accounts the instructor password is set with a token only whoever runs the server reads, once
// startSessions has stored VGCOPY_INSTRUCTOR_PASSWORD (which makes it unneeded).
if (!mode.accountsRequired && !new InstructorPassword(db).isSet()) {
  const token = instructorToken.issue();
  void listened.then((origin) =>
    console.log(`vgcopy: no instructor password yet; set it at ${origin}/instructor with the token ${token}`),
  );
}
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
