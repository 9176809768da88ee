import { describe, expect, it } from 'vitest';
import type { ServerMessage } from './protocol';
import { actions, play } from './test-support/play';

const firstFlashcopy = { kind: 'scenario', id: 'first-flashcopy' } as const;
type Of<T extends ServerMessage['type']> = Extract<ServerMessage, { type: T }>;
const only = <T extends ServerMessage['type']>(messages: ServerMessage[], type: T) =>
  messages.filter((m): m is Of<T> => m.type === type);

describe('"make the next command fail" on a live session', () => {
  it('arms the fault, then the command fails as on AIX and its entry says the fault fired', async () => {
    const played = await play(firstFlashcopy, 'rehearse', [{ type: 'fault-arm', command: 'varyonvg' }]);
    const [armed] = only(played.messages, 'state');
    expect(armed.note).toBe(
      'Injected fault armed: The next call of varyonvg fails as it fails on AIX or the storage.',
    );
    expect(armed.state.faultsArmed).toEqual([{ command: 'varyonvg', call: 1 }]);
    const [output] = only(await played.send(...actions('varyonvg datavg', 'varyonvg datavg')), 'output');
    expect(output.entry).toEqual({
      source: 'aix',
      command: 'varyonvg datavg',
      result: {
        stdout: '',
        stderr:
          '0516-013 varyonvg: The volume group cannot be varied on because\n\tthere are no good copies of the descriptor area.\n0516-952 varyonvg: Unable to vary on volume group datavg.\n',
        exitCode: 1,
      },
      at: '2025-07-14T10:00:00Z',
      faults: ['injected fault fired at varyonvg (call 1, no-good-vgda): varyonvg datavg'],
    });
    expect(output.changed).toEqual(['faultsArmed', 'faultsFired']);
    expect(output.state?.faultsArmed).toBeUndefined();
    expect(output.state?.faultsFired).toEqual([
      {
        command: 'varyonvg',
        call: 1,
        kind: 'no-good-vgda',
        line: 'varyonvg datavg',
        time: '2025-07-14T10:00:00Z',
        host: 'aixprod01',
      },
    ]);
  });

  it('refuses a fault the simulator cannot inject, and keeps armed faults across a snapshot restore', async () => {
    const played = await play(firstFlashcopy, 'rehearse', [
      { type: 'fault-arm', command: 'lspv' },
      { type: 'fault-arm', command: 'mkflash', call: 2 },
      { type: 'snapshot-save', name: 'armed' },
    ]);
    expect(only(played.messages, 'error')).toEqual([
      { type: 'error', message: 'The fault cannot be armed: the simulator cannot make lspv fail.' },
    ]);
    const [back] = only(await played.send({ type: 'snapshot-restore', id: 1 }), 'state');
    expect(back.state.faultsArmed).toEqual([{ command: 'mkflash', call: 2 }]);
  });
});
