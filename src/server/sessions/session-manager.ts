/**
 * All live simulator sessions of the backend, by id. A session outlives its WebSocket: a page that
 * reconnects (reload, network blip) resumes it with its world as it was; a session nobody has used for
 * `idleMs` is dropped by sweep().
 */
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import type { ClientMessage, ScenarioInfo, ServerMessage } from '../../sim/worker/protocol';
import { type FinishedAttempt, SimSession } from '../../sim/worker/sim-session';
import type { Simulator } from '../../sim/worker/simulator-port';

export interface SessionLimits {
  /** A session unused for this long is dropped. */
  idleMs: number;
  /** Longest a script may run in one go. */
  scriptRunMs: number;
  /** Most characters kept of one command's stdout (and of its stderr). */
  outputChars: number;
  /** Most sessions alive at once; opening one more is refused with a message. */
  maxSessions: number;
  /** Pause between two steps of "continue", so the page can follow the script line by line. */
  continueStepMs: number;
  /**
   * Wall-clock time one command may take (the shell stops it after that): a session's thread serves many
   * sessions, so a runaway loop must end soon.
   */
  commandWallMs: number;
}

export const defaultLimits: SessionLimits = {
  idleMs: 30 * 60_000,
  scriptRunMs: 20_000,
  outputChars: 64_000,
  maxSessions: 1_000,
  continueStepMs: 150,
  commandWallMs: 3_000,
};

export type OpenMessage = Extract<ClientMessage, { type: 'open' }>;

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

/** Where the sockets find sessions: the in-thread SessionManager or the WorkerPool. */
export interface SessionRegistry {
  scenarios(): ScenarioInfo[];
  open(message: OpenMessage): Promise<LiveSession | { error: string }>;
  get(id: string): LiveSession | undefined;
  /** Drops sessions idle for longer than the limit; returns how many. */
  sweep(): number;
}

/** Sessions in this thread: for tests, and for a server started with VGCOPY_SESSION_WORKERS=0. */
export class SessionManager implements SessionRegistry {
  private readonly sessions = new Map<string, { session: LiveSession; lastUsed: number }>();

  constructor(
    private readonly simulator: Simulator,
    private readonly keepAttempt: (attempt: FinishedAttempt) => number | null,
    readonly limits: SessionLimits = defaultLimits,
    private readonly nowMs: () => number = () => performance.now(),
  ) {}

  get size(): number {
    return this.sessions.size;
  }

  /** The built-in scenarios. */
  scenarios(): ScenarioInfo[] {
    return this.simulator.listScenarios();
  }

  /** Creates a session with a fresh world, or says why it cannot. */
  async open(message: OpenMessage): Promise<LiveSession | { error: string }> {
    if (this.sessions.size >= this.limits.maxSessions) {
      return {
        error: `The server runs ${this.sessions.size} sessions, its most; try again in a few minutes.`,
      };
    }
    if (message.mode === 'train' && !message.trainee) {
      return { error: 'A training session needs the trainee name: enter your name first.' };
    }
    const opened = await this.simulator.open(message.source);
    if ('error' in opened) return opened;
    const { continueStepMs } = this.limits;
    const session = new SimSession(opened.host, opened.scenario, {
      id: randomUUID(),
      mode: message.mode,
      trainee: message.trainee,
      betweenSteps: () => new Promise((resolve) => setTimeout(resolve, continueStepMs)),
      monotonicMs: () => performance.now(),
      scriptRunMs: this.limits.scriptRunMs,
      outputChars: this.limits.outputChars,
      keepAttempt: this.keepAttempt,
    });
    const live: LiveSession = {
      id: session.id,
      handle: (m, emit) => session.handle(m, (answer) => emit(answerOf(answer))),
    };
    this.sessions.set(session.id, { session: live, lastUsed: this.nowMs() });
    return live;
  }

  /** The live session with this id (and marks it used), or undefined when it expired or never was. */
  get(id: string): LiveSession | undefined {
    const entry = this.sessions.get(id);
    if (entry) entry.lastUsed = this.nowMs();
    return entry?.session;
  }

  /** Drops sessions unused for longer than the idle limit; returns how many. */
  sweep(): number {
    const oldest = this.nowMs() - this.limits.idleMs;
    let dropped = 0;
    for (const [id, entry] of this.sessions) {
      if (entry.lastUsed < oldest) {
        this.sessions.delete(id);
        dropped++;
      }
    }
    return dropped;
  }
}
