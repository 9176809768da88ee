/**
 * Refuses a change to the API (POST, PUT, PATCH, DELETE) that another site's page makes the browser
 * send: the browser names that page in Origin and Sec-Fetch-Site, which a page cannot forge
 * (crossSiteProblem in origin.ts). Reads are left alone: a cross-site page cannot read their answers.
 */
import type { MiddlewareHandler } from 'hono';
import { ApiError } from '../errors';
import { crossSiteProblem } from './origin';

/** The methods that change something; the only ones a cross-site page could use to do harm blindly. */
export const changingMethods: readonly string[] = ['POST', 'PUT', 'PATCH', 'DELETE'];

/** `trusted`: further origins the app is served from (VGCOPY_ORIGINS). */
export function refuseCrossSiteChanges(trusted: readonly string[]): MiddlewareHandler {
  return async (c, next) => {
    if (changingMethods.includes(c.req.method)) {
      const problem = crossSiteProblem(
        {
          origin: c.req.header('Origin'),
          // The host the request was sent to: Node's server builds the URL from the Host header.
          host: new URL(c.req.url).host,
          fetchSite: c.req.header('Sec-Fetch-Site'),
        },
        trusted,
      );
      if (problem) throw new ApiError(403, `${problem} Nothing was changed.`);
    }
    await next();
  };
}
