/**
 * The Web Worker that runs the simulator in the page when there is no backend: the same session engine
 * as the server, one session per page, no attempts kept (there is no database to keep them in). When the
 * page asks (worker-keeping.ts), a rehearsal is handed to the page as JSON after each message, and one the
 * tab kept is rebuilt first, so a reload of the page goes back to it.
 */
import '../zod-without-eval';
import { createBundledSimulator } from '../../sim/worker/bundled-simulator';
import {
  type ClientMessage,
  clientMessageSchema,
  type ServerMessage,
  timeMovesIn,
  type WorldSource,
  worldSourceSchema,
} from '../../sim/worker/protocol';
import { SimSession } from '../../sim/worker/sim-session';
import { isKeepMessage, type KeptMessage, type KeptRehearsal } from './worker-keeping';

/** The worker's global scope; the app's DOM typings describe a window, so name just what is used. */
const scope = self as unknown as {
  postMessage(message: ServerMessage | KeptMessage): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<unknown>) => void): void;
};
const simulator = createBundledSimulator();
let session: SimSession | null = null;
/** Where the session's world came from, kept with it. */
let source: WorldSource | null = null;
/** Each command of the session takes a plausible time (a rehearsal), kept with it. */
let timeMoves = false;
/** The page keeps the rehearsal: hand it over after each message. */
let keeping = false;
let nextId = 1;

const send = (message: ServerMessage) => scope.postMessage(message);

/** A new session on a world from `from`, or the simulator's reason it cannot be opened. */
async function openSession(
  from: WorldSource,
  mode: 'rehearse' | 'train',
  trainee?: string,
  moving?: boolean,
): Promise<SimSession | { error: string }> {
  const opened = await simulator.open(from, { timeMoves: moving });
  if ('error' in opened) return opened;
  source = from;
  timeMoves = moving === true;
  return new SimSession(opened.host, opened.scenario, {
    id: `in-page-${nextId++}`,
    mode,
    trainee,
    betweenSteps: () => new Promise((resolve) => setTimeout(resolve, 150)),
    monotonicMs: () => performance.now(),
    realMs: () => performance.now(),
    scriptRunMs: 20_000,
    outputChars: 64_000,
    keepAttempt: () => null,
  });
}

/** Hands the page the rehearsal as it is now (training attempts are not kept across a reload). */
function keep(): void {
  if (!keeping || !session || !source || session.options.mode !== 'rehearse') return;
  const record = session.keepable();
  scope.postMessage({ type: 'kept', kept: 'error' in record ? null : { source, record, timeMoves } });
}

/** Rebuilds the rehearsal the tab kept before the page was reloaded. */
async function rebuild(kept: KeptRehearsal): Promise<void> {
  const from = worldSourceSchema.safeParse(kept.source);
  const opened = from.success ? await openSession(from.data, 'rehearse', undefined, kept.timeMoves) : null;
  try {
    if (!opened || 'error' in opened) throw new Error('no world');
    await opened.resume(kept.record);
    session = opened;
    send(session.opened());
  } catch {
    send({ type: 'error', message: 'The rehearsal kept in this tab cannot be rebuilt; start a new one.' });
  }
}

async function act(message: ClientMessage): Promise<void> {
  if (message.type === 'list-scenarios') {
    send({ type: 'scenarios', scenarios: simulator.listScenarios() });
    return;
  }
  if (message.type === 'open') {
    const opened = await openSession(message.source, message.mode, message.trainee, timeMovesIn(message));
    if ('error' in opened) {
      send({ type: 'error', message: opened.error });
      return;
    }
    session = opened;
  }
  if (!session) {
    send({ type: 'error', message: 'Open a session first.' });
    return;
  }
  await session.handle(message, send).then(keep, () => {
    send({ type: 'error', message: 'The simulator hit an unexpected error on that command.' });
  });
}

scope.addEventListener('message', async (event) => {
  if (isKeepMessage(event.data)) {
    keeping = true;
    if (event.data.kept) await rebuild(event.data.kept);
    return;
  }
  const parsed = clientMessageSchema.safeParse(event.data);
  if (!parsed.success) {
    send({ type: 'error', message: `That message is not one the simulator takes: ${parsed.error.message}` });
    return;
  }
  await act(parsed.data);
});
