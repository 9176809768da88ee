/**
 * The training API. Who a trainee is, and who may see everyone's attempts, depends on one rule: a
 * request made by a signed-in account (principal id other than 0) is that account's, and its roles
 * decide; the local user of a server without accounts names themselves as trainee, and the instructor
 * pages need the instructor's password (X-Instructor-Password header), checked on every call.
 *
 * - GET  /api/training/scenarios                 the built-in scenarios (id, title, goal, hint count)
 * - GET  /api/training/attempts?trainee=NAME     that trainee's attempts, newest first (an account's
 *                                                own; another trainee's only for instructors)
 * - GET  /api/training/attempts/:id?trainee=NAME one of their attempts, with grade and transcript
 * - GET  /api/instructor/status                  { passwordSet }
 * - POST /api/instructor/password {password, confirm, token}  sets the password on first start (409 once
 *                                                set), with the token printed in the server's log;
 *                                                with accounts, admins only
 * - GET  /api/instructor/attempts                every trainee's attempts
 * - GET  /api/instructor/attempts/:id            one attempt with grade and transcript, for replay
 * - GET  /api/instructor/attempts/:id/pictures   the world's picture at each step of it (replay-pictures.ts)
 *
 * Cohorts, assignments, the progress grid and the trainee's assignments: class-routes.ts.
 */
import { type Context, Hono, type MiddlewareHandler } from 'hono';
import { z } from 'zod';
import { limits, type ScenarioInfo } from '../../sim/worker/protocol';
import type { Simulator } from '../../sim/worker/simulator-port';
import { InstructorPassword } from '../auth/instructor-password';
import type { SetupToken } from '../auth/setup-token';
import { type AuthVariables, hasRole, type Principal } from '../auth/principal';
import type { Db } from '../db';
import { ApiError, issuesOf } from '../errors';
import { jsonBody } from '../validate';
import { AttemptsRepository } from './attempts-repository';
import { createClassRoutes } from './class-routes';
import { replayPictures } from './replay-pictures';

const traineeSchema = z.string().trim().min(1, 'enter your name').max(limits.traineeNameChars);
const idSchema = z.coerce.number().int().positive();

function traineeOf(value: string | undefined): string {
  const parsed = traineeSchema.safeParse(value ?? '');
  if (!parsed.success) {
    throw new ApiError(
      400,
      'Say whose attempts these are: ?trainee=<your name>.',
      issuesOf(parsed.error, 'Trainee').map((i) => ({ ...i, path: 'trainee' })),
    );
  }
  return parsed.data;
}

/** The one rule for which way a request is decided: by a signed-in account's roles, or as the local user. */
const signedIn = (p: Principal) => p.id !== 0;

/** Whose attempts a request may see: an account's own, or anyone's for an instructor. */
function traineeFor(c: Context<{ Variables: AuthVariables }>): string {
  const principal = c.get('principal');
  const named = c.req.query('trainee');
  if (!signedIn(principal)) return traineeOf(named);
  if (named === undefined || named === principal.username) return principal.username;
  if (hasRole(principal, 'instructor')) return traineeOf(named);
  throw new ApiError(
    403,
    `Only instructors see another trainee's attempts; leave out ?trainee= to see your own, ${principal.username}.`,
  );
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
  /** The simulator an attempt is replayed in for the world's picture at each step; without it, none. */
  simulator?: Pick<Simulator, 'open'>;
  /**
   * Without accounts, the first instructor password is set with this token, printed in the server's log
   * at start (main.ts), so it is never simply whoever opens /instructor first. Without it, only
   * VGCOPY_INSTRUCTOR_PASSWORD sets the password.
   */
  instructorToken?: SetupToken;
}

const passwordSetup = z.object({
  password: z.string(),
  confirm: z.string(),
  token: z.string().max(200).optional(),
});

export function createTrainingRoutes({
  db,
  scenarios,
  simulator,
  instructorToken,
}: TrainingRoutesOptions): Hono<{ Variables: AuthVariables }> {
  const routes = new Hono<{ Variables: AuthVariables }>();
  const attempts = new AttemptsRepository(db);
  const password = new InstructorPassword(db);
  const passwordGuard = password.guard();
  const instructorsOnly: MiddlewareHandler<{ Variables: AuthVariables }> = async (c, next) => {
    const principal = c.get('principal');
    if (!signedIn(principal)) return passwordGuard(c, next);
    if (!hasRole(principal, 'instructor')) {
      throw new ApiError(
        403,
        `The instructor pages need the instructor role; ask an admin to give it to ${principal.username}.`,
      );
    }
    await next();
  };

  routes.get('/api/training/scenarios', (c) => c.json({ scenarios: scenarios() }));

  routes.get('/api/training/attempts', (c) => {
    return c.json({ attempts: attempts.listForTrainee(traineeFor(c)) });
  });

  routes.get('/api/training/attempts/:id', (c) => {
    const trainee = traineeFor(c);
    const attempt = attempts.get(attemptIdOf(c.req.param('id')));
    // Another trainee's attempt answers like a missing one, so ids cannot be probed.
    if (!attempt || attempt.trainee !== trainee) {
      throw new ApiError(404, `You have no attempt ${c.req.param('id')}; see your list of attempts.`);
    }
    return c.json(attempt);
  });

  routes.get('/api/instructor/status', (c) => c.json({ passwordSet: password.isSet() }));

  routes.post('/api/instructor/password', async (c) => {
    const principal = c.get('principal');
    if (signedIn(principal) && !principal.roles.includes('admin')) {
      throw new ApiError(403, 'Only an admin sets the instructor password; nothing was changed.');
    }
    const body = await jsonBody(c, passwordSetup);
    if (password.isSet()) {
      throw new ApiError(
        409,
        'The instructor password is already set; start the server with VGCOPY_INSTRUCTOR_PASSWORD to change it.',
      );
    }
    password.checkLength(body.password);
    if (body.confirm !== body.password) {
      throw new ApiError(400, 'The two passwords differ: type the same password in both fields.');
    }
    // An admin who signed in is known; without accounts, the token from the log says who runs the server.
    if (!signedIn(principal) && !instructorToken?.redeem(body.token ?? '')) {
      throw new ApiError(
        403,
        'Wrong or spent setup token: use the one the server printed in its log at start ("no instructor password yet"), or start it with VGCOPY_INSTRUCTOR_PASSWORD. Nothing was changed.',
      );
    }
    await password.set(body.password);
    return c.json({ passwordSet: true }, 201);
  });

  for (const path of ['attempts', 'attempts/*', 'cohorts', 'cohorts/*']) {
    routes.use(`/api/instructor/${path}`, instructorsOnly);
  }
  routes.get('/api/instructor/attempts', (c) => c.json({ attempts: attempts.listAll() }));
  const keptAttempt = (id: string) => {
    const attempt = attempts.get(attemptIdOf(id));
    if (!attempt) throw new ApiError(404, `There is no attempt ${id}.`);
    return attempt;
  };
  routes.get('/api/instructor/attempts/:id', (c) => c.json(keptAttempt(c.req.param('id'))));
  routes.get('/api/instructor/attempts/:id/pictures', async (c) => {
    const attempt = keptAttempt(c.req.param('id'));
    if (!simulator) throw new ApiError(404, 'This server replays no attempts into a world.');
    const replayed = await replayPictures(simulator, attempt);
    if ('error' in replayed) {
      throw new ApiError(409, `Attempt ${attempt.id} cannot be replayed into a world: ${replayed.error}`);
    }
    return c.json(replayed);
  });
  routes.route('/', createClassRoutes({ db, scenarios, traineeFor }));
  return routes;
}
