/**
 * Test driver for sessions: opens a session on the bundled simulator and plays a list of actions as the
 * page would send them, collecting every message the session answers with.
 */
import type { ClientMessageInput, ServerMessage, WorldSource } from '../protocol';
import { clientMessageSchema } from '../protocol';
import { createBundledSimulator } from '../bundled-simulator';
import { type FinishedAttempt, SimSession } from '../sim-session';

export interface Played {
  session: SimSession;
  messages: ServerMessage[];
  kept: FinishedAttempt[];
  /** Sends more messages to the same session. */
  send(...messages: ClientMessageInput[]): Promise<ServerMessage[]>;
}

/** `aix:LINE` types on the host, `storage:LINE` on the storage console, `storage-button` plays the storage part. */
export function actions(...lines: string[]): ClientMessageInput[] {
  return lines.map((l) =>
    l === 'storage-button'
      ? { type: 'storage-play' }
      : l.startsWith('storage:')
        ? { type: 'run', console: 'storage', line: l.slice('storage:'.length) }
        : { type: 'run', console: 'aix', line: l },
  );
}

export async function play(
  source: WorldSource,
  mode: 'rehearse' | 'train',
  messages: ClientMessageInput[] = [],
  options: {
    outputChars?: number;
    scriptRunMs?: number;
    yieldToOthers?: () => Promise<void>;
    snapshotCommands?: number;
    timeMoves?: boolean;
    /** The real clock (ms) a training session keeps pace with: a test's fake, moved by the test. */
    realMs?: () => number;
  } = {},
): Promise<Played> {
  const opened = await createBundledSimulator({ snapshotCommands: options.snapshotCommands }).open(source, {
    timeMoves: options.timeMoves,
  });
  if ('error' in opened) throw new Error(opened.error);
  const kept: FinishedAttempt[] = [];
  let clock = 0;
  const session = new SimSession(opened.host, opened.scenario, {
    id: 'test-session',
    mode,
    trainee: mode === 'train' ? 'Ann' : undefined,
    betweenSteps: async () => {},
    yieldToOthers: options.yieldToOthers,
    // Each reading of the clock moves it 1 ms on, so run-time limits are tested without waiting.
    monotonicMs: () => clock++,
    realMs: options.realMs,
    scriptRunMs: options.scriptRunMs ?? 60_000,
    outputChars: options.outputChars ?? 64_000,
    keepAttempt: (attempt) => {
      kept.push(attempt);
      return kept.length;
    },
  });
  const all: ServerMessage[] = [];
  const send = async (...more: ClientMessageInput[]) => {
    const answered: ServerMessage[] = [];
    for (const message of more) {
      await session.handle(clientMessageSchema.parse(message), (m) => answered.push(m));
    }
    all.push(...answered);
    return answered;
  };
  await send(...messages);
  return { session, messages: all, kept, send };
}
