import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Grade } from '../../sim/grader/grade';
import type { TranscriptEntry } from '../../sim/worker/protocol';
import type { FinishedAttempt } from '../../sim/worker/sim-session';
import { localPrincipal, type Principal } from '../auth/principal';
import { type Db, openDatabase } from '../db';
import { handleError } from '../errors';
import { listen, type RunningServer } from '../test-support/http';
import { account, actingAs } from '../test-support/principal';
import { AttemptsRepository } from './attempts-repository';
import { SetupToken } from '../auth/setup-token';
import { createTrainingRoutes } from './training-routes';

const lspv: TranscriptEntry = {
  source: 'aix',
  command: 'lspv',
  result: {
    stdout: 'hdisk0          00c8d3e4f0000001                    rootvg          active\n',
    stderr: '',
    exitCode: 0,
  },
  at: '2025-07-14T10:00:00Z',
};
const grade: Grade = {
  score: 40,
  passed: false,
  checks: [
    {
      id: 'copy-varied-on',
      kind: 'goal',
      title: 'The copy VG flashcopyvg is varied on',
      passed: false,
      points: 30,
      earned: 0,
      detail: 'There is no VG named flashcopyvg at the end.',
      lesson: 'recreatevg, then varyonvg.',
    },
  ],
};

function attempt(trainee: string): FinishedAttempt {
  return {
    trainee,
    scenarioId: 'first-flashcopy',
    scenarioTitle: 'First FlashCopy',
    startedAt: '2025-07-14T10:00:00Z',
    finishedAt: '2025-07-14T10:05:00Z',
    hintsUsed: 2,
    grade,
    transcript: [lspv],
  };
}

describe('the training API for the local user (no accounts)', () => {
  let db: Db;
  let server: RunningServer;
  let annsAttempt: number;
  const password = 'correct horse battery';
  // The token the server prints in its log at its first start.
  const instructorToken = new SetupToken();
  const token = instructorToken.issue();
  beforeAll(async () => {
    db = openDatabase(':memory:');
    const app = new Hono();
    app.onError(handleError);
    app.use('*', actingAs(localPrincipal));
    app.route('/', createTrainingRoutes({ db, scenarios: () => [], instructorToken }));
    server = await listen(app);
    const repository = new AttemptsRepository(db);
    annsAttempt = repository.save(attempt('Ann'));
    repository.save(attempt('Bob'));
  });
  afterAll(async () => {
    await server.close();
    db.close();
  });

  const get = async (path: string, headers: Record<string, string> = {}) => {
    const res = await fetch(`${server.url}${path}`, { headers });
    return { status: res.status, body: await res.json() };
  };

  it("shows a trainee only their own attempts, and another trainee's attempt as missing", async () => {
    const ann = await get('/api/training/attempts?trainee=Ann');
    expect(ann.status).toBe(200);
    expect(ann.body).toEqual({
      attempts: [
        {
          id: annsAttempt,
          trainee: 'Ann',
          scenarioId: 'first-flashcopy',
          scenarioTitle: 'First FlashCopy',
          startedAt: '2025-07-14T10:00:00Z',
          finishedAt: '2025-07-14T10:05:00Z',
          keptAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
          hintsUsed: 2,
          score: 40,
          passed: false,
        },
      ],
    });
    expect((await get(`/api/training/attempts/${annsAttempt}?trainee=Ann`)).body.transcript).toEqual([lspv]);
    expect(await get(`/api/training/attempts/${annsAttempt}?trainee=Bob`)).toEqual({
      status: 404,
      body: {
        error: { status: 404, message: `You have no attempt ${annsAttempt}; see your list of attempts.` },
      },
    });
  });

  it('asks for the trainee name when it is missing', async () => {
    const res = await get('/api/training/attempts');
    expect(res.status).toBe(400);
    expect(res.body.error.message).toBe('Say whose attempts these are: ?trainee=<your name>.');
    expect(res.body.error.issues).toEqual([
      { path: 'trainee', message: 'Trainee: This is empty: enter a value.' },
    ]);
  });

  it("keeps the instructor pages closed until a password is set with the log's token and confirmed, once only", async () => {
    expect(await get('/api/instructor/status')).toEqual({ status: 200, body: { passwordSet: false } });
    expect(await get('/api/instructor/attempts', { 'X-Instructor-Password': password })).toEqual({
      status: 403,
      body: {
        error: {
          status: 403,
          message:
            "No instructor password is set yet: set one first on the instructor page, with the token in the server's log.",
        },
      },
    });
    const post = (body: unknown) =>
      fetch(`${server.url}/api/instructor/password`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      });
    const answer = async (body: unknown) => {
      const res = await post(body);
      return { status: res.status, message: (await res.json()).error?.message };
    };
    expect(await answer({ password: 'short', confirm: 'short', token })).toEqual({
      status: 400,
      message: 'The instructor password needs at least 8 characters.',
    });
    expect(await answer({ password, confirm: 'correct horse batery', token })).toEqual({
      status: 400,
      message: 'The two passwords differ: type the same password in both fields.',
    });
    // Whoever opens /instructor first, without the token from the log, sets nothing.
    const refused = {
      status: 403,
      message:
        'Wrong or spent setup token: use the one the server printed in its log at start ("no instructor password yet"), or start it with VGCOPY_INSTRUCTOR_PASSWORD. Nothing was changed.',
    };
    expect(await answer({ password, confirm: password })).toEqual(refused);
    expect(await answer({ password, confirm: password, token: 'guessed' })).toEqual(refused);
    expect(await get('/api/instructor/status')).toEqual({ status: 200, body: { passwordSet: false } });
    expect(await answer({ password, confirm: password, token })).toEqual({ status: 201, message: undefined });
    expect(await answer({ password: 'another password', confirm: 'another password', token })).toEqual({
      status: 409,
      message:
        'The instructor password is already set; start the server with VGCOPY_INSTRUCTOR_PASSWORD to change it.',
    });
    const stored = db.prepare('SELECT password_hash FROM instructor').get() as { password_hash: string };
    expect(stored.password_hash).toMatch(/^scrypt\$16384\$8\$1\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+$/);
    expect(stored.password_hash).not.toContain(password);
  });

  it('checks the instructor password on every call, and then lists and opens every attempt', async () => {
    expect(await get('/api/instructor/attempts')).toEqual({
      status: 401,
      body: {
        error: { status: 401, message: 'Send the instructor password in the X-Instructor-Password header.' },
      },
    });
    expect(
      await get(`/api/instructor/attempts/${annsAttempt}`, { 'X-Instructor-Password': 'wrong one' }),
    ).toEqual({
      status: 401,
      body: { error: { status: 401, message: 'Wrong instructor password.' } },
    });
    // Class management and the replay's pictures are behind the same password.
    for (const path of [
      '/api/instructor/cohorts',
      '/api/instructor/cohorts/1/grid.csv',
      `/api/instructor/attempts/${annsAttempt}/pictures`,
    ]) {
      expect(await get(path, { 'X-Instructor-Password': 'wrong one' })).toEqual({
        status: 401,
        body: { error: { status: 401, message: 'Wrong instructor password.' } },
      });
    }
    expect(await get('/api/instructor/cohorts', { 'X-Instructor-Password': password })).toEqual({
      status: 200,
      body: { cohorts: [] },
    });
    const all = await get('/api/instructor/attempts', { 'X-Instructor-Password': password });
    expect(all.body.attempts.map((a: { trainee: string }) => a.trainee)).toEqual(['Bob', 'Ann']);
    const one = await get(`/api/instructor/attempts/${annsAttempt}`, { 'X-Instructor-Password': password });
    expect(one.body.grade).toEqual(grade);
    expect(one.body.transcript).toEqual([lspv]);
  });
});

