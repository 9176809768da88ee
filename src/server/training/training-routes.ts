/**
 * The training API. Trainees name themselves and see only their own attempts; everything under
 * /api/instructor needs the instructor's password (X-Instructor-Password header), checked on every call.
 *
 * - GET  /api/training/scenarios                 the built-in scenarios (id, title, goal, hint count)
 * - GET  /api/training/attempts?trainee=NAME     that trainee's attempts, newest first
 * - GET  /api/training/attempts/:id?trainee=NAME one of their attempts, with grade and transcript
 * - GET  /api/instructor/status                  { passwordSet }
 * - POST /api/instructor/password {password}     sets the password on first start (409 once set)
 * - GET  /api/instructor/attempts                every trainee's attempts
 * - GET  /api/instructor/attempts/:id            one attempt with grade and transcript, for replay
 */
import { Hono } from 'hono';
import { z } from 'zod';
import { limits, type ScenarioInfo } from '../../sim/worker/protocol';
import { InstructorPassword } from '../auth/instructor-password';
import type { Db } from '../db';
import { ApiError, issuesOf } from '../errors';
import { jsonBody } from '../validate';
import { AttemptsRepository } from './attempts-repository';

const traineeSchema = z.string().trim().min(1, 'enter your name').max(limits.traineeNameChars);
const idSchema = z.coerce.number().int().positive();

function traineeOf(value: string | undefined): string {
  const parsed = traineeSchema.safeParse(value ?? '');
  if (!parsed.success) {
    throw new ApiError(
      400,
      'Say whose attempts these are: ?trainee=<your name>.',
      issuesOf(parsed.error).map((i) => ({ ...i, path: 'trainee' })),
    );
  }
  return parsed.data;
}

function attemptIdOf(value: string): number {
  const parsed = idSchema.safeParse(value);
  if (!parsed.success) throw new ApiError(400, `"${value}" is not an attempt number.`);
  return parsed.data;
}

export interface TrainingRoutesOptions {
  db: Db;
  /** The built-in scenarios (the simulator's library). */
  scenarios: () => ScenarioInfo[];
}

export function createTrainingRoutes({ db, scenarios }: TrainingRoutesOptions): Hono {
  const routes = new Hono();
  const attempts = new AttemptsRepository(db);
  const password = new InstructorPassword(db);

  routes.get('/api/training/scenarios', (c) => c.json({ scenarios: scenarios() }));

  routes.get('/api/training/attempts', (c) => {
    return c.json({ attempts: attempts.listForTrainee(traineeOf(c.req.query('trainee'))) });
  });

  routes.get('/api/training/attempts/:id', (c) => {
    const trainee = traineeOf(c.req.query('trainee'));
    const attempt = attempts.get(attemptIdOf(c.req.param('id')));
    // Another trainee's attempt answers like a missing one, so ids cannot be probed.
    if (!attempt || attempt.trainee !== trainee) {
      throw new ApiError(404, `You have no attempt ${c.req.param('id')}; see your list of attempts.`);
    }
    return c.json(attempt);
  });

  routes.get('/api/instructor/status', (c) => c.json({ passwordSet: password.isSet() }));

  routes.post('/api/instructor/password', async (c) => {
    const body = await jsonBody(c, z.object({ password: z.string() }));
    if (!(await password.setFirst(body.password))) {
      throw new ApiError(
        409,
        'The instructor password is already set; start the server with VGCOPY_INSTRUCTOR_PASSWORD to change it.',
      );
    }
    return c.json({ passwordSet: true }, 201);
  });

  routes.use('/api/instructor/attempts', password.guard());
  routes.use('/api/instructor/attempts/*', password.guard());
  routes.get('/api/instructor/attempts', (c) => c.json({ attempts: attempts.listAll() }));
  routes.get('/api/instructor/attempts/:id', (c) => {
    const attempt = attempts.get(attemptIdOf(c.req.param('id')));
    if (!attempt) throw new ApiError(404, `There is no attempt ${c.req.param('id')}.`);
    return c.json(attempt);
  });
  return routes;
}
