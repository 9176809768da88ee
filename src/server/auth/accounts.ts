/**
 * Accounts, put together for the server: the middleware that says who is asking, the /api/auth and
 * /api/users routes, the same answer for the WebSocket upgrade, and the first admin at start.
 * A server for one person on localhost is made with `required: false`: every request is then the
 * local user, and signing in and managing users answer 404.
 */
import { randomBytes } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { Hono, type MiddlewareHandler } from 'hono';
import type { Db } from '../db';
import type { AccountsContext } from './accounts-context';
import { authRoutes } from './auth-routes';
import { authenticate, identify, principalFromCookieHeader } from './authenticate';
import { type AdminFromEnv, prepareFirstAdmin } from './first-admin';
import { LoginLimiter } from './login-limiter';
import { hashPassword } from './password-hash';
import type { AuthVariables, Principal } from './principal';
import { SessionStore } from './session-store';
import { SetupToken } from './setup-token';
import { UsersRepository } from './users-repository';
import { userRoutes } from './user-routes';

export interface AccountsOptions {
  /** True when the server serves a team (HOST not loopback, or VGCOPY_ACCOUNTS=on). */
  required: boolean;
  /** VGCOPY_TRUST_PROXY=1: believe a reverse proxy's X-Forwarded-Proto and X-Forwarded-For. */
  trustProxy: boolean;
  /** The clock sessions expire by; tests move it forward. */
  now?: () => number;
}

export interface Accounts {
  readonly required: boolean;
  /** Hono middleware: sets `c.get('principal')`, or answers 401 for the API without a session. */
  authenticate: MiddlewareHandler<{ Variables: AuthVariables }>;
  /** /api/auth/* and /api/users, to mount at the root. */
  routes: Hono<{ Variables: AuthVariables }>;
  /** Who a raw Cookie header belongs to (the local user on a server without accounts). */
  principalFromCookieHeader(header: string | undefined): Principal | undefined;
  /** The WebSocket sessions' `identify` option: who made this upgrade request. */
  identify(req: IncomingMessage): Principal | undefined;
  /**
   * At start: creates or resets the admin named by the environment, or, when there is no admin, issues
   * the setup token to print in the log (returned). Does nothing on a server without accounts.
   */
  prepareFirstAdmin(admin: AdminFromEnv | undefined): Promise<string | undefined>;
}

export function createAccounts(db: Db, options: AccountsOptions): Accounts {
  let decoy: Promise<string> | undefined;
  const ctx: AccountsContext = {
    required: options.required,
    trustProxy: options.trustProxy,
    users: new UsersRepository(db),
    sessions: new SessionStore(db, options.now),
    limiter: new LoginLimiter(),
    setupToken: new SetupToken(),
    decoyHash: () => {
      decoy ??= hashPassword(randomBytes(16).toString('base64'));
      return decoy;
    },
  };
  const routes = new Hono<{ Variables: AuthVariables }>();
  routes.route('/api/auth', authRoutes(ctx));
  routes.route('/api/users', userRoutes(ctx));
  return {
    required: options.required,
    authenticate: authenticate(ctx),
    routes,
    principalFromCookieHeader: (header) => principalFromCookieHeader(ctx, header),
    identify: (req) => identify(ctx, req),
    async prepareFirstAdmin(admin) {
      if (!ctx.required) return undefined;
      // Made now, so the first unknown user name does not take twice as long as the ones after it.
      await ctx.decoyHash();
      return prepareFirstAdmin(ctx, admin);
    },
  };
}
