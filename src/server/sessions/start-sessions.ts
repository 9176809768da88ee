/**
 * Wires the simulator sessions into a running HTTP server: the session manager (attempts kept in the
 * database), the WebSocket end, and the instructor password from VGCOPY_INSTRUCTOR_PASSWORD if set.
 */
import type { Server } from 'node:http';
import type { Simulator } from '../../sim/worker/simulator-port';
import { InstructorPassword } from '../auth/instructor-password';
import type { Db } from '../db';
import { AttemptsRepository } from '../training/attempts-repository';
import { defaultLimits, type SessionLimits, SessionManager } from './session-manager';
import { attachSessionSockets, type SessionSockets } from './session-sockets';

export interface StartSessionsOptions {
  server: Pick<Server, 'on' | 'off'>;
  db: Db;
  simulator: Simulator;
  /** VGCOPY_INSTRUCTOR_PASSWORD: replaces the stored instructor password at start. */
  instructorPassword?: string;
  limits?: Partial<SessionLimits>;
}

export async function startSessions(
  options: StartSessionsOptions,
): Promise<{ manager: SessionManager; sockets: SessionSockets }> {
  if (options.instructorPassword) await new InstructorPassword(options.db).set(options.instructorPassword);
  const attempts = new AttemptsRepository(options.db);
  const manager = new SessionManager(options.simulator, (attempt) => attempts.save(attempt), {
    ...defaultLimits,
    ...options.limits,
  });
  return { manager, sockets: attachSessionSockets(options.server, manager) };
}
