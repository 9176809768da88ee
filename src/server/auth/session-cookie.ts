/**
 * The session cookie: HttpOnly (page scripts cannot read it, so an injected script cannot send it
 * elsewhere), SameSite=Strict (no other site's page can make the browser send it), Path=/, and Secure
 * when the browser reached the server over HTTPS (a Secure cookie would not come back over plain HTTP).
 */
import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { parse } from 'hono/utils/cookie';
import { isHttps } from './client-connection';
import { sessionLifetime } from './session-store';

const sessionCookieName = 'vgcopy_session';

function flags(c: Context, trustProxy: boolean) {
  return { httpOnly: true, sameSite: 'Strict', path: '/', secure: isHttps(c, trustProxy) } as const;
}

export function setSessionCookie(c: Context, token: string, trustProxy: boolean): void {
  setCookie(c, sessionCookieName, token, {
    ...flags(c, trustProxy),
    // The browser keeps it as long as the server would accept it at most; the server decides the idle end.
    maxAge: sessionLifetime.absoluteMs / 1000,
  });
}

export function clearSessionCookie(c: Context, trustProxy: boolean): void {
  deleteCookie(c, sessionCookieName, flags(c, trustProxy));
}

export function sessionTokenOf(c: Context): string | undefined {
  return getCookie(c, sessionCookieName);
}

/** The token in a raw Cookie header, for the WebSocket upgrade, which does not pass through Hono. */
export function sessionTokenFromHeader(header: string | undefined): string | undefined {
  return header ? parse(header, sessionCookieName)[sessionCookieName] : undefined;
}
