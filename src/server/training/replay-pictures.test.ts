import { describe, expect, it } from 'vitest';
import { createBundledSimulator } from '../../sim/worker/bundled-simulator';
import type { TranscriptEntry } from '../../sim/worker/protocol';
import { replayPictures } from './replay-pictures';

const ok = { stdout: '', stderr: '', exitCode: 0 };

describe("the world's picture at each step of a kept attempt", () => {
  it('is the world a live session had after each command, the same at a wait for the terminal', async () => {
    const simulator = createBundledSimulator();
    const live = await simulator.open({ kind: 'scenario', id: 'first-flashcopy' });
    if ('error' in live) throw new Error(live.error);
    const start = live.host.picture();
    await live.host.run('aix', 'cfgmgr');
    const afterCfgmgr = live.host.picture();
    await live.host.run('aix', 'chdev -l hdisk1 -a pv=clear');
    const afterChdev = live.host.picture();
    const at = live.host.now();
    const transcript: TranscriptEntry[] = [
      { source: 'aix', command: 'cfgmgr', result: ok, at },
      { source: 'aix', command: 'y', result: ok, at, read: 'answer' },
      { source: 'aix', command: 'chdev -l hdisk1 -a pv=clear', result: ok, at },
    ];
    expect(await replayPictures(simulator, { scenarioId: 'first-flashcopy', transcript })).toEqual({
      pictures: [start, afterCfgmgr, afterCfgmgr, afterChdev],
    });
    expect(await replayPictures(simulator, { scenarioId: 'gone', transcript })).toEqual({
      error: expect.stringContaining('gone'),
    });
  });
});
