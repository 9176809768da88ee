/**
 * Wires the simulator sessions into a running HTTP server: the sessions (in worker threads, one per core
 * by default; VGCOPY_SESSION_WORKERS=0 keeps them in the main thread), attempts kept in the database, the
 * WebSocket end, and the instructor password from VGCOPY_INSTRUCTOR_PASSWORD if set.
 */
import type { Server } from 'node:http';
import { availableParallelism } from 'node:os';
import type { Simulator } from '../../sim/worker/simulator-port';
import { InstructorPassword } from '../auth/instructor-password';
import type { Db } from '../db';
import { AttemptsRepository } from '../training/attempts-repository';
import { defaultLimits, type SessionLimits, SessionManager, type SessionRegistry } from './session-manager';
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
  limits?: Partial<SessionLimits>;
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
  const limits = { ...defaultLimits, ...options.limits };
  const workers = options.workers ?? workersFromEnv();
  const pool = workers > 0 ? new WorkerPool(workers, options.simulator.listScenarios, keep, limits) : null;
  const registry = pool ?? new SessionManager(options.simulator, keep, limits);
  const sockets = attachSessionSockets(options.server, registry);
  return {
    registry,
    sockets,
    async close() {
      sockets.close();
      await pool?.close();
    },
  };
}
