import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { historyEntry } from '../../core/model/copy-history';
import { factsDigest } from '../../core/model/review';
import { lastNightsRun, readBackAt } from '../../core/test-support/copy-history';
import { sampleFacts } from '../../core/model/sample';
import { createApp } from '../app';
import { type Db, openDatabase } from '../db';
import { listen, type RunningServer } from '../test-support/http';

const body = {
  name: 'Nightly copy of datavg',
  facts: sampleFacts(),
  lastStep: 'phase2',
  createdAt: '2026-01-31T12:00:00.000Z',
  updatedAt: '2026-01-31T12:05:00.000Z',
};

/** A runbook as the server without accounts answers it: the body, its version, the local owner and team. */
const stored = (id: string, data: object, version: number) => ({
  id,
  ...data,
  version,
  owner: 'local',
  team: 'local',
});

describe('the runbooks API', () => {
  let db: Db;
  let server: RunningServer;
  const put = (id: string, data: unknown) =>
    fetch(`${server.url}/api/runbooks/${id}`, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json' },
      body: typeof data === 'string' ? data : JSON.stringify(data),
    });
  beforeAll(async () => {
    db = openDatabase(':memory:');
    server = await listen(createApp({ db, version: '1.0.0' }));
  });
  afterAll(async () => {
    await server.close();
    db.close();
  });

  it('keeps a runbook the browser PUTs and gives it back by id and in the list', async () => {
    const created = await put('abc123', body);
    expect(created.status).toBe(201);
    expect(await created.json()).toEqual(stored('abc123', body, 1));

    const again = await put('abc123', {
      ...body,
      name: 'Renamed',
      updatedAt: '2026-01-31T12:06:00.000Z',
      baseVersion: 1,
    });
    expect(again.status).toBe(200);

    const one = await fetch(`${server.url}/api/runbooks/abc123`);
    expect(one.status).toBe(200);
    const renamed = stored('abc123', { ...body, name: 'Renamed', updatedAt: '2026-01-31T12:06:00.000Z' }, 2);
    expect(await one.json()).toEqual(renamed);

    const list = await fetch(`${server.url}/api/runbooks`);
    expect(await list.json()).toEqual({ runbooks: [renamed] });
  });

  it('refuses a save started from an older version with 409 and the runbook as the server has it', async () => {
    // Two tabs open version 1; the first saves (version 2), the second saves what it started from 1.
    await put('twotabs', body);
    const first = { ...body, name: 'Renamed in tab 1', updatedAt: '2026-01-31T12:06:00.000Z' };
    expect((await put('twotabs', { ...first, baseVersion: 1 })).status).toBe(200);
    const second = { ...body, lastStep: 'review', updatedAt: '2026-01-31T12:07:00.000Z' };
    const stale = await put('twotabs', { ...second, baseVersion: 1 });
    expect(stale.status).toBe(409);
    const current = stored('twotabs', first, 2);
    expect(await stale.json()).toEqual({
      error: {
        status: 409,
        message:
          'Runbook "twotabs" is at version 2 on the server (saved by local at 2026-01-31T12:06:00.000Z) and this save started from version 1: saving it would overwrite that change. Load the server\'s runbook, or save yours again with baseVersion 2 to keep it.',
      },
      current,
    });
    // A save that names no version replaces nothing either.
    const blind = await put('twotabs', second);
    expect(blind.status).toBe(409);
    expect(((await blind.json()) as { error: { message: string } }).error.message).toContain(
      'this save does not name the version it started from',
    );
    expect(await (await fetch(`${server.url}/api/runbooks/twotabs`)).json()).toEqual(current);

    // The second tab keeps its own: it saves again from the version it was shown.
    const kept = await put('twotabs', { ...second, baseVersion: 2 });
    expect(kept.status).toBe(200);
    expect(await kept.json()).toEqual(stored('twotabs', second, 3));
  });

  it('refuses facts that do not match the schema, naming the field and what is wrong', async () => {
    const facts = { ...sampleFacts(), sourceVg: { ...sampleFacts().sourceVg, disks: [] } };
    const res = await put('bad1', { ...body, facts });
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({
      error: {
        status: 400,
        message: 'The request body does not match what this endpoint takes; see issues.',
        issues: [
          { path: 'facts.sourceVg.disks', message: 'Source VG disk: the source VG has at least one disk.' },
        ],
      },
    });
  });

  it('refuses a body that is not JSON and an id that cannot be a runbook id', async () => {
    const notJson = await put('abc123', '{name:');
    expect(notJson.status).toBe(400);
    expect(await notJson.json()).toEqual({
      error: {
        status: 400,
        message:
          'The request body is not valid JSON: send a JSON object with Content-Type: application/json.',
      },
    });
    const badId = await fetch(`${server.url}/api/runbooks/a%20b`);
    expect(badId.status).toBe(400);
    expect(await badId.json()).toEqual({
      error: {
        status: 400,
        message:
          '"a b" is not a runbook id: use 1 to 64 letters, digits, "-" or "_" (the id in the runbook\'s link).',
      },
    });
  });

  it('keeps a review only with the facts it was given for: a save with other facts drops it', async () => {
    const review = {
      reviewer: 'Jane Doe',
      at: '2026-01-31T12:10:00.000Z',
      runbookVersion: 1,
      factsSha256: factsDigest(body.facts),
    };
    const reviewed = await put('rev1', { ...body, review });
    expect(await reviewed.json()).toEqual(stored('rev1', { ...body, review }, 1));
    const changed = { ...body, facts: { ...body.facts, hostname: 'aixprod02' }, baseVersion: 1 };
    const saved = await put('rev1', { ...changed, review });
    const { baseVersion: _, ...kept } = changed;
    expect(await saved.json()).toEqual(stored('rev1', kept, 2));
  });

  it("keeps the run record with the runbook, and refuses one that is not of the record's shape", async () => {
    const runRecord = {
      sha256: 'a'.repeat(64),
      version: '0.1.0',
      host: 'aixprod01',
      user: 'jdoe',
      startedAt: '2026-01-31T22:00:00',
      endedAt: '2026-01-31T22:04:10',
      exitCode: 0,
      steps: [
        {
          number: 1,
          id: 'cfgmgr',
          title: 'Configure the target LUNs (cfgmgr)',
          status: 'run',
          output: ['+ cfgmgr'],
        },
      ],
      undo: [],
      ending: ['the copy flashcopyvg is up'],
      earlierRuns: [],
      otherScriptRuns: 0,
      readAt: '2026-02-01T08:00:00.000Z',
    };
    const saved = await put('ran1', { ...body, runRecord });
    expect(await saved.json()).toEqual(stored('ran1', { ...body, runRecord }, 1));
    const forged = await put('ran2', { ...body, runRecord: { ...runRecord, sha256: 'not a checksum' } });
    expect(forged.status).toBe(400);
  });

  it("keeps the copy's history with the runbook, and refuses an entry whose names a script must not see", async () => {
    const entry = historyEntry(lastNightsRun, body.facts, readBackAt)!;
    const saved = await put('hist1', { ...body, copyHistory: [entry] });
    expect(await saved.json()).toEqual(stored('hist1', { ...body, copyHistory: [entry] }, 1));
    const hostile = { ...entry, copies: [{ ...entry.copies[0]!, vgName: 'copyvg;reboot' }] };
    expect((await put('hist2', { ...body, copyHistory: [hostile] })).status).toBe(400);
  });

  it('deletes a runbook once and then answers 404 for it', async () => {
    await put('gone1', body);
    expect((await fetch(`${server.url}/api/runbooks/gone1`, { method: 'DELETE' })).status).toBe(204);
    const missing = await fetch(`${server.url}/api/runbooks/gone1`);
    expect(missing.status).toBe(404);
    expect(await missing.json()).toEqual({
      error: { status: 404, message: 'No runbook "gone1" on this server; it may have been deleted.' },
    });
    const deleteAgain = await fetch(`${server.url}/api/runbooks/gone1`, { method: 'DELETE' });
    expect(await deleteAgain.json()).toEqual({
      error: { status: 404, message: 'No runbook "gone1" on this server; nothing was deleted.' },
    });
  });
});
