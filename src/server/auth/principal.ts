/**
 * Who is making a request: the signed-in account, or, when the server runs for one person on
 * localhost without accounts, the built-in local user who may do everything (docs/threat-model.md).
 * Every route and the WebSocket sessions decide with this one type.
 */

/** The roles an account can hold; an account holds one or more. */
export const roles = ['admin', 'instructor', 'reviewer', 'operator', 'trainee'] as const;
export type Role = (typeof roles)[number];

export interface Principal {
  /** The account's id; 0 for the built-in local user. */
  id: number;
  /** Sign-in name, also the trainee name on attempts and the author in a runbook's history. */
  username: string;
  roles: readonly Role[];
  /** Runbooks are shared within a team. */
  team: string;
}

/** The user of a server without accounts (bound to localhost): one person, every role. */
export const localPrincipal: Principal = { id: 0, username: 'local', roles, team: 'local' };

export function hasRole(principal: Principal, ...wanted: Role[]): boolean {
  return principal.roles.includes('admin') || wanted.some((r) => principal.roles.includes(r));
}

/** Hono context variables set by the auth middleware (src/server/auth): `c.get('principal')`. */
export interface AuthVariables {
  principal: Principal;
}
