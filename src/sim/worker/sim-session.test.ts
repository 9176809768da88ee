import { describe, expect, it } from 'vitest';
import { listScenarios, loadScenario } from '../index';
import { createBundledSimulator } from './bundled-simulator';
import { limits, type ServerMessage } from './protocol';
import { actions, play } from './test-support/play';

const firstFlashcopy = { kind: 'scenario', id: 'first-flashcopy' } as const;
const scenario = loadScenario('first-flashcopy') ?? expect.unreachable('first-flashcopy is built in');
type Of<T extends ServerMessage['type']> = Extract<ServerMessage, { type: T }>;
const only = <T extends ServerMessage['type']>(messages: ServerMessage[], type: T) =>
  messages.filter((m): m is Of<T> => m.type === type);

const script = ['lsvg -o', 'lsvg flashcopyvg', 'lspv'].join('\n');

describe('a rehearsal session', () => {
  it('runs a typed line on the host and reports what it changed in the picture', async () => {
    const { messages } = await play(firstFlashcopy, 'rehearse', actions('cfgmgr'));
    const [output] = only(messages, 'output');
    expect(output.entry).toEqual({
      source: 'aix',
      command: 'cfgmgr',
      result: { stdout: '', stderr: '', exitCode: 0 },
      at: '2025-07-14T10:00:00Z',
    });
    expect(output.changed).toEqual(['disks', 'disks.3', 'disks.4']);
    expect(output.state?.disks).toEqual([
      expect.objectContaining({ name: 'hdisk0', vg: 'rootvg' }),
      expect.objectContaining({ name: 'hdisk1', vg: 'datavg' }),
      expect.objectContaining({ name: 'hdisk2', vg: 'datavg' }),
      { name: 'hdisk3', configured: true, status: 'Available', pvid: null, vg: null, volume: '1100' },
      { name: 'hdisk4', configured: true, status: 'Available', pvid: null, vg: null, volume: '1101' },
    ]);
  });

  it("plays the storage admin's part on the storage console, as DS CLI commands", async () => {
    const { messages } = await play(firstFlashcopy, 'rehearse', [{ type: 'storage-play' }]);
    expect(
      only(messages, 'output').map((m) => [m.entry.source, m.entry.command, m.entry.result.exitCode]),
    ).toEqual([
      ['button', 'mkflash -dev IBM.2107-75ABCD1 -freeze -record -persist -nocp 1000:1100 1001:1101', 0],
      ['button', 'unfreezeflash -dev IBM.2107-75ABCD1 10', 0],
    ]);
    const { messages: typed } = await play(
      firstFlashcopy,
      'rehearse',
      actions('storage:lsflash -dev IBM.2107-75ABCD1 1000 | wc'),
    );
    expect(only(typed, 'output')[0].entry.result).toEqual({
      stdout: '',
      stderr: 'The storage console takes one CLI command a line, without pipes or variables.\n',
      exitCode: 1,
    });
  });

  it("plays the storage admin's part one command at a time, and again from the start after a reset", async () => {
    const played = await play(firstFlashcopy, 'rehearse', [{ type: 'storage-step' }]);
    const commands = (messages: ServerMessage[]) =>
      messages.map((m) =>
        m.type === 'output' ? [m.entry.source, m.entry.command, m.entry.result.exitCode] : [m.type],
      );
    expect(commands(only(played.messages, 'output'))).toEqual([
      ['button', 'mkflash -dev IBM.2107-75ABCD1 -freeze -record -persist -nocp 1000:1100 1001:1101', 0],
    ]);
    expect(commands(await played.send({ type: 'storage-step' }))).toEqual([
      ['button', 'unfreezeflash -dev IBM.2107-75ABCD1 10', 0],
    ]);
    expect(await played.send({ type: 'storage-play' })).toEqual([
      { type: 'error', message: 'The storage admin’s part is all played (2 commands).' },
    ]);
    await played.send({ type: 'reset' });
    expect(commands(only(await played.send({ type: 'storage-step' }), 'output'))).toEqual([
      ['button', 'mkflash -dev IBM.2107-75ABCD1 -freeze -record -persist -nocp 1000:1100 1001:1101', 0],
    ]);
    // A snapshot keeps where the storage part was: back at it, the next command is the one after it.
    await played.send({ type: 'snapshot-save', name: 'copy made' });
    await played.send({ type: 'storage-step' });
    await played.send({ type: 'snapshot-restore', id: 1 });
    expect(commands(only(await played.send({ type: 'storage-step' }), 'output'))).toEqual([
      ['button', 'unfreezeflash -dev IBM.2107-75ABCD1 10', 0],
    ]);
  });

  it('runs the script one command at a time and stops on the first failure with the reason', async () => {
    const played = await play(firstFlashcopy, 'rehearse', [{ type: 'script-load', text: script }]);
    expect(only(played.messages, 'script')).toEqual([
      { type: 'script', script: { status: 'paused', lines: script.split('\n'), currentLine: 1 } },
    ]);
    const stepped = await played.send({ type: 'script-step' });
    expect(only(stepped, 'output').map((m) => [m.entry.scriptLine, m.entry.command, m.entry.result])).toEqual(
      [[1, 'lsvg -o', { stdout: 'datavg\nrootvg\n', stderr: '', exitCode: 0 }]],
    );
    expect(only(stepped, 'script').at(-1)?.script).toEqual({
      status: 'paused',
      lines: script.split('\n'),
      currentLine: 2,
    });
    const rest = await played.send({ type: 'script-run-to-end' });
    const failed = only(rest, 'output')[0].entry;
    expect(failed.scriptLine).toBe(2);
    expect(failed.result.exitCode).not.toBe(0);
    expect(only(rest, 'script').at(-1)?.script).toEqual({
      status: 'failed',
      lines: script.split('\n'),
      currentLine: 2,
      reason: `Line 2: \`lsvg flashcopyvg\` ended with exit code ${failed.result.exitCode}: ${failed.result.stderr.trim().split('\n')[0]}`,
    });
    expect(only(await played.send({ type: 'script-step' }), 'error')).toEqual([
      { type: 'error', message: 'No script is ready to run: load the script first (Run the script).' },
    ]);
  });

  it('refuses a script over the line limit, and stops one that runs too long', async () => {
    const tooLong = Array.from({ length: 1001 }, () => 'true').join('\n');
    const { messages } = await play(firstFlashcopy, 'rehearse', [{ type: 'script-load', text: tooLong }]);
    expect(only(messages, 'script').at(-1)?.script).toMatchObject({
      status: 'failed',
      currentLine: null,
      reason: 'The script has 1001 lines; at most 1000 run here.',
    });
    // The test clock moves 1 ms a reading: a 1 ms budget is spent after the second command.
    const text = 'lsvg -o\nlspv\nlsvg -o';
    const slow = await play(firstFlashcopy, 'rehearse', [{ type: 'script-load', text }], { scriptRunMs: 1 });
    const stopped = await slow.send({ type: 'script-run-to-end' });
    expect(only(stopped, 'output').map((m) => m.entry.scriptLine)).toEqual([1, 2]);
    expect(only(stopped, 'script').at(-1)?.script).toEqual({
      status: 'failed',
      lines: text.split('\n'),
      currentLine: 3,
      reason: 'The script ran longer than 0.001 s in one go.',
    });
  });

  it('runs a script of the most lines a session takes to its end, EXIT trap included', async () => {
    const text = Array.from({ length: limits.scriptLines }, () => 'true').join('\n');
    const played = await play(firstFlashcopy, 'rehearse', [{ type: 'script-load', text }]);
    const ran = await played.send({ type: 'script-run-to-end' });
    expect(only(ran, 'script').at(-1)?.script).toEqual({
      status: 'finished',
      lines: text.split('\n'),
      currentLine: null,
    });
  });

  it('cuts output over the limit and says so', async () => {
    const { messages } = await play(firstFlashcopy, 'rehearse', actions('lspv'), { outputChars: 20 });
    expect(only(messages, 'output')[0].entry.result.stdout).toBe(
      'hdisk0          002c\n[output cut at 20 characters]\n',
    );
  });

  it('goes back to a snapshot and resets to the scenario start', async () => {
    const played = await play(firstFlashcopy, 'rehearse', [
      ...actions('cfgmgr'),
      { type: 'snapshot-save', name: 'targets configured' },
      ...actions('umount /data'),
    ]);
    const [afterUmount] = only(played.messages, 'output').slice(-1);
    expect(afterUmount.state?.fileSystems).toContainEqual(
      expect.objectContaining({ mountPoint: '/data', mounted: false }),
    );
    expect(only(played.messages, 'snapshots')).toEqual([
      { type: 'snapshots', snapshots: [{ id: 1, name: 'targets configured', at: '2025-07-14T10:00:00Z' }] },
    ]);
    const [back] = only(await played.send({ type: 'snapshot-restore', id: 1 }), 'state');
    expect(back.note).toBe('Back at snapshot "targets configured".');
    expect(back.state.fileSystems).toContainEqual(
      expect.objectContaining({ mountPoint: '/data', mounted: true }),
    );
    expect(back.state.disks).toContainEqual(expect.objectContaining({ name: 'hdisk3' }));
    const [reset] = only(await played.send({ type: 'reset' }), 'state');
    expect(reset.note).toBe('The session was reset to the scenario start.');
    expect((reset.state.disks as { name: string }[]).map((d) => d.name)).toEqual([
      'hdisk0',
      'hdisk1',
      'hdisk2',
    ]);
    expect(only(await played.send({ type: 'snapshot-restore', id: 7 }), 'error')).toEqual([
      { type: 'error', message: 'There is no snapshot 7 in this session; pick one from the list.' },
    ]);
  });

  it('keeps a bounded history for snapshots, and gives other sessions a turn at every replayed command', async () => {
    let turns = 0;
    const snapshotCommands = 12;
    const played = await play(firstFlashcopy, 'rehearse', [], {
      snapshotCommands,
      yieldToOthers: async () => void turns++,
    });
    const script = Array.from({ length: snapshotCommands / 2 }, () => 'lsvg -o').join('\n');
    await played.send({ type: 'script-load', text: script }, { type: 'script-run-to-end' });
    await played.send(...actions(...Array.from({ length: snapshotCommands / 2 }, () => 'lspv')));
    expect(
      only(await played.send({ type: 'snapshot-save', name: 'at the limit' }), 'snapshots'),
    ).toHaveLength(1);
    const over = await played.send(...actions('cfgmgr'), { type: 'snapshot-save', name: 'past it' });
    expect(only(over, 'error')).toEqual([
      {
        type: 'error',
        message: `A snapshot replays the session's commands, and this one has run more than ${snapshotCommands} since it started (or was last reset or taken back to a snapshot); go back to a snapshot or reset to save new ones.`,
      },
    ]);
    turns = 0;
    const [back] = only(await played.send({ type: 'snapshot-restore', id: 1 }), 'state');
    expect(turns).toBe(snapshotCommands);
    expect((back.state.disks as unknown[]).length).toBe(3);
    expect(only(await played.send({ type: 'snapshot-save', name: 'again' }), 'snapshots')).toHaveLength(1);
  });
});

