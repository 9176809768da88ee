import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Grade } from '../../sim/grader/grade';
import type { ScenarioInfo } from '../../sim/worker/protocol';
import type { Principal } from '../auth/principal';
import { type Db, openDatabase } from '../db';
import { handleError } from '../errors';
import { account, actingAs } from '../test-support/principal';
import { AttemptsRepository } from './attempts-repository';
import { createTrainingRoutes } from './training-routes';

const scenarios: ScenarioInfo[] = [
  {
    id: 'first-flashcopy',
    title: 'First FlashCopy',
    goal: 'g',
    hintCount: 3,
    storage: 'ds8000',
    clockSpeed: 1,
  },
  { id: 'log-wrap', title: 'Log wrap', goal: 'g', hintCount: 2, storage: 'ds8000', clockSpeed: 1 },
];
const grade = (score: number): Grade => ({ score, passed: score >= 70, checks: [] });

describe('class management: cohorts, assignments, the progress grid and its CSV', () => {
  let db: Db;
  const iris = account('Iris', ['instructor']);
  const ann = account('Ann', ['trainee']);
  const hostile = account('=HYPERLINK("http://evil")', ['trainee']);

  beforeAll(() => {
    db = openDatabase(':memory:');
    vi.useFakeTimers({ toFake: ['Date'] });
  });
  afterAll(() => {
    vi.useRealTimers();
    db.close();
  });

  async function as(who: Principal, path: string, method = 'GET', body?: unknown) {
    const app = new Hono();
    app.onError(handleError);
    app.use('*', actingAs(who));
    app.route('/', createTrainingRoutes({ db, scenarios: () => scenarios }));
    const res = await app.request(`http://localhost${path}`, {
      method,
      ...(body === undefined
        ? {}
        : { headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) }),
    });
    const text = await res.text();
    return {
      status: res.status,
      body: res.headers.get('Content-Type')?.includes('json') ? JSON.parse(text) : text,
    };
  }

  /** A graded attempt kept at `keptAt`, opened `minutes` before it with `hints` hints shown. */
  function keep(
    trainee: string,
    scenarioId: string,
    score: number,
    keptAt: string,
    minutes: number,
    hints: number,
    assignmentId?: number,
  ) {
    vi.setSystemTime(new Date(keptAt));
    return new AttemptsRepository(db).save({
      trainee,
      scenarioId,
      scenarioTitle: scenarios.find((s) => s.id === scenarioId)?.title ?? scenarioId,
      startedAt: '2025-07-14T10:00:00Z',
      finishedAt: '2025-07-14T10:40:00Z',
      realStartedAt: new Date(Date.parse(keptAt) - minutes * 60_000).toISOString(),
      hintsUsed: hints,
      ...(assignmentId ? { assignmentId } : {}),
      grade: grade(score),
      transcript: [],
    });
  }

  it('lets only instructors manage classes', async () => {
    expect(await as(ann, '/api/instructor/cohorts')).toEqual({
      status: 403,
      body: {
        error: {
          status: 403,
          message: 'The instructor pages need the instructor role; ask an admin to give it to Ann.',
        },
      },
    });
  });

  it('creates a cohort, refuses a second of the same name, and checks each assignment', async () => {
    vi.setSystemTime(new Date('2026-12-01T09:00:00Z'));
    const created = await as(iris, '/api/instructor/cohorts', 'POST', {
      name: 'AIX storage, December',
      members: ['Ann', ' Bob ', hostile.username],
    });
    expect(created).toEqual({
      status: 201,
      body: {
        id: 1,
        name: 'AIX storage, December',
        members: ['=HYPERLINK("http://evil")', 'Ann', 'Bob'],
        assignments: [],
      },
    });
    expect(await as(iris, '/api/instructor/cohorts', 'POST', { name: 'aix STORAGE, december' })).toEqual({
      status: 409,
      body: {
        error: {
          status: 409,
          message: 'A cohort named "aix STORAGE, december" exists already; choose another name.',
        },
      },
    });
    const exam = {
      title: 'Final exam',
      scenarioIds: ['log-wrap'],
      dueAt: '2026-12-10T17:00:00Z',
      mode: 'exam',
    };
    expect(await as(iris, '/api/instructor/cohorts/1/assignments', 'POST', exam)).toEqual({
      status: 400,
      body: {
        error: {
          status: 400,
          message: 'The request body does not match what this endpoint takes; see issues.',
          issues: [
            {
              path: 'timeLimitMinutes',
              message: expect.stringContaining(
                'an exam needs a time limit (1 to 480 minutes), and practice has none',
              ),
            },
          ],
        },
      },
    });
    expect(
      (
        await as(iris, '/api/instructor/cohorts/1/assignments', 'POST', {
          ...exam,
          scenarioIds: ['no-such'],
          timeLimitMinutes: 45,
        })
      ).body.error.message,
    ).toBe('There is no built-in scenario no-such; pick them from the list.');
    expect(
      await as(iris, '/api/instructor/cohorts/1/assignments', 'POST', {
        title: 'Week 1',
        scenarioIds: ['first-flashcopy', 'log-wrap'],
        dueAt: '2026-12-05T17:00:00+01:00',
        mode: 'practice',
      }),
    ).toEqual({
      status: 201,
      body: {
        id: 1,
        cohortId: 1,
        title: 'Week 1',
        scenarioIds: ['first-flashcopy', 'log-wrap'],
        dueAt: '2026-12-05T16:00:00.000Z',
        mode: 'practice',
        timeLimitMinutes: null,
        createdAt: '2026-12-01T09:00:00.000Z',
      },
    });
    expect(
      (await as(iris, '/api/instructor/cohorts/1/assignments', 'POST', { ...exam, timeLimitMinutes: 45 }))
        .status,
    ).toBe(201);
  });

  it('shows each trainee their own assignments, and no one else’s', async () => {
    const own = await as(ann, '/api/training/assignments');
    expect(
      own.body.assignments.map((a: { title: string; cohortName: string }) => `${a.cohortName}: ${a.title}`),
    ).toEqual(['AIX storage, December: Week 1', 'AIX storage, December: Final exam']);
    expect(own.body.assignments[1].scenarios).toEqual([
      { id: 'log-wrap', title: 'Log wrap', examTaken: false },
    ]);
    expect((await as(account('Zoe', ['trainee']), '/api/training/assignments')).body).toEqual({
      assignments: [],
    });
  });

  it('lays out the grid: best attempt, attempts, time taken, hints, late; an exam counts only its own attempts', async () => {
    keep('Ann', 'first-flashcopy', 60, '2026-12-02T10:00:00Z', 30, 2);
    const annsBest = keep('Ann', 'first-flashcopy', 100, '2026-12-06T10:00:00Z', 12, 0, 1);
    keep('Ann', 'log-wrap', 90, '2026-12-03T10:00:00Z', 20, 1);
    const bobsExam = keep('Bob', 'log-wrap', 40, '2026-12-10T10:00:00Z', 45, 0, 2);
    const grid = await as(iris, '/api/instructor/cohorts/1/grid');
    const none = {
      attempts: 0,
      bestAttemptId: null,
      bestScore: null,
      passed: false,
      durationSeconds: null,
      hintsUsed: null,
      late: false,
    };
    expect(grid.body).toEqual({
      cohortId: 1,
      cohortName: 'AIX storage, December',
      columns: [
        {
          assignmentId: 1,
          assignmentTitle: 'Week 1',
          mode: 'practice',
          dueAt: '2026-12-05T16:00:00.000Z',
          scenarioId: 'first-flashcopy',
          scenarioTitle: 'First FlashCopy',
        },
        {
          assignmentId: 1,
          assignmentTitle: 'Week 1',
          mode: 'practice',
          dueAt: '2026-12-05T16:00:00.000Z',
          scenarioId: 'log-wrap',
          scenarioTitle: 'Log wrap',
        },
        {
          assignmentId: 2,
          assignmentTitle: 'Final exam',
          mode: 'exam',
          dueAt: '2026-12-10T17:00:00.000Z',
          scenarioId: 'log-wrap',
          scenarioTitle: 'Log wrap',
        },
      ],
      rows: [
        { trainee: '=HYPERLINK("http://evil")', cells: [none, none, none] },
        {
          trainee: 'Ann',
          cells: [
            {
              attempts: 2,
              bestAttemptId: annsBest,
              bestScore: 100,
              passed: true,
              durationSeconds: 720,
              hintsUsed: 0,
              late: true,
            },
            {
              attempts: 1,
              bestAttemptId: annsBest + 1,
              bestScore: 90,
              passed: true,
              durationSeconds: 1200,
              hintsUsed: 1,
              late: false,
            },
            none,
          ],
        },
        {
          trainee: 'Bob',
          cells: [
            none,
            none,
            {
              attempts: 1,
              bestAttemptId: bobsExam,
              bestScore: 40,
              passed: false,
              durationSeconds: 2700,
              hintsUsed: 0,
              late: false,
            },
          ],
        },
      ],
    });
  });

  it('exports the grid as quoted CSV that a spreadsheet cannot run as a formula', async () => {
    const csv = await as(iris, '/api/instructor/cohorts/1/grid.csv');
    expect(csv.status).toBe(200);
    expect(csv.body).toBe(
      [
        '"Cohort","Trainee","Assignment","Mode","Due","Scenario","Attempts","Best score","Passed","Time taken (s)","Hints used","Late"',
        '"AIX storage, December","\'=HYPERLINK(""http://evil"")","Week 1","practice","2026-12-05T16:00:00.000Z","First FlashCopy","0","","","","",""',
        '"AIX storage, December","\'=HYPERLINK(""http://evil"")","Week 1","practice","2026-12-05T16:00:00.000Z","Log wrap","0","","","","",""',
        '"AIX storage, December","\'=HYPERLINK(""http://evil"")","Final exam","exam","2026-12-10T17:00:00.000Z","Log wrap","0","","","","",""',
        '"AIX storage, December","Ann","Week 1","practice","2026-12-05T16:00:00.000Z","First FlashCopy","2","100","yes","720","0","yes"',
        '"AIX storage, December","Ann","Week 1","practice","2026-12-05T16:00:00.000Z","Log wrap","1","90","yes","1200","1","no"',
        '"AIX storage, December","Ann","Final exam","exam","2026-12-10T17:00:00.000Z","Log wrap","0","","","","",""',
        '"AIX storage, December","Bob","Week 1","practice","2026-12-05T16:00:00.000Z","First FlashCopy","0","","","","",""',
        '"AIX storage, December","Bob","Week 1","practice","2026-12-05T16:00:00.000Z","Log wrap","0","","","","",""',
        '"AIX storage, December","Bob","Final exam","exam","2026-12-10T17:00:00.000Z","Log wrap","1","40","no","2700","0","no"',
        '',
      ].join('\r\n'),
    );
  });

  it("resets a trainee's work on the cohort's scenarios, and takes a trainee out of the cohort", async () => {
    expect(await as(iris, '/api/instructor/cohorts/1/reset', 'POST', { trainee: 'Ann' })).toEqual({
      status: 200,
      body: { removedAttempts: 3 },
    });
    expect((await as(ann, '/api/training/attempts')).body).toEqual({ attempts: [] });
    const bob = encodeURIComponent('Bob');
    expect((await as(iris, `/api/instructor/cohorts/1/members/${bob}`, 'DELETE')).body.members).toEqual([
      '=HYPERLINK("http://evil")',
      'Ann',
    ]);
    expect(await as(iris, `/api/instructor/cohorts/1/members/${bob}`, 'DELETE')).toEqual({
      status: 404,
      body: { error: { status: 404, message: 'Bob is not in the cohort AIX storage, December.' } },
    });
    expect((await as(iris, '/api/instructor/cohorts/9/grid')).body.error.message).toBe(
      'There is no cohort 9; see the list of cohorts.',
    );
  });
});
