/**
 * Class management (instructors only; the caller puts its guard on /api/instructor/cohorts*), and the
 * trainee's own assignments:
 *
 * - GET    /api/instructor/cohorts                        every cohort with its members and assignments
 * - POST   /api/instructor/cohorts {name, members}        a new cohort (409 when the name is taken)
 * - POST   /api/instructor/cohorts/:id/members {trainee}  adds a trainee
 * - DELETE /api/instructor/cohorts/:id/members/:trainee  takes a trainee out (their attempts stay)
 * - POST   /api/instructor/cohorts/:id/reset {trainee}    removes the trainee's attempts at the cohort's
 *                                                         scenarios and the exams they opened
 * - POST   /api/instructor/cohorts/:id/assignments {title, scenarioIds, dueAt, mode, timeLimitMinutes}
 * - GET    /api/instructor/cohorts/:id/grid               the trainee x scenario progress grid
 * - GET    /api/instructor/cohorts/:id/grid.csv           the same as CSV, to download
 * - GET    /api/training/assignments                      the assignments of the trainee's cohorts
 */
import { type Context, Hono } from 'hono';
import { z } from 'zod';
import type { Cohort } from '../../sim/grader/cohort';
import { limits, type ScenarioInfo } from '../../sim/worker/protocol';
import type { AuthVariables } from '../auth/principal';
import type { Db } from '../db';
import { ApiError } from '../errors';
import { jsonBody } from '../validate';
import { ClassesRepository } from './classes-repository';
import { gridCsv } from './grid-csv';
import { progressGrid } from './progress-grid';

const traineeName = z.string().trim().min(1).max(limits.traineeNameChars);
const cohortSchema = z.object({
  name: z.string().trim().min(1).max(60),
  members: z.array(traineeName).max(500).default([]),
});
const memberSchema = z.object({ trainee: traineeName });
/** Longest exam: a working day. */
const maxExamMinutes = 480;
const assignmentSchema = z
  .object({
    title: z.string().trim().min(1).max(100),
    scenarioIds: z.array(z.string().min(1).max(100)).min(1).max(50),
    dueAt: z.iso.datetime({
      offset: true,
      message: 'dueAt is an ISO date-time such as 2026-01-31T17:00:00.000Z',
    }),
    mode: z.enum(['practice', 'exam']),
    timeLimitMinutes: z.number().int().min(1).max(maxExamMinutes).nullable().default(null),
  })
  .refine((a) => (a.mode === 'exam') === (a.timeLimitMinutes !== null), {
    path: ['timeLimitMinutes'],
    message: `an exam needs a time limit (1 to ${maxExamMinutes} minutes), and practice has none`,
  });

const cohortIdSchema = z.coerce.number().int().positive();

export interface ClassRoutesOptions {
  db: Db;
  scenarios: () => ScenarioInfo[];
  /** Whose assignments a trainee's request asks for (the training routes' rule). */
  traineeFor: (c: Context<{ Variables: AuthVariables }>) => string;
}

export function createClassRoutes({ db, scenarios, traineeFor }: ClassRoutesOptions) {
  const routes = new Hono<{ Variables: AuthVariables }>();
  const classes = new ClassesRepository(db);
  const titles = () => new Map(scenarios().map((s) => [s.id, s.title]));
  const cohortOf = (value: string): Cohort => {
    const id = cohortIdSchema.safeParse(value);
    const cohort = id.success ? classes.cohort(id.data) : undefined;
    if (!cohort) throw new ApiError(404, `There is no cohort ${value}; see the list of cohorts.`);
    return cohort;
  };
  const gridOf = (cohort: Cohort) => progressGrid(cohort, titles(), classes.attemptsOf(cohort));

  routes.get('/api/instructor/cohorts', (c) => c.json({ cohorts: classes.cohorts() }));
  routes.post('/api/instructor/cohorts', async (c) => {
    const { name, members } = await jsonBody(c, cohortSchema);
    const id = classes.createCohort(name, members);
    if (id === null) throw new ApiError(409, `A cohort named "${name}" exists already; choose another name.`);
    return c.json(classes.cohort(id), 201);
  });
  routes.post('/api/instructor/cohorts/:id/members', async (c) => {
    const cohort = cohortOf(c.req.param('id'));
    const { trainee } = await jsonBody(c, memberSchema);
    classes.addMember(cohort.id, trainee);
    return c.json(classes.cohort(cohort.id), 201);
  });
  routes.delete('/api/instructor/cohorts/:id/members/:trainee', (c) => {
    const cohort = cohortOf(c.req.param('id'));
    const trainee = c.req.param('trainee');
    if (!classes.removeMember(cohort.id, trainee)) {
      throw new ApiError(404, `${trainee} is not in the cohort ${cohort.name}.`);
    }
    return c.json(classes.cohort(cohort.id));
  });
  routes.post('/api/instructor/cohorts/:id/reset', async (c) => {
    const cohort = cohortOf(c.req.param('id'));
    const { trainee } = await jsonBody(c, memberSchema);
    if (!cohort.members.includes(trainee)) {
      throw new ApiError(404, `${trainee} is not in the cohort ${cohort.name}.`);
    }
    return c.json({ removedAttempts: classes.resetTrainee(cohort, trainee) });
  });
  routes.post('/api/instructor/cohorts/:id/assignments', async (c) => {
    const cohort = cohortOf(c.req.param('id'));
    const assignment = await jsonBody(c, assignmentSchema);
    const known = titles();
    const unknown = assignment.scenarioIds.filter((id) => !known.has(id));
    if (unknown.length > 0) {
      throw new ApiError(
        400,
        `There is no built-in scenario ${unknown.join(', ')}; pick them from the list.`,
      );
    }
    const id = classes.addAssignment(cohort.id, {
      ...assignment,
      scenarioIds: [...new Set(assignment.scenarioIds)],
      dueAt: new Date(assignment.dueAt).toISOString(),
    });
    return c.json(classes.assignment(id), 201);
  });
  routes.get('/api/instructor/cohorts/:id/grid', (c) => c.json(gridOf(cohortOf(c.req.param('id')))));
  routes.get('/api/instructor/cohorts/:id/grid.csv', (c) => {
    const cohort = cohortOf(c.req.param('id'));
    const file = `${cohort.name.replace(/[^A-Za-z0-9_.-]+/g, '-')}-progress.csv`;
    return c.body(gridCsv(gridOf(cohort)), 200, {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${file}"`,
    });
  });
  routes.get('/api/training/assignments', (c) =>
    c.json({ assignments: classes.assignmentsFor(traineeFor(c), titles()) }),
  );
  return routes;
}
