/**
 * Security headers on every response (API, static files, the index.html fallback, errors), through
 * Hono's maintained secure-headers middleware. The Content-Security-Policy lets the page run only the
 * app's own code: an injected <script>, an inline handler or a script from elsewhere does not run, and
 * nothing the page reads can be sent to another host. Each source below is there because the built app
 * needs it (docs/threat-model.md, "Requests from browsers"); the browser tests fail on any violation.
 */
import { secureHeaders } from 'hono/secure-headers';

const contentSecurityPolicy = {
  defaultSrc: ["'self'"],
  // sh-syntax (the script check) compiles its WebAssembly parser: allowed without allowing eval().
  scriptSrc: ["'self'", "'wasm-unsafe-eval'"],
  // The app's own style sheets; style="" attributes are refused (React sets styles through the DOM).
  styleSrc: ["'self'"],
  // xterm.js writes its theme and each terminal's cell styles into <style> elements at run time; their
  // text differs per terminal and theme, so no hash can name it. Scripts stay strict, and images, fonts
  // and connections limited to 'self' keep an injected style from sending anything elsewhere. (A browser
  // without style-src-elem, older than 2022, falls back to style-src: the terminal loses its colours.)
  styleSrcElem: ["'self'", "'unsafe-inline'"],
  // fetch to /api and the sessions' WebSocket on the same host (CSP3 'self' matches ws: and wss:).
  connectSrc: ["'self'"],
  // The in-page simulator's Web Worker is a file of the build.
  workerSrc: ["'self'"],
  imgSrc: ["'self'", 'data:'],
  objectSrc: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
};

export const securityHeaders = () =>
  secureHeaders({
    contentSecurityPolicy,
    xFrameOptions: 'DENY',
    referrerPolicy: 'no-referrer',
    crossOriginOpenerPolicy: true,
    // HSTS is the TLS-terminating proxy's decision: vgcopy itself often runs on plain http on an intranet.
    strictTransportSecurity: false,
  });
