/**
 * Whom the server serves, from its environment: one person on this machine (HOST on loopback, the
 * default; no accounts, as vgcopy always was), or a team (HOST another address, or VGCOPY_ACCOUNTS=on;
 * everyone signs in). A server reachable from the network without accounts would let anyone read and
 * change every runbook, so that combination refuses to start.
 */
import { isIP } from 'node:net';
import { usernameSchema, minimumPasswordLength } from './account-schema';
import type { AdminFromEnv } from './first-admin';

export interface ServingMode {
  host: string;
  accountsRequired: boolean;
  trustProxy: boolean;
  /** VGCOPY_ADMIN_USER and VGCOPY_ADMIN_PASSWORD, when both are set. */
  admin?: AdminFromEnv;
}

/** Thrown for a setting the server cannot start with; the message says which and what to set instead. */
export class ServingModeError extends Error {}

function isLoopback(host: string): boolean {
  if (host === 'localhost' || host === '::1') return true;
  return isIP(host) === 4 && host.startsWith('127.');
}

export function servingModeFrom(env: NodeJS.ProcessEnv): ServingMode {
  const host = env.HOST || '127.0.0.1';
  const accounts = onOff('VGCOPY_ACCOUNTS', env.VGCOPY_ACCOUNTS, ['on', 'off']);
  const trust = onOff('VGCOPY_TRUST_PROXY', env.VGCOPY_TRUST_PROXY, ['1', '0']);
  if (!isLoopback(host) && accounts === 'off') {
    throw new ServingModeError(
      `HOST=${host} lets other machines reach this server, but VGCOPY_ACCOUNTS=off would let anyone there read, change and delete every runbook. Remove VGCOPY_ACCOUNTS=off so people sign in, or leave HOST unset to serve only this machine (127.0.0.1).`,
    );
  }
  return {
    host,
    accountsRequired: accounts === 'on' || !isLoopback(host),
    trustProxy: trust === '1',
    admin: adminFrom(env),
  };
}

function onOff(name: string, value: string | undefined, allowed: readonly string[]): string | undefined {
  if (value === undefined || value === '' || allowed.includes(value)) return value || undefined;
  throw new ServingModeError(`${name} must be ${allowed.join(' or ')}, not "${value}".`);
}

function adminFrom(env: NodeJS.ProcessEnv): AdminFromEnv | undefined {
  const username = env.VGCOPY_ADMIN_USER;
  const password = env.VGCOPY_ADMIN_PASSWORD;
  if (!username && !password) return undefined;
  if (!username || !password) {
    throw new ServingModeError(
      'Set both VGCOPY_ADMIN_USER and VGCOPY_ADMIN_PASSWORD to create the admin at start, or neither to create it with the setup token the log prints.',
    );
  }
  if (!usernameSchema.safeParse(username).success) {
    throw new ServingModeError(
      `VGCOPY_ADMIN_USER "${username}" is not a user name: use 1 to 64 letters, digits, ".", "_" or "-", starting with a letter or digit.`,
    );
  }
  if (password.length < minimumPasswordLength) {
    throw new ServingModeError(`VGCOPY_ADMIN_PASSWORD needs at least ${minimumPasswordLength} characters.`);
  }
  return { username, password };
}
