/**
 * Cross-site request refusal, shared by the HTTP API and the WebSocket upgrade. A browser names the
 * page that made a request in `Origin` (always on POST, PUT, PATCH, DELETE and WebSocket handshakes)
 * and, in current browsers, says in `Sec-Fetch-Site` whether it came from another site. A request
 * from the app's own pages carries the server's own origin; one from another site's page is refused,
 * so no page elsewhere can change a runbook, sign someone in or drive a simulator session.
 * Tools such as curl send neither header: they are not a browser another site can borrow.
 */

export interface RequestOrigin {
  /** The `Origin` header, if any. */
  origin?: string;
  /** The `Host` header the request was sent to. */
  host?: string;
  /** The `Sec-Fetch-Site` header, if any. */
  fetchSite?: string;
}

/**
 * Why the request must be refused as cross-site, or undefined when it may go on. `trusted` lists
 * further origins the app is served from (VGCOPY_ORIGINS: a reverse proxy's public address, Vite's
 * dev server).
 */
export function crossSiteProblem(
  request: RequestOrigin,
  trusted: readonly string[] = [],
): string | undefined {
  if (request.fetchSite && !['same-origin', 'none'].includes(request.fetchSite)) {
    return `This request came from another site's page (Sec-Fetch-Site: ${request.fetchSite}); vgcopy takes changes only from its own pages.`;
  }
  if (request.origin === undefined) return undefined;
  if (trusted.includes(request.origin)) return undefined;
  let host: string;
  try {
    host = new URL(request.origin).host;
  } catch {
    return `The Origin header "${request.origin}" is not an origin such as https://vgcopy.example.com.`;
  }
  if (request.host !== undefined && host === request.host) return undefined;
  return `This request came from ${request.origin}, not from vgcopy's own pages at ${request.host ?? 'this server'}; if vgcopy is served from that address, add it to VGCOPY_ORIGINS.`;
}

/** VGCOPY_ORIGINS: origins separated by commas or spaces, each checked to be an origin. */
export function trustedOriginsFrom(value: string | undefined): string[] {
  const origins = (value ?? '').split(/[\s,]+/).filter(Boolean);
  for (const origin of origins) {
    let parsed: URL | undefined;
    try {
      parsed = new URL(origin);
    } catch {
      parsed = undefined;
    }
    if (!parsed || parsed.origin !== origin) {
      throw new Error(
        `VGCOPY_ORIGINS: "${origin}" is not an origin; write scheme, host and port only, such as https://vgcopy.example.com.`,
      );
    }
  }
  return origins;
}
