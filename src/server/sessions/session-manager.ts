/**
 * The registries that run simulator sessions, and the in-thread one. A registry opens sessions and drops
 * them; who holds which session and how long it lives is the sockets' SessionTable. A session outlives
 * its WebSocket: a page that reconnects (reload, network blip) resumes it with its world as it was.
 */
import { randomUUID } from 'node:crypto';
import {
  type ClientMessage,
  type OpenMessage,
  type ScenarioInfo,
  type ServerMessage,
  timeMovesIn,
} from '../../sim/worker/protocol';
import type { FinishedAttempt } from '../../sim/worker/sim-session';
import type { Simulator } from '../../sim/worker/simulator-port';
import { defaultLimits, type SessionLimits } from './session-limits';
import { serverSimSession } from './server-sim-session';

/**
 * An answer of a session on its way to the sockets: its type (which tabs get it) and its JSON text. The
 * text is made once where the session runs (a worker thread for most), so the main thread, which carries
 * every socket, only forwards a string, and a worker hands it over a string rather than an object tree.
 */
export interface Answer {
  type: ServerMessage['type'];
  json: string;
}

/** A session's message as the sockets send it. */
export function answerOf(message: ServerMessage): Answer {
  return { type: message.type, json: JSON.stringify(message) };
}

/** A live session as the sockets see it: in this thread (SimSession) or in a worker thread (a proxy). */
export interface LiveSession {
  readonly id: string;
  /** Acts on one message; `emit` gets every answer. Resolves when the session is done with it. */
  handle(message: ClientMessage, emit: (answer: Answer) => void): Promise<void>;
}

/** Where sessions run: the in-thread SessionManager or the WorkerPool. */
export interface SessionRegistry {
  readonly limits: SessionLimits;
  scenarios(): ScenarioInfo[];
  /** Builds a session with a fresh world, or says why it cannot (the source is not valid). */
  open(message: OpenMessage): Promise<LiveSession | { error: string }>;
  /** Ends a session: its world is let go where it runs. */
  drop(id: string): void;
}

/** Sessions in this thread: for tests, and for a server started with VGCOPY_SESSION_WORKERS=0. */
export class SessionManager implements SessionRegistry {
  constructor(
    private readonly simulator: Simulator,
    private readonly keepAttempt: (attempt: FinishedAttempt) => number | null,
    readonly limits: SessionLimits = defaultLimits,
  ) {}

  /** The built-in scenarios. */
  scenarios(): ScenarioInfo[] {
    return this.simulator.listScenarios();
  }

  async open(message: OpenMessage): Promise<LiveSession | { error: string }> {
    const opened = await this.simulator.open(message.source, { timeMoves: timeMovesIn(message) });
    if ('error' in opened) return opened;
    const session = serverSimSession(opened, randomUUID(), message, this.limits, this.keepAttempt);
    return { id: session.id, handle: (m, emit) => session.handle(m, (answer) => emit(answerOf(answer))) };
  }

  /** Nothing to do: the session's world is held only by the table's row, which is gone. */
  drop(): void {}
}
