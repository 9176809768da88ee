/**
 * A change to the API carries JSON or nothing. An HTML form can post only text/plain, urlencoded or
 * multipart bodies, and fetch() sends those without asking the server first (no CORS preflight); so a
 * body of any other type is refused before it is read, and a forged form post cannot pass as JSON.
 */
import type { MiddlewareHandler } from 'hono';
import { ApiError } from '../errors';
import { changingMethods } from './cross-site';

function carriesBody(headers: Headers): boolean {
  const length = headers.get('Content-Length');
  return (
    headers.has('Content-Type') ||
    headers.has('Transfer-Encoding') ||
    (length !== null && length.trim() !== '0')
  );
}

export function acceptJsonOnly(): MiddlewareHandler {
  return async (c, next) => {
    const headers = c.req.raw.headers;
    if (changingMethods.includes(c.req.method) && carriesBody(headers)) {
      const type = headers.get('Content-Type') ?? '';
      const mediaType = type.split(';')[0].trim().toLowerCase();
      if (mediaType !== 'application/json') {
        throw new ApiError(
          415,
          `This endpoint takes a JSON body, not ${type ? `"${type}"` : 'a body without a Content-Type'}: send Content-Type: application/json.`,
        );
      }
    }
    await next();
  };
}
