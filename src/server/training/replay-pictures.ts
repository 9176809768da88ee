/**
 * The world's picture at each step of a kept attempt, rebuilt by replaying its transcript into a fresh
 * world of its scenario (the attempt keeps commands, not pictures: one picture a command would make
 * every attempt many times larger). The simulator is deterministic (docs/conventions.md pattern 3), and
 * simulated time is moved to each command's recorded time before it runs, so writers write and freezes
 * expire as they did. A script's wait at the terminal and the answer typed there change nothing by
 * themselves: the step's picture is the one before.
 */
import type { Attempt } from '../../sim/grader/attempt';
import type { WorldPicture } from '../../sim/worker/protocol';
import type { Simulator } from '../../sim/worker/simulator-port';

/** pictures[0] is the world at the start; pictures[i + 1] the world after transcript entry i. */
export async function replayPictures(
  simulator: Pick<Simulator, 'open'>,
  attempt: Pick<Attempt, 'scenarioId' | 'transcript'>,
): Promise<{ pictures: WorldPicture[] } | { error: string }> {
  const opened = await simulator.open({ kind: 'scenario', id: attempt.scenarioId });
  if ('error' in opened) return opened;
  const { host } = opened;
  const pictures = [host.picture()];
  for (const entry of attempt.transcript) {
    if (entry.read === 'waiting' || entry.read === 'answer') {
      pictures.push(pictures[pictures.length - 1]);
      continue;
    }
    const behind = (Date.parse(entry.at) - Date.parse(host.now())) / 1000;
    if (behind > 0) host.advance(behind);
    await host.run(
      entry.source === 'storage' || entry.source === 'button' ? 'storage' : 'aix',
      entry.command,
    );
    pictures.push(host.picture());
  }
  return { pictures };
}
