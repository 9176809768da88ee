/**
 * Stands in for the sign-in middleware in tests: every request is made by the given principal (an
 * account with an id other than 0, unless the test means the local user).
 */
import type { MiddlewareHandler } from 'hono';
import type { AuthVariables, Principal, Role } from '../auth/principal';

export function actingAs(principal: Principal): MiddlewareHandler<{ Variables: AuthVariables }> {
  return async (c, next) => {
    c.set('principal', principal);
    await next();
  };
}

let nextId = 100;

/** A signed-in account for a test. */
export function account(username: string, roles: Role[], team = 'storage-a'): Principal {
  nextId += 1;
  return { id: nextId, username, roles, team };
}
