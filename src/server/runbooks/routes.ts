/**
 * /api/runbooks: the runbooks the wizard keeps, so the same runbook opens in another browser from its
 * link. The browser stays the first copy (it works offline); it PUTs each change here when it can.
 *
 *   GET    /api/runbooks       -> { runbooks: StoredRunbook[] } (newest change first)
 *   GET    /api/runbooks/:id   -> StoredRunbook, or 404
 *   PUT    /api/runbooks/:id   -> StoredRunbook (201 when created, 200 when replaced), 400 with issues
 *   DELETE /api/runbooks/:id   -> 204, or 404
 */
import { Hono } from 'hono';
import type { Db } from '../db';
import { ApiError } from '../errors';
import { jsonBody } from '../validate';
import { runbookRepository } from './repository';
import { runbookBodySchema, runbookIdPattern } from './schema';

function checkedId(id: string): string {
  if (!runbookIdPattern.test(id)) {
    throw new ApiError(
      400,
      `"${id}" is not a runbook id: use 1 to 64 letters, digits, "-" or "_" (the id in the runbook's link).`,
    );
  }
  return id;
}

/** The runbook routes, to mount under /api/runbooks. */
export function runbookRoutes(db: Db): Hono {
  const repo = runbookRepository(db);
  const routes = new Hono();

  routes.get('/', (c) => c.json({ runbooks: repo.list() }));

  routes.get('/:id', (c) => {
    const id = checkedId(c.req.param('id'));
    const runbook = repo.get(id);
    if (!runbook) throw new ApiError(404, `No runbook "${id}" on this server; it may have been deleted.`);
    return c.json(runbook);
  });

  routes.put('/:id', async (c) => {
    const id = checkedId(c.req.param('id'));
    const body = await jsonBody(c, runbookBodySchema);
    const created = repo.put(id, body);
    return c.json({ id, ...body }, created ? 201 : 200);
  });

  routes.delete('/:id', (c) => {
    const id = checkedId(c.req.param('id'));
    if (!repo.delete(id)) throw new ApiError(404, `No runbook "${id}" on this server; nothing was deleted.`);
    return c.body(null, 204);
  });

  return routes;
}
