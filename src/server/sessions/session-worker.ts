/**
 * A session worker thread: runs simulator sessions (SimSession on the bundled simulator) for the main
 * thread, so the server's sessions use every core. Attempts to keep go back to the main thread, which
 * owns the database.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { createBundledSimulator } from '../../sim/worker/bundled-simulator';
import type { FinishedAttempt, SimSession } from '../../sim/worker/sim-session';
import { timeMovesIn } from '../../sim/worker/protocol';
import type { SessionLimits } from './session-limits';
import { answerOf } from './session-manager';
import { serverSimSession } from './server-sim-session';
import type { FromWorker, ToWorker } from './worker-messages';

const port = parentPort;
if (!port) throw new Error('session-worker.ts runs as a worker thread of the server');
const limits = workerData as SessionLimits;
const simulator = createBundledSimulator({ commandWallMs: limits.commandWallMs });
const sessions = new Map<string, SimSession>();
const keeping = new Map<number, (attemptId: number | null) => void>();
let nextKeep = 1;
const post = (message: FromWorker) => port.postMessage(message);

function keepAttempt(attempt: FinishedAttempt): Promise<number | null> {
  const request = nextKeep++;
  return new Promise((resolve) => {
    keeping.set(request, resolve);
    post({ kind: 'keep', request, attempt });
  });
}

async function open(
  request: number,
  sessionId: string,
  message: Extract<ToWorker, { kind: 'open' }>['message'],
) {
  try {
    const opened = await simulator.open(message.source, { timeMoves: timeMovesIn(message) });
    if ('error' in opened) return post({ kind: 'opened', request, error: opened.error });
    const session = serverSimSession(opened, sessionId, message, limits, keepAttempt);
    sessions.set(sessionId, session);
    post({ kind: 'opened', request });
  } catch (err) {
    console.error('vgcopy: a session worker could not open a world', err);
    post({ kind: 'opened', request, error: 'The simulator could not build that world.' });
  }
}

port.on('message', (message: ToWorker) => {
  switch (message.kind) {
    case 'open':
      void open(message.request, message.sessionId, message.message);
      return;
    case 'handle': {
      const session = sessions.get(message.sessionId);
      const { seq } = message;
      if (!session)
        return post({ kind: 'done', seq, error: 'That session has expired or never was; open a new one.' });
      session
        .handle(message.message, (answer) => post({ kind: 'emit', seq, answer: answerOf(answer) }))
        .then(
          () => post({ kind: 'done', seq }),
          (err: unknown) => {
            console.error('vgcopy: a simulator session failed', err);
            post({
              kind: 'done',
              seq,
              error: 'The simulator hit an unexpected error on that command; the session is still open.',
            });
          },
        );
      return;
    }
    case 'drop':
      sessions.delete(message.sessionId);
      return;
    case 'kept':
      keeping.get(message.request)?.(message.attemptId);
      keeping.delete(message.request);
      return;
  }
});
