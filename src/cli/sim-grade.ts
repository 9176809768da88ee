/**
 * `npm run sim -- --scenario NAME --grade`: a training attempt read from standard input, one command a line
 * for the AIX host (`@storage COMMAND` for the storage console), played in a training session as the
 * trainee page plays it, then graded from the scenario's goal. Prints the transcript, each graded item with
 * its points (and, when missed, what happened and the lesson), and `Score N/100 · passed|failed`.
 */
import { performance } from 'node:perf_hooks';
import type { Grade } from '../sim/grader/grade';
import { createBundledSimulator } from '../sim/worker/bundled-simulator';
import type { ClientMessageInput, ServerMessage, WorldSource } from '../sim/worker/protocol';
import { clientMessageSchema } from '../sim/worker/protocol';
import { SimSession } from '../sim/worker/sim-session';
import { storagePrompt } from '../sim/worker/storage-prompt';
import type { Fault } from '../sim/world/faults';
import { renderEntry } from '../sim/shell/transcript';

/** Marks the simulator's own notes in the transcript: an injected failure is not the trainee's doing. */
export const SIMULATOR_NOTE = '[simulator] ';

const STORAGE_LINE = /^@storage\s+(.*)$/;

/** The session message for one line of the attempt. */
function messageOf(line: string): ClientMessageInput {
  const storage = STORAGE_LINE.exec(line);
  return storage
    ? { type: 'run', console: 'storage', line: storage[1] ?? '' }
    : { type: 'run', console: 'aix', line };
}

/** One graded item: mark, points earned of points, title and what happened; the lesson under a miss. */
function itemLines(grade: Grade): string[] {
  return grade.checks.flatMap((c) => [
    `${c.passed ? 'pass' : 'MISS'} ${`${c.earned}/${c.points}`.padStart(5)}  ${c.title}: ${c.detail}`,
    ...(c.passed ? [] : [`            To learn: ${c.lesson}`]),
  ]);
}

/**
 * Plays the attempt's lines in the scenario, writing the transcript as it goes, then the grade. Returns
 * whether the attempt passed, or the reason the scenario cannot be opened.
 */
export async function gradeAttemptLines(
  source: WorldSource,
  lines: string[],
  faults: Fault[],
  write: (text: string) => void,
): Promise<{ passed: boolean } | { error: string }> {
  // As on the Train page, each command takes its time (a line read from standard input has no real pace).
  const opened = await createBundledSimulator().open(source, { timeMoves: true });
  if ('error' in opened) return { error: opened.error };
  let grade: Grade | undefined;
  const session = new SimSession(opened.host, opened.scenario, {
    id: 'sim-grade',
    mode: 'train',
    trainee: 'sim --grade',
    betweenSteps: async () => {},
    monotonicMs: () => performance.now(),
    scriptRunMs: 60_000,
    outputChars: 64_000,
    keepAttempt: () => null,
  });
  const prompt = storagePrompt(opened.scenario.info.storage);
  const emit = (m: ServerMessage) => {
    if (m.type === 'output') {
      const onStorage = m.entry.source !== 'aix';
      write(renderEntry({ input: m.entry.command, result: m.entry.result }, onStorage ? prompt : '# '));
      for (const fault of m.entry.faults ?? []) write(`${SIMULATOR_NOTE}${fault}\n`);
    } else if (m.type === 'graded') grade = m.grade;
    else if (m.type === 'error') write(`sim: ${m.message}\n`);
  };
  const send = (message: ClientMessageInput) => session.handle(clientMessageSchema.parse(message), emit);
  for (const fault of faults) await send({ type: 'fault-arm', ...fault });
  for (const line of lines.filter((l) => l.trim() !== '')) await send(messageOf(line));
  await send({ type: 'submit' });
  if (!grade) return { error: 'the attempt could not be graded' };
  write(
    [
      '',
      `Graded against the goal of ${opened.scenario.info.id}: ${opened.scenario.info.goal}`,
      ...itemLines(grade),
      `Score ${grade.score}/100 · ${grade.passed ? 'passed' : 'failed'}`,
      '',
    ].join('\n'),
  );
  return { passed: grade.passed };
}