describe('a training session', () => {
  it('gives hints one at a time, then says there are no more', async () => {
    const played = await play(firstFlashcopy, 'train');
    // The hints given on request: those without a condition (the others are offered by the session).
    const hints = scenario.hints.filter((hint) => typeof hint === 'string');
    expect(await played.send({ type: 'hint' })).toEqual([
      { type: 'hint', index: 0, text: hints[0], remaining: hints.length - 1 },
    ]);
    await played.send(...hints.slice(1).map(() => ({ type: 'hint' as const })));
    expect(await played.send({ type: 'hint' })).toEqual([
      { type: 'error', message: 'There are no more hints for this scenario.' },
    ]);
    // A page that reconnects gets the hints already shown.
    expect(played.session.opened()).toMatchObject({ hintsShown: hints });
  });

  it('grades once, keeps the attempt with its transcript, and refuses a second grading', async () => {
    const played = await play(firstFlashcopy, 'train', [...actions('lspv'), { type: 'submit' }]);
    expect(played.kept).toHaveLength(1);
    expect(played.kept[0]).toMatchObject({
      trainee: 'Ann',
      scenarioId: 'first-flashcopy',
      scenarioTitle: 'First FlashCopy of datavg, targets configured first',
      startedAt: '2025-07-14T10:00:00Z',
      transcript: [expect.objectContaining({ source: 'aix', command: 'lspv' })],
    });
    expect(only(played.messages, 'graded')[0]).toMatchObject({ attemptId: 1, grade: { passed: false } });
    expect(await played.send({ type: 'submit' })).toEqual([
      { type: 'error', message: 'This attempt was already graded; start a new attempt to try again.' },
    ]);
  });

  it('does not grade a rehearsal', async () => {
    const played = await play(firstFlashcopy, 'rehearse');
    expect(await played.send({ type: 'submit' })).toEqual([
      { type: 'error', message: 'Only a training session with a trainee name is graded.' },
    ]);
  });
});

