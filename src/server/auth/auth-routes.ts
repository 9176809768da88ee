/**
 * /api/auth: who am I, sign in, sign out, and the first admin from the setup token.
 *
 *   GET  /api/auth/me      -> { accountsRequired, setupNeeded, user | null }
 *   POST /api/auth/login   { username, password } -> { user } + session cookie; 401, 429, 404 without accounts
 *   POST /api/auth/logout  -> 204, the session ended and its cookie cleared
 *   POST /api/auth/setup   { token, username, password } -> 201 { user } + cookie; 403 wrong token, 409 an admin exists
 */
import { type Context, Hono } from 'hono';
import { ApiError } from '../errors';
import { jsonBody } from '../validate';
import { type AccountsContext, publicUser, requireAccounts } from './accounts-context';
import { loginSchema, setupSchema } from './account-schema';
import { clientAddress } from './client-connection';
import { firstAdminTeam } from './first-admin';
import { hashPassword, verifyPassword } from './password-hash';
import type { AuthVariables } from './principal';
import { clearSessionCookie, sessionTokenOf, setSessionCookie } from './session-cookie';

type Env = { Variables: AuthVariables };

export function authRoutes(ctx: AccountsContext): Hono<Env> {
  const routes = new Hono<Env>();

  /** A fresh session for the user; any session the browser came with ends (no one can plant a token). */
  const signIn = (c: Context<Env>, userId: number) => {
    const previous = sessionTokenOf(c);
    if (previous) ctx.sessions.end(previous);
    setSessionCookie(c, ctx.sessions.start(userId), ctx.trustProxy);
  };

  routes.get('/me', (c) => {
    const principal = c.get('principal');
    return c.json({
      accountsRequired: ctx.required,
      setupNeeded: ctx.required && ctx.setupToken.isPending() && ctx.users.activeAdminCount() === 0,
      user: principal ? publicUser(principal) : null,
    });
  });

  routes.post('/login', async (c) => {
    requireAccounts(ctx);
    const { username, password } = await jsonBody(c, loginSchema);
    const address = clientAddress(c, ctx.trustProxy);
    const refusal = await ctx.limiter.attempt(username, address);
    if (refusal) {
      c.header('Retry-After', String(refusal.retryAfterSeconds));
      throw new ApiError(429, refusal.message);
    }
    const user = ctx.users.findForLogin(username);
    const matches = await verifyPassword(password, user?.passwordHash ?? (await ctx.decoyHash()));
    // One answer for an unknown name, a wrong password and a disabled account: none says which names exist.
    if (!user || !matches || user.disabled) throw new ApiError(401, 'Wrong user name or password.');
    await ctx.limiter.succeeded(username, address);
    signIn(c, user.id);
    return c.json({ user: publicUser(user) });
  });

  routes.post('/logout', (c) => {
    const token = sessionTokenOf(c);
    if (token) ctx.sessions.end(token);
    clearSessionCookie(c, ctx.trustProxy);
    return c.body(null, 204);
  });

  routes.post('/setup', async (c) => {
    requireAccounts(ctx);
    const { token, username, password } = await jsonBody(c, setupSchema);
    if (ctx.users.activeAdminCount() > 0) {
      throw new ApiError(409, 'This server already has an admin: sign in, or ask an admin for an account.');
    }
    if (!ctx.setupToken.redeem(token)) {
      throw new ApiError(
        403,
        'That is not the setup token, or it was used already: copy it from the line "vgcopy: no admin yet" in the server log (restarting the server prints a new one).',
      );
    }
    const passwordHash = await hashPassword(password);
    const user = ctx.users.create({ username, passwordHash, roles: ['admin'], team: firstAdminTeam });
    signIn(c, user.id);
    return c.json({ user: publicUser(user) }, 201);
  });

  return routes;
}
