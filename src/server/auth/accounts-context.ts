/** What the accounts routes and middleware share: the stores, the limits and the server's mode. */
import { ApiError } from '../errors';
import type { LoginLimiter } from './login-limiter';
import type { Principal } from './principal';
import type { SessionStore } from './session-store';
import type { SetupToken } from './setup-token';
import type { UsersRepository } from './users-repository';

export interface AccountsContext {
  /** False when the server serves one person on localhost: every request is the local user. */
  required: boolean;
  /** VGCOPY_TRUST_PROXY=1: a reverse proxy sets X-Forwarded-Proto and X-Forwarded-For. */
  trustProxy: boolean;
  users: UsersRepository;
  sessions: SessionStore;
  limiter: LoginLimiter;
  setupToken: SetupToken;
  /** A hash to check unknown user names against, so they cost the same scrypt work as known ones. */
  decoyHash(): Promise<string>;
}

/** Answers 404 on a server without accounts, where signing in and managing users mean nothing. */
export function requireAccounts(ctx: AccountsContext): void {
  if (!ctx.required) {
    throw new ApiError(404, 'This server has no accounts: it serves one person on localhost.');
  }
}

/** The account as the API shows it: never its password hash. */
export function publicUser({ id, username, roles, team }: Principal) {
  return { id, username, roles, team };
}
