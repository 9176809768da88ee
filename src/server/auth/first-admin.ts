/**
 * Where the first admin comes from, at each start of a server with accounts: VGCOPY_ADMIN_USER and
 * VGCOPY_ADMIN_PASSWORD create that admin, or reset its password, roles and lock (the way back in for
 * whoever runs the server); without them and without an admin, a setup token is issued for the log.
 */
import { hashPassword, verifyPassword } from './password-hash';
import type { SessionStore } from './session-store';
import type { SetupToken } from './setup-token';
import type { UsersRepository } from './users-repository';

export interface AdminFromEnv {
  username: string;
  password: string;
}

/** The team the first admin is put in; an admin may change it on the users page. */
export const firstAdminTeam = 'admins';

/** Returns the setup token to print when one is needed. */
export async function prepareFirstAdmin(
  deps: { users: UsersRepository; sessions: SessionStore; setupToken: SetupToken },
  admin: AdminFromEnv | undefined,
): Promise<string | undefined> {
  if (admin) {
    await ensureAdmin(deps, admin);
    return undefined;
  }
  return deps.users.activeAdminCount() === 0 ? deps.setupToken.issue() : undefined;
}

async function ensureAdmin(
  { users, sessions }: { users: UsersRepository; sessions: SessionStore },
  admin: AdminFromEnv,
): Promise<void> {
  const existing = users.findForLogin(admin.username);
  if (!existing) {
    users.create({
      username: admin.username,
      passwordHash: await hashPassword(admin.password),
      roles: ['admin'],
      team: firstAdminTeam,
    });
    return;
  }
  const passwordChanged = !(await verifyPassword(admin.password, existing.passwordHash));
  users.update(existing.id, {
    roles: existing.roles.includes('admin') ? existing.roles : [...existing.roles, 'admin'],
    disabled: false,
    ...(passwordChanged ? { passwordHash: await hashPassword(admin.password) } : {}),
  });
  // Whoever held the old password is signed out with it.
  if (passwordChanged) sessions.endAllOf(existing.id);
}
