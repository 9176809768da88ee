/**
 * A SimSession as the server runs it, in the main thread or a worker thread: Node's timers for the waits,
 * and a yield to the event loop between two commands of a long run, because one thread serves many
 * sessions and each must keep answering while another runs its script to the end.
 */
import { performance } from 'node:perf_hooks';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { type FinishedAttempt, SimSession } from '../../sim/worker/sim-session';
import type { SessionScenario, SimHost } from '../../sim/worker/simulator-port';
import type { SessionLimits } from './session-limits';
import type { OpenMessage } from '../../sim/worker/protocol';

export function serverSimSession(
  opened: { host: SimHost; scenario: SessionScenario },
  id: string,
  message: OpenMessage,
  limits: SessionLimits,
  keepAttempt: (attempt: FinishedAttempt) => number | null | Promise<number | null>,
): SimSession {
  return new SimSession(opened.host, opened.scenario, {
    id,
    mode: message.mode,
    trainee: message.trainee,
    betweenSteps: () => new Promise((resolve) => setTimeout(resolve, limits.continueStepMs)),
    yieldToOthers: () => nextTurn(),
    monotonicMs: () => performance.now(),
    realMs: () => performance.now(),
    scriptRunMs: limits.scriptRunMs,
    outputChars: limits.outputChars,
    realClock: () => new Date().toISOString(),
    ...(message.assignmentId ? { assignmentId: message.assignmentId } : {}),
    keepAttempt,
  });
}
