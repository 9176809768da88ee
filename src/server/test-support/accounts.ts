/**
 * A server with accounts for a test: the real app on a loopback port, a clock the test moves, and
 * helpers to make accounts and sign them in over HTTP as a browser would.
 */
import { type Accounts, createAccounts } from '../auth/accounts';
import { hashPassword } from '../auth/password-hash';
import type { Role } from '../auth/principal';
import { UsersRepository } from '../auth/users-repository';
import { createApp } from '../app';
import { type Db, openDatabase } from '../db';
import { listen, type RunningServer } from './http';

export const testPassword = 'correct horse battery';

export interface TeamServer extends RunningServer {
  db: Db;
  accounts: Accounts;
  /** Moves the sessions' clock forward. */
  advance(ms: number): void;
  /** Creates an account straight in the database; returns its id. */
  addUser(username: string, roles: Role[], team?: string): Promise<number>;
  /** Signs in over HTTP and returns the Cookie header that carries the session. */
  signIn(username: string, password?: string): Promise<string>;
  /** A JSON request as the signed-in browser (cookie) sends it. */
  call(
    method: string,
    path: string,
    options?: { cookie?: string; body?: unknown; headers?: HeadersInit },
  ): Promise<Response>;
  stop(): Promise<void>;
}

export async function startTeamServer(options: { trustProxy?: boolean } = {}): Promise<TeamServer> {
  const db = openDatabase(':memory:');
  let now = Date.parse('2026-12-01T08:00:00.000Z');
  const accounts = createAccounts(db, {
    required: true,
    trustProxy: options.trustProxy ?? false,
    now: () => now,
  });
  const server = await listen(createApp({ db, version: '1.0.0', accounts }));
  const users = new UsersRepository(db);
  const call: TeamServer['call'] = (method, path, { cookie, body, headers } = {}) =>
    fetch(`${server.url}${path}`, {
      method,
      headers: {
        ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
        ...(cookie ? { Cookie: cookie } : {}),
        ...headers,
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  return {
    ...server,
    db,
    accounts,
    call,
    advance(ms) {
      now += ms;
    },
    async addUser(username, roles, team = 'storage') {
      return users.create({ username, passwordHash: await hashPassword(testPassword), roles, team }).id;
    },
    async signIn(username, password = testPassword) {
      const res = await call('POST', '/api/auth/login', { body: { username, password } });
      if (res.status !== 200)
        throw new Error(`sign-in as ${username} failed: ${res.status} ${await res.text()}`);
      return cookieOf(res);
    },
    async stop() {
      await server.close();
      db.close();
    },
  };
}

/** The `name=value` part of a response's Set-Cookie, as the browser sends it back. */
export function cookieOf(res: Response): string {
  return (res.headers.get('Set-Cookie') ?? '').split(';')[0];
}
