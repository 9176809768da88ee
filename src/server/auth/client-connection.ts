/**
 * What a request says about the browser's connection: whether it came over HTTPS and from which
 * address. Behind a reverse proxy the server sees the proxy's plain-HTTP connection, so the proxy's
 * X-Forwarded-Proto and X-Forwarded-For are believed only when VGCOPY_TRUST_PROXY=1 says one sets them;
 * otherwise any client could send them to pick its own address (and so dodge the login limits).
 */
import type { Context } from 'hono';

export function isHttps(c: Context, trustProxy: boolean): boolean {
  if (new URL(c.req.url).protocol === 'https:') return true;
  const forwarded = c.req.header('X-Forwarded-Proto');
  return trustProxy && forwarded?.split(',')[0]?.trim().toLowerCase() === 'https';
}

/** The browser's address: the socket's peer, or behind a trusted proxy the address the proxy appended last. */
export function clientAddress(c: Context, trustProxy: boolean): string {
  if (trustProxy) {
    const hops = c.req.header('X-Forwarded-For')?.split(',');
    const last = hops?.[hops.length - 1]?.trim();
    if (last) return last;
  }
  // @hono/node-server puts the Node request in the context's env; app.request() in a test has none.
  const incoming = (c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)?.incoming;
  return incoming?.socket?.remoteAddress ?? 'unknown';
}
