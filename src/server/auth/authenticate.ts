/**
 * Who is asking: the Hono middleware that sets `c.get('principal')` for every route, and the same
 * answer for the WebSocket upgrade (which does not pass through Hono). On a server without accounts
 * everyone is the local user; with accounts, the session cookie's user, and any /api/ request without
 * one is refused, but for the few endpoints that let a browser find out it must sign in and do so.
 * Static files and the app's pages need no session: the app shows its sign-in page.
 */
import type { IncomingMessage } from 'node:http';
import type { MiddlewareHandler } from 'hono';
import { ApiError } from '../errors';
import type { AccountsContext } from './accounts-context';
import { type AuthVariables, localPrincipal, type Principal } from './principal';
import { sessionTokenFromHeader, sessionTokenOf } from './session-cookie';

/** The API endpoints a browser reaches before it has a session. */
const openEndpoints = new Set([
  '/api/health',
  '/api/auth/me',
  '/api/auth/login',
  '/api/auth/logout',
  '/api/auth/setup',
]);

type Deps = Pick<AccountsContext, 'required' | 'sessions'>;

export function authenticate(deps: Deps): MiddlewareHandler<{ Variables: AuthVariables }> {
  return async (c, next) => {
    const principal = principalOfToken(deps, sessionTokenOf(c));
    if (principal) c.set('principal', principal);
    else if (c.req.path.startsWith('/api/') && !openEndpoints.has(c.req.path)) {
      throw new ApiError(
        401,
        "Sign in first: this server has accounts, and this request has no live session (none, expired or signed out). Sign in on the app's page, or POST /api/auth/login.",
      );
    }
    await next();
  };
}

/** The principal behind a raw Cookie header, or undefined when it holds no live session. */
export function principalFromCookieHeader(deps: Deps, header: string | undefined): Principal | undefined {
  return principalOfToken(deps, sessionTokenFromHeader(header));
}

/** For the WebSocket sessions' `identify` option: who opened the socket. */
export function identify(deps: Deps, req: IncomingMessage): Principal | undefined {
  return principalFromCookieHeader(deps, req.headers.cookie);
}

function principalOfToken(deps: Deps, token: string | undefined): Principal | undefined {
  if (!deps.required) return localPrincipal;
  return token === undefined ? undefined : deps.sessions.principalOf(token);
}