describe('opening a world', () => {
  const simulator = createBundledSimulator();

  it('lists the built-in scenarios with their goals', () => {
    expect(simulator.listScenarios()).toEqual(
      listScenarios().map(({ name }) => {
        const { title, goal, hints, storage, clockSpeed } = loadScenario(name) ?? scenario;
        const hintCount = hints.filter((hint) => typeof hint === 'string').length;
        return { id: name, title, goal, hintCount, storage: storage.flavour, clockSpeed };
      }),
    );
  });

  it('says what is wrong with an unknown scenario, an invalid file or incomplete facts', async () => {
    expect(await simulator.open({ kind: 'scenario', id: 'nope' })).toEqual({
      error: 'There is no built-in scenario "nope"; pick one from the list.',
    });
    expect(await simulator.open({ kind: 'upload', text: '{"formatVersion": 2}' })).toEqual({
      error: expect.stringMatching(/^The scenario file is not valid: formatVersion: /),
    });
    expect(await simulator.open({ kind: 'upload', text: 'not json' })).toEqual({
      error: expect.stringMatching(/^The scenario file is not valid: the scenario is not valid JSON/),
    });
    expect(await simulator.open({ kind: 'twin', facts: { hostname: 'x' } })).toEqual({
      error:
        'The runbook is not complete enough to rehearse: AIX: Invalid input: expected object, received undefined. ' +
        'Fill it in on its page.',
    });
  });
});
