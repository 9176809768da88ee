/**
 * /api/runbooks: the runbooks the wizard keeps, so the same runbook opens in another browser from its
 * link. The browser stays the first copy (it works offline); it PUTs each change here when it can.
 * Who may do what is decided in access.ts from the request's principal.
 *
 *   GET    /api/runbooks?limit&cursor -> { runbooks: StoredRunbook[], next? } (newest change first)
 *   GET    /api/runbooks/:id          -> StoredRunbook, or 404
 *   GET    /api/runbooks/:id/history  -> { history: HistoryEntry[] } (newest first)
 *   PUT    /api/runbooks/:id          -> StoredRunbook (201 when created, 200 when replaced), 400 with issues,
 *                                         409 with the server's runbook as `current` when the save started
 *                                         from another version than the server's (baseVersion)
 *   DELETE /api/runbooks/:id          -> 204, or 404
 */
import { Hono } from 'hono';
import type { AuthVariables } from '../auth/principal';
import type { Db } from '../db';
import { ApiError, errorBody } from '../errors';
import { standingReview } from '../../core/model/review';
import { jsonBody } from '../validate';
import { checkDelete, checkRead, checkWrite, readableTeam } from './access';
import { cursorOf, limitOf, positionOf } from './paging';
import { runbookRepository } from './repository';
import { runbookIdPattern, runbookSaveSchema, type StoredRunbook } from './schema';

function checkedId(id: string): string {
  if (!runbookIdPattern.test(id)) {
    throw new ApiError(
      400,
      `"${id}" is not a runbook id: use 1 to 64 letters, digits, "-" or "_" (the id in the runbook's link).`,
    );
  }
  return id;
}

/** Why a save is refused: it would overwrite a version of the runbook its author never saw. */
function staleSaveMessage(
  current: StoredRunbook,
  baseVersion: number | undefined,
  changedBy?: string,
): string {
  const by = changedBy ? ` by ${changedBy}` : '';
  const since =
    baseVersion === undefined
      ? 'this save does not name the version it started from'
      : `this save started from version ${baseVersion}`;
  return `Runbook "${current.id}" is at version ${current.version} on the server (saved${by} at ${current.updatedAt}) and ${since}: saving it would overwrite that change. Load the server's runbook, or save yours again with baseVersion ${current.version} to keep it.`;
}

/** The runbook routes, to mount under /api/runbooks. */
export function runbookRoutes(db: Db): Hono<{ Variables: AuthVariables }> {
  const repo = runbookRepository(db);
  const routes = new Hono<{ Variables: AuthVariables }>();

  routes.get('/', (c) => {
    const team = readableTeam(c.get('principal'));
    const page = repo.page(limitOf(c.req.query('limit')), positionOf(c.req.query('cursor')), team);
    return c.json({ runbooks: page.runbooks, ...(page.next ? { next: cursorOf(page.next) } : {}) });
  });

  routes.get('/:id', (c) => {
    const id = checkedId(c.req.param('id'));
    readableTeam(c.get('principal'));
    const runbook = repo.get(id);
    if (!runbook) throw new ApiError(404, `No runbook "${id}" on this server; it may have been deleted.`);
    checkRead(c.get('principal'), runbook, id);
    return c.json(runbook);
  });

  routes.get('/:id/history', (c) => {
    const id = checkedId(c.req.param('id'));
    const principal = c.get('principal');
    const everyTeam = readableTeam(principal) === undefined;
    const runbook = repo.get(id);
    if (runbook) checkRead(principal, runbook, id);
    // A deleted runbook's history tells no team whose it was: only admins read it.
    else if (!everyTeam)
      throw new ApiError(404, `No runbook "${id}" on this server; it may have been deleted.`);
    return c.json({ history: repo.history(id) });
  });

  routes.put('/:id', async (c) => {
    const id = checkedId(c.req.param('id'));
    const principal = c.get('principal');
    checkWrite(principal, undefined, id);
    const { baseVersion, review, ...rest } = await jsonBody(c, runbookSaveSchema);
    // A review stands only for the facts it was given for: a save with other facts drops it.
    const standing = standingReview(review, rest.facts);
    const body = standing ? { ...rest, review: standing } : rest;
    // From here to the write nothing awaits, so no other request can change the runbook in between.
    const existing = repo.get(id);
    checkWrite(principal, existing, id);
    if (existing && existing.version !== baseVersion) {
      const message = staleSaveMessage(existing, baseVersion, repo.history(id)[0]?.username);
      return c.json({ ...errorBody(409, message), current: existing }, 409);
    }
    const owner = existing ?? { owner: principal.username, team: principal.team };
    const { action, version } = repo.put(id, body, principal.username, owner);
    return c.json(
      { id, ...body, version, owner: owner.owner, team: owner.team },
      action === 'created' ? 201 : 200,
    );
  });

  routes.delete('/:id', (c) => {
    const id = checkedId(c.req.param('id'));
    const principal = c.get('principal');
    readableTeam(principal);
    const existing = repo.get(id);
    if (!existing) throw new ApiError(404, `No runbook "${id}" on this server; nothing was deleted.`);
    checkDelete(principal, existing, id);
    repo.delete(id, principal.username);
    return c.body(null, 204);
  });

  return routes;
}