describe('the training API with accounts', () => {
  let db: Db;
  let annsAttempt: number;
  let bobsAttempt: number;
  const ann = account('Ann', ['trainee']);
  const bob = account('Bob', ['trainee']);
  const iris = account('Iris', ['instructor']);
  const ada = account('Ada', ['admin']);
  beforeAll(() => {
    db = openDatabase(':memory:');
    const repository = new AttemptsRepository(db);
    annsAttempt = repository.save(attempt('Ann'));
    bobsAttempt = repository.save(attempt('Bob'));
  });
  afterAll(() => db.close());

  /** A request made by `who`, as the sign-in middleware would tag it. */
  async function as(who: Principal, path: string, init?: RequestInit) {
    const app = new Hono();
    app.onError(handleError);
    app.use('*', actingAs(who));
    app.route('/', createTrainingRoutes({ db, scenarios: () => [] }));
    const res = await app.request(`http://localhost${path}`, init);
    return { status: res.status, body: await res.json() };
  }

  it("shows a trainee their own attempts, another's as missing, and refuses to list someone else's", async () => {
    const own = await as(bob, '/api/training/attempts');
    expect(own.body.attempts.map((a: { id: number }) => a.id)).toEqual([bobsAttempt]);
    expect((await as(bob, '/api/training/attempts?trainee=Bob')).body).toEqual(own.body);
    expect(await as(bob, `/api/training/attempts/${annsAttempt}`)).toEqual({
      status: 404,
      body: {
        error: { status: 404, message: `You have no attempt ${annsAttempt}; see your list of attempts.` },
      },
    });
    // Naming Ann as the trainee does not make Bob Ann.
    expect((await as(bob, `/api/training/attempts/${annsAttempt}?trainee=Ann`)).status).toBe(403);
    expect(await as(bob, '/api/training/attempts?trainee=Ann')).toEqual({
      status: 403,
      body: {
        error: {
          status: 403,
          message:
            "Only instructors see another trainee's attempts; leave out ?trainee= to see your own, Bob.",
        },
      },
    });
  });

  it('opens the instructor pages by role, not by password, and lets an instructor list a trainee', async () => {
    expect(await as(ann, '/api/instructor/attempts')).toEqual({
      status: 403,
      body: {
        error: {
          status: 403,
          message: 'The instructor pages need the instructor role; ask an admin to give it to Ann.',
        },
      },
    });
    const all = await as(iris, '/api/instructor/attempts');
    expect(all.body.attempts.map((a: { trainee: string }) => a.trainee)).toEqual(['Bob', 'Ann']);
    expect((await as(iris, `/api/instructor/attempts/${annsAttempt}`)).body.grade).toEqual(grade);
    const anns = await as(iris, '/api/training/attempts?trainee=Ann');
    expect(anns.body.attempts.map((a: { id: number }) => a.id)).toEqual([annsAttempt]);
  });

  it('lets only an admin set the instructor password (no token: the admin signed in)', async () => {
    const post = (who: Principal) =>
      as(who, '/api/instructor/password', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ password: 'chosen by someone', confirm: 'chosen by someone' }),
      });
    for (const who of [ann, iris]) {
      expect(await post(who)).toEqual({
        status: 403,
        body: {
          error: { status: 403, message: 'Only an admin sets the instructor password; nothing was changed.' },
        },
      });
    }
    expect(db.prepare('SELECT * FROM instructor').all()).toEqual([]);
    expect((await post(ada)).status).toBe(201);
  });
});
