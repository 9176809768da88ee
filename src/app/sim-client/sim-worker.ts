/**
 * The Web Worker that runs the simulator in the page when there is no backend: the same session engine
 * as the server, one session per page, no attempts kept (there is no database to keep them in).
 */
import '../zod-without-eval';
import { createBundledSimulator } from '../../sim/worker/bundled-simulator';
import { clientMessageSchema, type ServerMessage } from '../../sim/worker/protocol';
import { SimSession } from '../../sim/worker/sim-session';

/** The worker's global scope; the app's DOM typings describe a window, so name just what is used. */
const scope = self as unknown as {
  postMessage(message: ServerMessage): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<unknown>) => void): void;
};
const simulator = createBundledSimulator();
let session: SimSession | null = null;
let nextId = 1;

const send = (message: ServerMessage) => scope.postMessage(message);

scope.addEventListener('message', async (event) => {
  const parsed = clientMessageSchema.safeParse(event.data);
  if (!parsed.success) {
    send({ type: 'error', message: `That message is not one the simulator takes: ${parsed.error.message}` });
    return;
  }
  const message = parsed.data;
  if (message.type === 'list-scenarios') {
    send({ type: 'scenarios', scenarios: simulator.listScenarios() });
    return;
  }
  if (message.type === 'open') {
    const opened = await simulator.open(message.source, { timeMoves: message.timeMoves });
    if ('error' in opened) {
      send({ type: 'error', message: opened.error });
      return;
    }
    session = new SimSession(opened.host, opened.scenario, {
      id: `in-page-${nextId++}`,
      mode: message.mode,
      trainee: message.trainee,
      betweenSteps: () => new Promise((resolve) => setTimeout(resolve, 150)),
      monotonicMs: () => performance.now(),
      scriptRunMs: 20_000,
      outputChars: 64_000,
      keepAttempt: () => null,
    });
  }
  if (!session) {
    send({ type: 'error', message: 'Open a session first.' });
    return;
  }
  session.handle(message, send).catch(() => {
    send({ type: 'error', message: 'The simulator hit an unexpected error on that command.' });
  });
});
