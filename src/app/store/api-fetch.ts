/**
 * fetch for the API calls made on the user's behalf: a 401 means the session is over (accounts mode),
 * so it is ended here once for every caller (runbook sync, training, instructor, users).
 */
import { errorTextOf, sessionEnded } from './auth';

export async function apiFetch(url: string, init?: RequestInit): Promise<Response> {
  const res = await fetch(url, init);
  if (res.status === 401) sessionEnded();
  return res;
}

/** JSON of a successful call; otherwise throws an Error with the server's message. */
export async function apiJson<T>(url: string, init?: RequestInit): Promise<T> {
  const res = await apiFetch(url, init);
  const body = await res.json().catch(() => null);
  if (!res.ok) throw new Error(errorTextOf(body, res.status));
  return body as T;
}

/** A state-changing call with a JSON body (the server takes changes only as application/json). */
export function jsonInit(method: 'POST' | 'PUT' | 'PATCH' | 'DELETE', body?: unknown): RequestInit {
  return {
    method,
    headers: { 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  };
}
