/**
 * Sessions spread over worker threads, one simulator per thread, so a 2-core server runs its sessions on
 * both cores while the main thread only carries socket messages and writes the database. A session stays
 * in the worker that opened it (its world lives there); new sessions go to the worker with fewest.
 */
import { randomUUID } from 'node:crypto';
import type { Worker } from 'node:worker_threads';
import type { ClientMessage, OpenMessage, ScenarioInfo } from '../../sim/worker/protocol';
import type { FinishedAttempt } from '../../sim/worker/sim-session';
import type { SessionLimits } from './session-limits';
import { startSessionWorker } from './session-worker-thread';
import type { Answer, LiveSession, SessionRegistry } from './session-manager';
import type { FromWorker, ToWorker } from './worker-messages';

interface Thread {
  worker: Worker;
  sessions: number;
}

export class WorkerPool implements SessionRegistry {
  private readonly threads: Thread[];
  /** The thread each session lives in. */
  private readonly sessions = new Map<string, Thread>();
  private readonly opening = new Map<number, (error?: string) => void>();
  private readonly answering = new Map<
    number,
    { emit: (answer: Answer) => void; done: (error?: string) => void }
  >();
  private nextRequest = 1;
  private nextSeq = 1;

  constructor(
    size: number,
    private readonly listScenarios: () => ScenarioInfo[],
    private readonly keepAttempt: (attempt: FinishedAttempt) => number | null,
    readonly limits: SessionLimits,
  ) {
    this.threads = Array.from({ length: size }, () => {
      const worker = startSessionWorker(limits);
      const thread = { worker, sessions: 0 };
      worker.on('message', (message: FromWorker) => this.receive(thread, message));
      worker.on('error', (err) => console.error('vgcopy: a session worker failed', err));
      return thread;
    });
  }

  scenarios(): ScenarioInfo[] {
    return this.listScenarios();
  }

  async open(message: OpenMessage): Promise<LiveSession | { error: string }> {
    const thread = this.threads.reduce((a, b) => (b.sessions < a.sessions ? b : a));
    const sessionId = randomUUID();
    const request = this.nextRequest++;
    const error = await new Promise<string | undefined>((resolve) => {
      this.opening.set(request, resolve);
      this.post(thread, { kind: 'open', request, sessionId, message });
    });
    if (error) return { error };
    const session: LiveSession = {
      id: sessionId,
      handle: (m, emit) => this.handle(thread, sessionId, m, emit),
    };
    thread.sessions++;
    this.sessions.set(sessionId, thread);
    return session;
  }

  drop(id: string): void {
    const thread = this.sessions.get(id);
    if (!thread) return;
    this.sessions.delete(id);
    thread.sessions--;
    this.post(thread, { kind: 'drop', sessionId: id });
  }

  async close(): Promise<void> {
    await Promise.all(this.threads.map((t) => t.worker.terminate()));
  }

  private handle(thread: Thread, sessionId: string, message: ClientMessage, emit: (answer: Answer) => void) {
    const seq = this.nextSeq++;
    return new Promise<void>((resolve, reject) => {
      this.answering.set(seq, {
        emit,
        done: (error) => (error ? reject(new Error(error)) : resolve()),
      });
      this.post(thread, { kind: 'handle', sessionId, seq, message });
    });
  }

  private post(thread: Thread, message: ToWorker): void {
    thread.worker.postMessage(message);
  }

  private receive(thread: Thread, message: FromWorker): void {
    switch (message.kind) {
      case 'opened':
        this.opening.get(message.request)?.(message.error);
        this.opening.delete(message.request);
        return;
      case 'emit':
        this.answering.get(message.seq)?.emit(message.answer);
        return;
      case 'done':
        this.answering.get(message.seq)?.done(message.error);
        this.answering.delete(message.seq);
        return;
      case 'keep': {
        // The database is written here, in one transaction, before the worker tells the trainee "kept".
        let attemptId: number | null = null;
        try {
          attemptId = this.keepAttempt(message.attempt);
        } catch (err) {
          console.error('vgcopy: an attempt could not be kept', err);
        }
        this.post(thread, { kind: 'kept', request: message.request, attemptId });
        return;
      }
    }
  }
}
