/**
 * Who is using the app. The server says at start (GET /api/auth/me) whether it runs with accounts: without
 * them (one person on localhost) the user is the built-in local user with every role and the app looks as
 * it always did; with them, every page but sign-in needs a signed-in user. A 401 from any API call ends
 * the session here (sessionEnded), so the pages send the user to sign in again.
 */
import { create } from 'zustand';

export const roleNames = ['admin', 'instructor', 'reviewer', 'operator', 'trainee'] as const;
export type Role = (typeof roleNames)[number];

export interface User {
  id: number;
  username: string;
  roles: Role[];
  team: string;
}

interface AuthState {
  /** 'loading' until the server has answered /api/auth/me. */
  phase: 'loading' | 'ready';
  accountsRequired: boolean;
  /** No admin exists yet: the first one is made on /setup with the token from the server log. */
  setupNeeded: boolean;
  user: User | null;
  /** The server refused a call for want of a session (it expired, or the server restarted). */
  expired: boolean;
}

export const useAuth = create<AuthState>(() => ({
  phase: 'loading',
  accountsRequired: false,
  setupNeeded: false,
  user: null,
  expired: false,
}));

interface ErrorBody {
  error?: { message?: string; issues?: { path: string; message: string }[] };
}

/**
 * The server's own words for a refused request: for a form it refused, the fields at fault and how
 * to fix each ("Password: a password has at least 12 characters."); otherwise its message.
 */
export function errorTextOf(body: unknown, status: number): string {
  const error = (body as ErrorBody | null)?.error;
  if (error?.issues?.length) return error.issues.map((i) => i.message).join(' ');
  return error?.message ?? `The server answered ${status}.`;
}

/** errorTextOf a response. */
export async function messageOf(res: Response): Promise<string> {
  return errorTextOf(await res.json().catch(() => null), res.status);
}

/**
 * Asks the server who is signed in. A server that cannot be reached (a static deployment of the app)
 * has no accounts: the app works in the browser alone, as before.
 */
export async function loadAuth(): Promise<void> {
  try {
    const res = await fetch('/api/auth/me');
    if (!res.ok) throw new Error(String(res.status));
    const me = (await res.json()) as { accountsRequired: boolean; setupNeeded: boolean; user: User | null };
    useAuth.setState({ phase: 'ready', ...me });
  } catch {
    useAuth.setState({ phase: 'ready', accountsRequired: false, setupNeeded: false, user: null });
  }
}

/** What a sign-in or first-admin request came back with: the user, or the message to show at the form. */
export type SignInResult = { ok: true; user: User } | { ok: false; message: string };

async function signedIn(res: Response): Promise<SignInResult> {
  if (!res.ok) return { ok: false, message: await messageOf(res) };
  const { user } = (await res.json()) as { user: User };
  useAuth.setState({ user, expired: false, setupNeeded: false });
  return { ok: true, user };
}

function post(url: string, body: unknown): Promise<Response> {
  return fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
}

export async function signIn(username: string, password: string): Promise<SignInResult> {
  try {
    return await signedIn(await post('/api/auth/login', { username, password }));
  } catch {
    return { ok: false, message: 'The vgcopy server cannot be reached; try again when it is up.' };
  }
}

/** Makes the first admin with the token the server printed in its log at start, and signs them in. */
export async function setUpFirstAdmin(token: string, username: string, password: string) {
  try {
    return await signedIn(await post('/api/auth/setup', { token, username, password }));
  } catch {
    return { ok: false, message: 'The vgcopy server cannot be reached; try again when it is up.' } as const;
  }
}

export async function signOut(): Promise<void> {
  // Signed out in this browser even if the server cannot be told: the cookie then expires on its own.
  await post('/api/auth/logout', {}).catch(() => undefined);
  useAuth.setState({ user: null, expired: false });
}

/** A call was refused with 401: the session is over; the pages ask to sign in again. */
export function sessionEnded(): void {
  const { accountsRequired, user } = useAuth.getState();
  if (accountsRequired && user) useAuth.setState({ user: null, expired: true });
}

export function hasRole(user: User | null, ...wanted: Role[]): boolean {
  return Boolean(user && (user.roles.includes('admin') || wanted.some((r) => user.roles.includes(r))));
}

/**
 * Whether the server takes this user's changes to a runbook of `team` (undefined: one not yet on the
 * server, which becomes theirs): admins anywhere, operators in their own team. Without accounts, always.
 */
export function mayWriteRunbook(accountsRequired: boolean, user: User | null, team: string | undefined) {
  if (!accountsRequired) return true;
  if (!user) return false;
  if (user.roles.includes('admin')) return true;
  return user.roles.includes('operator') && (team === undefined || team === user.team);
}
