/**
 * Wires the simulator sessions into a running HTTP server: the sessions (in worker threads, one per core
 * by default; VGCOPY_SESSION_WORKERS=0 keeps them in the main thread), attempts kept in the database, the
 * WebSocket end, and the instructor password from VGCOPY_INSTRUCTOR_PASSWORD if set.
 */
import type { IncomingMessage, Server } from 'node:http';
import { availableParallelism } from 'node:os';
import type { Simulator } from '../../sim/worker/simulator-port';
import { InstructorPassword } from '../auth/instructor-password';
import type { Principal } from '../auth/principal';
import type { Db } from '../db';
import { trustedOriginsFrom } from '../security/origin';
import { assignmentAccess, examHold } from '../training/assignment-access';
import { AttemptsRepository } from '../training/attempts-repository';
import { defaultLimits, limitsFromEnv, type SessionLimits } from './session-limits';
import { SessionManager, type SessionRegistry } from './session-manager';
import { attachSessionSockets, type SessionSockets } from './session-sockets';
import { WorkerPool } from './worker-pool';

export interface StartSessionsOptions {
  server: Pick<Server, 'on' | 'off'>;
  db: Db;
  simulator: Simulator;
  /** VGCOPY_INSTRUCTOR_PASSWORD: replaces the stored instructor password at start. */
  instructorPassword?: string;
  /** Worker threads for the sessions; 0 runs them in the main thread. Default: VGCOPY_SESSION_WORKERS or one per core. */
  workers?: number;
  /** Default: the defaults, with VGCOPY_SESSIONS_PER_USER and VGCOPY_SESSIONS_PER_ADDRESS applied. */
  limits?: Partial<SessionLimits>;
  /** Who makes an upgrade request (undefined: 401). Default: the local user, for a server without accounts. */
  identify?: (req: IncomingMessage) => Principal | undefined;
  /** Further origins of the app's pages. Default: VGCOPY_ORIGINS. */
  trustedOrigins?: readonly string[];
  /** VGCOPY_TRUST_PROXY=1: addresses come from the reverse proxy's X-Forwarded-For. */
  trustProxy?: boolean;
}

function workersFromEnv(): number {
  const value = process.env.VGCOPY_SESSION_WORKERS;
  const n = value === undefined ? availableParallelism() : Number(value);
  if (!Number.isInteger(n) || n < 0) {
    throw new Error(`VGCOPY_SESSION_WORKERS must be a whole number (0 = no worker threads), not "${value}".`);
  }
  return n;
}

export async function startSessions(
  options: StartSessionsOptions,
): Promise<{ registry: SessionRegistry; sockets: SessionSockets; close(): Promise<void> }> {
  if (options.instructorPassword) await new InstructorPassword(options.db).set(options.instructorPassword);
  const attempts = new AttemptsRepository(options.db);
  const keep = (attempt: Parameters<AttemptsRepository['save']>[0]) => attempts.save(attempt);
  const limits = { ...defaultLimits, ...limitsFromEnv(process.env), ...options.limits };
  const workers = options.workers ?? workersFromEnv();
  const pool = workers > 0 ? new WorkerPool(workers, options.simulator.listScenarios, keep, limits) : null;
  const registry = pool ?? new SessionManager(options.simulator, keep, limits);
  const sockets = attachSessionSockets(options.server, registry, {
    identify: options.identify,
    trustedOrigins: options.trustedOrigins ?? trustedOriginsFrom(process.env.VGCOPY_ORIGINS),
    trustProxy: options.trustProxy,
    assignmentAccess: assignmentAccess(options.db),
    examHold: examHold(options.db, options.simulator.listScenarios),
  });
  return {
    registry,
    sockets,
    async close() {
      sockets.close();
      await pool?.close();
    },
  };
}
