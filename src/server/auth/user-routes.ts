/**
 * /api/users: the accounts, managed by admins only (403 for anyone else). The server always keeps one
 * admin who can sign in: deleting, demoting or disabling the last one is refused (409).
 *
 *   GET    /api/users      -> { users: [{ id, username, roles, team, disabled, createdAt }] }
 *   POST   /api/users      { username, password, roles, team } -> 201 { user }
 *   PATCH  /api/users/:id  { roles?, team?, password?, disabled? } -> 200 { user }
 *   DELETE /api/users/:id  -> 204
 */
import { Hono } from 'hono';
import { ApiError } from '../errors';
import { jsonBody } from '../validate';
import { type AccountsContext, requireAccounts } from './accounts-context';
import { newUserSchema, userChangeSchema } from './account-schema';
import { hashPassword } from './password-hash';
import { type AuthVariables, hasRole } from './principal';
import { sessionTokenOf } from './session-cookie';
import type { UserRecord } from './users-repository';

type Env = { Variables: AuthVariables };

export function userRoutes(ctx: AccountsContext): Hono<Env> {
  const routes = new Hono<Env>();

  routes.use('*', async (c, next) => {
    requireAccounts(ctx);
    const principal = c.get('principal');
    if (!hasRole(principal, 'admin')) {
      throw new ApiError(
        403,
        `Only an admin may manage accounts; you are signed in as "${principal.username}" (${principal.roles.join(', ')}).`,
      );
    }
    await next();
  });

  const existing = (id: string): UserRecord => {
    const user = /^\d+$/.test(id) ? ctx.users.get(Number(id)) : undefined;
    if (!user) throw new ApiError(404, `No account with id "${id}"; GET /api/users lists them.`);
    return user;
  };

  const refuseIfLastAdmin = (user: UserRecord, what: string) => {
    if (user.roles.includes('admin') && !user.disabled && ctx.users.activeAdminCount() <= 1) {
      throw new ApiError(
        409,
        `"${user.username}" is the last admin who can sign in, so it cannot be ${what}: make another account admin first.`,
      );
    }
  };

  routes.get('/', (c) => c.json({ users: ctx.users.list() }));

  routes.post('/', async (c) => {
    const { password, ...user } = await jsonBody(c, newUserSchema);
    const created = ctx.users.create({ ...user, passwordHash: await hashPassword(password) });
    return c.json({ user: created }, 201);
  });

  routes.patch('/:id', async (c) => {
    const change = await jsonBody(c, userChangeSchema);
    const passwordHash = change.password === undefined ? undefined : await hashPassword(change.password);
    // Looked up after the slow hash, so the last-admin check sees the accounts as they are now.
    const user = existing(c.req.param('id'));
    if (change.disabled === true) refuseIfLastAdmin(user, 'disabled');
    if (change.roles && !change.roles.includes('admin')) refuseIfLastAdmin(user, 'demoted');
    ctx.users.update(user.id, {
      roles: change.roles,
      team: change.team,
      disabled: change.disabled,
      passwordHash,
    });
    // A disabled account is signed out everywhere; a new password signs out everyone who used the old
    // one, but for the admin making the change to their own account.
    if (change.disabled === true) ctx.sessions.endAllOf(user.id);
    else if (passwordHash) {
      ctx.sessions.endAllOf(user.id, c.get('principal').id === user.id ? sessionTokenOf(c) : undefined);
    }
    return c.json({ user: ctx.users.get(user.id) });
  });

  routes.delete('/:id', (c) => {
    const user = existing(c.req.param('id'));
    refuseIfLastAdmin(user, 'deleted');
    ctx.users.delete(user.id);
    return c.body(null, 204);
  });

  return routes;
}
