/** A rehearsal in which time moves: each command takes a plausible time on the simulated clock. */
import { describe, expect, it } from 'vitest';
import type { ServerMessage } from './protocol';
import { actions, play } from './test-support/play';

const firstFlashcopy = { kind: 'scenario', id: 'first-flashcopy' } as const;
const times = (messages: ServerMessage[]) =>
  messages.flatMap((m) => (m.type === 'output' ? [`${m.entry.at} ${m.entry.command}`] : []));

describe('time moves with the commands of a rehearsal', () => {
  it('cfgmgr takes 20 s, a DS CLI call 2 s, a listing no time; the clock stands still when not asked to move', async () => {
    const typed = actions('cfgmgr', 'lspv', 'storage:lsflash -dev IBM.2107-75ABCD1 1000', 'lsvg -o');
    const moving = await play(firstFlashcopy, 'rehearse', typed, { timeMoves: true });
    expect(times(moving.messages)).toEqual([
      '2025-07-14T10:00:20Z cfgmgr',
      '2025-07-14T10:00:20Z lspv',
      '2025-07-14T10:00:22Z lsflash -dev IBM.2107-75ABCD1 1000',
      '2025-07-14T10:00:22Z lsvg -o',
    ]);
    const still = await play(firstFlashcopy, 'rehearse', typed);
    expect(times(still.messages)).toEqual([
      '2025-07-14T10:00:00Z cfgmgr',
      '2025-07-14T10:00:00Z lspv',
      '2025-07-14T10:00:00Z lsflash -dev IBM.2107-75ABCD1 1000',
      '2025-07-14T10:00:00Z lsvg -o',
    ]);
  });
});
