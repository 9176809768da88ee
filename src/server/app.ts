/**
 * The HTTP application: the JSON API under /api and, when a built SPA is present, the app itself
 * (any other GET falls back to index.html so deep links into the wizard work after a reload).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono, type MiddlewareHandler } from 'hono';
import { type Accounts, createAccounts } from './auth/accounts';
import type { AuthVariables } from './auth/principal';
import type { Db } from './db';
import { ApiError, handleError } from './errors';
import { runbookRoutes } from './runbooks/routes';
import { limitBodySize } from './security/body-limit';
import { refuseCrossSiteChanges } from './security/cross-site';
import { securityHeaders } from './security/headers';
import { acceptJsonOnly } from './security/json-only';
import { trustedOriginsFrom } from './security/origin';
import { createBundledSimulator } from '../sim/worker/bundled-simulator';
import type { SetupToken } from './auth/setup-token';
import { createTrainingRoutes } from './training/training-routes';

export interface AppOptions {
  db: Db;
  /** Folder of the built SPA (vite build), or undefined to serve the API only. */
  staticDir?: string;
  version: string;
  /** Who may do what (src/server/auth/accounts.ts); default: no accounts, one person on localhost. */
  accounts?: Accounts;
  /** Sets `principal` on each request; the accounts' own sign-in check when not given (tests act as someone). */
  authenticate?: MiddlewareHandler<{ Variables: AuthVariables }>;
  /** Further origins the app is served from; VGCOPY_ORIGINS when not given. */
  trustedOrigins?: readonly string[];
  /** The token that sets the first instructor password without accounts (printed in the log by main.ts). */
  instructorToken?: SetupToken;
}

export function createApp({
  db,
  staticDir,
  version,
  accounts = createAccounts(db, { required: false, trustProxy: false }),
  authenticate = accounts.authenticate,
  trustedOrigins = trustedOriginsFrom(process.env.VGCOPY_ORIGINS),
  instructorToken,
}: AppOptions): Hono<{ Variables: AuthVariables }> {
  const app = new Hono<{ Variables: AuthVariables }>();
  app.onError(handleError);

  // Outermost first, so every answer (static file, index.html, an error from any later step) has them.
  app.use('*', securityHeaders());
  // Then what a browser request is refused for by its headers alone, before its body is read:
  // another site's page (403), a body that is not JSON (415), a body over the limit (413).
  app.use('/api/*', refuseCrossSiteChanges(trustedOrigins));
  app.use('/api/*', acceptJsonOnly());
  app.use('/api/*', limitBodySize());
  app.use('/api/*', authenticate);

  app.get('/api/health', (c) => {
    const row = db.prepare('SELECT version FROM schema_version').get() as { version: number };
    return c.json({ status: 'ok', version, database: { schemaVersion: row.version } });
  });

  const simulator = createBundledSimulator();
  app.route('/', accounts.routes);
  app.route('/api/runbooks', runbookRoutes(db));
  app.route(
    '/',
    createTrainingRoutes({ db, scenarios: simulator.listScenarios, simulator, instructorToken }),
  );

  app.all('/api/*', (c) => {
    throw new ApiError(404, `No API endpoint ${c.req.method} ${c.req.path}; see the README for the API.`);
  });

  if (staticDir && existsSync(join(staticDir, 'index.html'))) {
    const indexHtml = readFileSync(join(staticDir, 'index.html'), 'utf8');
    app.use('/*', serveStatic({ root: staticDir }));
    app.get('*', (c) => c.html(indexHtml));
  }
  app.notFound((c) => {
    throw new ApiError(404, `Nothing at ${c.req.path}. Build the app first (npm start does) or open /.`);
  });
  return app;
}
