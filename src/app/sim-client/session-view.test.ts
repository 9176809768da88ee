import { describe, expect, it } from 'vitest';
import type { ServerMessage, TranscriptEntry, WorldPicture } from '../../sim/worker/protocol';
import { initialView, reduceView } from './session-view';

/** A picture of an empty host at 10:00 with `parts` in it. */
function picture(parts: Partial<WorldPicture>): WorldPicture {
  return {
    host: 'aixprod1',
    aix: '7.2 TL5 SP6',
    time: '2025-07-14T10:00:00Z',
    volumes: [],
    relationships: [],
    consistencyGroups: [],
    disks: [],
    vgs: [],
    lvs: [],
    fileSystems: [],
    logs: [],
    apps: [],
    log: [],
    ...parts,
  };
}

const datavg = (variedOn: boolean) => ({ name: 'datavg', variedOn, disks: ['hdisk1'], lvs: 2 });

const lspv: TranscriptEntry = {
  source: 'aix',
  command: 'lspv',
  result: { stdout: 'hdisk0 00c8 rootvg active\n', stderr: '', exitCode: 0 },
  at: '2025-07-14T10:00:00Z',
};
const opened: ServerMessage = {
  type: 'opened',
  sessionId: 's1',
  mode: 'train',
  scenario: {
    id: 'first-flashcopy',
    title: 'First FlashCopy',
    goal: 'Bring it up',
    hintCount: 3,
    storage: 'ds8000',
    clockSpeed: 1,
  },
  state: picture({ vgs: [datavg(true)] }),
  transcript: [],
  snapshots: [],
  script: { status: 'idle', lines: [], currentLine: null },
  hintsShown: ['first hint', 'an offered hint'],
  hintsLeft: 2,
  speed: 10,
  prompt: '# ',
};

describe('the session view', () => {
  it('starts from what the session says when it opens, hints already shown (asked for or offered) and the clock speed included', () => {
    expect(reduceView(initialView, opened)).toEqual({
      ...initialView,
      sessionId: 's1',
      mode: 'train',
      scenario: {
        id: 'first-flashcopy',
        title: 'First FlashCopy',
        goal: 'Bring it up',
        hintCount: 3,
        storage: 'ds8000',
        clockSpeed: 1,
      },
      picture: picture({ vgs: [datavg(true)] }),
      hints: ['first hint', 'an offered hint'],
      hintsRemaining: 2,
      speed: 10,
    });
  });

  it('adds an offered hint to those shown without using up the hints left to ask for, and follows a change of speed', () => {
    const start = reduceView(initialView, opened);
    const offered = reduceView(start, {
      type: 'hint',
      index: 2,
      text: 'take the copy again',
      remaining: 2,
      offered: true,
    });
    expect([offered.hints, offered.hintsRemaining]).toEqual([
      ['first hint', 'an offered hint', 'take the copy again'],
      2,
    ]);
    const paused = reduceView(offered, { type: 'clock', now: '2025-07-14T10:00:00Z', changed: [], speed: 0 });
    expect([paused.speed, paused.now]).toEqual([0, '2025-07-14T10:00:00Z']);
  });

  it('keeps the picture when a command changed nothing, and the one before when it did', () => {
    const start = reduceView(initialView, opened);
    const read = reduceView(start, { type: 'output', entry: lspv, changed: [] });
    expect(read.picture).toBe(start.picture);
    expect(read.transcript).toEqual([lspv]);
    const after = picture({ vgs: [datavg(false)] });
    const changed = reduceView(read, {
      type: 'output',
      entry: { ...lspv, command: 'varyoffvg datavg', result: { stdout: '', stderr: '', exitCode: 0 } },
      state: after,
      changed: ['vgs', 'vgs.0', 'vgs.0.variedOn'],
    });
    expect(changed).toMatchObject({
      before: start.picture,
      picture: after,
      changed: ['vgs', 'vgs.0', 'vgs.0.variedOn'],
    });
  });

  it('shows the last error until the next command runs', () => {
    const failed = reduceView(reduceView(initialView, opened), { type: 'error', message: 'No more hints.' });
    expect(failed.error).toBe('No more hints.');
    expect(reduceView(failed, { type: 'output', entry: lspv, changed: [] }).error).toBeNull();
  });

  it('follows simulated time: a tick moves the clock in the picture, a tick that thawed a freeze brings the new world; the verdict of the run is kept until a script is loaded again', () => {
    const view = reduceView(initialView, { ...opened, state: picture({}) });
    const ticked = reduceView(view, { type: 'clock', now: '2025-07-14T10:00:15Z', changed: ['time'] });
    expect([ticked.now, ticked.picture]).toEqual([
      '2025-07-14T10:00:15Z',
      picture({ time: '2025-07-14T10:00:15Z' }),
    ]);
    const thawed = picture({
      time: '2025-07-14T10:01:00Z',
      log: ['2025-07-14T10:01:00Z J2_FREEZE_TIMEOUT /dev/datalv: File system freeze timeout expired'],
    });
    const timedOut = reduceView(ticked, {
      type: 'clock',
      now: '2025-07-14T10:01:00Z',
      state: thawed,
      changed: ['time', 'log', 'log.0'],
    });
    expect([timedOut.picture, timedOut.before, timedOut.changed]).toEqual([
      thawed,
      ticked.picture,
      ['time', 'log', 'log.0'],
    ]);
    const judged = reduceView(timedOut, {
      type: 'verdict',
      reached: false,
      problems: ['the freeze timed out'],
    });
    expect(judged.verdict).toEqual({ reached: false, problems: ['the freeze timed out'] });
    const loaded = reduceView(judged, {
      type: 'script',
      script: { status: 'paused', lines: ['lspv'], currentLine: 1 },
    });
    expect(loaded.verdict).toBeNull();
  });

  it('keeps that a rehearsal judged a retire, so its verdict speaks of the copy gone', () => {
    const judged = reduceView(initialView, { type: 'verdict', reached: true, problems: [], retired: true });
    expect(judged.verdict).toEqual({ reached: true, problems: [], retired: true });
  });
});
