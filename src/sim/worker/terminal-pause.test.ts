/**
 * The downloaded script rehearsed as it is: in pause mode it prints the storage admin's commands and
 * waits at the AIX terminal; the storage admin takes the copy on the storage console, the AIX admin
 * answers `done` at the terminal, and the script goes on to its end.
 */
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../core/engine';
import type { Facts } from '../../core/model/facts';
import { exampleFacts } from '../../core/test-support/facts';
import { type ClientMessageInput, clientMessageSchema, type ServerMessage } from './protocol';
import { play } from './test-support/play';

const facts = exampleFacts();
const scriptFor = (f: Facts) =>
  evaluate(f, { generatedAt: '2026-12-06T08:00:00Z', version: '1.0.0' }).outputs?.script ?? '';
const script = scriptFor(facts);
const MKFLASH = 'mkflash -dev IBM.2107-75ABCD1 -record -persist -nocp 1000:1100 1001:1101 1002:1102';

async function rehearsal(rehearsed: Facts = facts) {
  const played = await play({ kind: 'twin', facts: rehearsed }, 'rehearse', [
    { type: 'script-load', text: scriptFor(rehearsed) },
  ]);
  const seen: ServerMessage[] = [];
  let onWait = () => {};
  const emit = (m: ServerMessage) => {
    seen.push(m);
    if (m.type === 'script' && m.script.waitingForInput) onWait();
  };
  const waits = () => new Promise<void>((resolve) => (onWait = resolve));
  const send = (message: ClientMessageInput) =>
    played.session.handle(clientMessageSchema.parse(message), emit);
  return { seen, waits, send };
}

const outputs = (seen: ServerMessage[]) => seen.flatMap((m) => (m.type === 'output' ? [m.entry] : []));

describe('the storage pause of the downloaded script, rehearsed at the terminal', () => {
  it('prints the storage commands, waits for the answer while the copy is taken on the storage console, then runs to its end', async () => {
    expect(script).toContain(`pause 'the storage admin' no 'Take the copy:' '${MKFLASH}'`);
    const { seen, waits, send } = await rehearsal();
    const waiting = waits();
    const run = send({ type: 'script-run-to-end' });
    await waiting;
    const shown = outputs(seen).at(-1);
    expect(shown?.read).toBe('waiting');
    expect(shown?.command).toBe('step_5_take_copy');
    await send({ type: 'run', console: 'storage', line: MKFLASH });
    const again = waits();
    await send({ type: 'run', console: 'aix', line: 'later' });
    await again;
    await send({ type: 'run', console: 'aix', line: 'done' });
    await run;
    const entries = outputs(seen);
    const pause = entries.slice(entries.findIndex((e) => e.read === 'waiting'));
    const at = '2025-07-14T10:00:00Z';
    const question = 'Type done when the storage admin has finished, or stop: ';
    const printed = (stdout: string) => ({ stdout, stderr: '', exitCode: 0 });
    const answer = (line: string) => ({
      source: 'aix',
      command: line,
      result: printed(''),
      at,
      read: 'answer',
    });
    // The line of the script's main part that calls the step.
    const scriptLine = script.split('\n').lastIndexOf('step_5_take_copy') + 1;
    const step = { source: 'script', command: 'step_5_take_copy', scriptLine, at };
    expect(pause.slice(0, 6)).toEqual([
      {
        ...step,
        read: 'waiting',
        result: printed(
          [
            '2025-07-14 10:00:00 == Step 5: Take the copy (storage)',
            '2025-07-14 10:00:00 WAIT: the storage admin now does:',
            '2025-07-14 10:00:00     Take the copy:',
            `2025-07-14 10:00:00     ${MKFLASH}`,
            question,
          ].join('\n'),
        ),
      },
      {
        source: 'storage',
        command: MKFLASH,
        at,
        result: printed(
          [
            'Date/Time: July 14, 2025 10:00:00 AM UTC IBM DSCLI Version: 7.9.50.64 DS: IBM.2107-75ABCD1',
            'CMUC00137I mkflash: FlashCopy pair 1000:1100 successfully created.',
            'CMUC00137I mkflash: FlashCopy pair 1001:1101 successfully created.',
            'CMUC00137I mkflash: FlashCopy pair 1002:1102 successfully created.',
            '',
          ].join('\n'),
        ),
      },
      answer('later'),
      { ...step, read: 'waiting', result: printed(question) },
      answer('done'),
      {
        ...step,
        read: 'after',
        result: printed(
          '2025-07-14 10:00:00 confirmed: the storage admin has finished\n2025-07-14 10:00:00    done: take-copy\n',
        ),
      },
    ]);
    expect(pause.at(-1)?.command).toBe('trap: on_exit');
    expect(seen.filter((m) => m.type === 'script').at(-1)).toEqual({
      type: 'script',
      script: { status: 'finished', lines: script.split('\n'), currentLine: null },
    });
  });

  /** The freeze runbook rehearsed: frozen for at most 60 s while the storage admin takes the copy. */
  async function frozenWhileTheStorageAdminWorks(seconds: number) {
    const frozen = exampleFacts((f) => {
      f.consistency.approach = 'freeze';
    });
    const { seen, waits, send } = await rehearsal(frozen);
    const waiting = waits();
    const run = send({ type: 'script-run-to-end' });
    await waiting;
    // The page lets the wall-clock time of the pause pass, times the speed-up, in small steps.
    for (let left = seconds; left > 0; left -= 15)
      await send({ type: 'advance', seconds: Math.min(15, left) });
    await send({ type: 'run', console: 'storage', line: MKFLASH });
    await send({ type: 'run', console: 'aix', line: 'done' });
    await run;
    return seen;
  }

  it('a storage admin who takes the copy within the freeze timeout gets a consistent copy', async () => {
    const seen = await frozenWhileTheStorageAdminWorks(45);
    expect(seen.filter((m) => m.type === 'verdict')).toEqual([
      { type: 'verdict', reached: true, problems: [] },
    ]);
  });

  it('a pause that outlasts the freeze timeout thaws the file systems by themselves, as AIX does: the copy is not consistent', async () => {
    const seen = await frozenWhileTheStorageAdminWorks(90);
    const clock = seen.filter((m) => m.type === 'clock');
    expect(clock.map((m) => m.now)).toEqual([
      '2025-07-14T10:00:15Z',
      '2025-07-14T10:00:30Z',
      '2025-07-14T10:00:45Z',
      '2025-07-14T10:01:00Z',
      '2025-07-14T10:01:15Z',
      '2025-07-14T10:01:30Z',
    ]);
    // The thaw at the timeout (60 s after the freeze) shows in the picture the page gets, with AIX's
    // error-log entry.
    // Only the tick that changed the world (the thaw) carries its picture; the others say the time.
    expect(clock.map((m) => m.state !== undefined)).toEqual([false, false, false, true, false, false]);
    expect(clock[3].state?.log).toEqual([
      expect.stringMatching(/J2_FREEZE_TIMEOUT .*: File system freeze timeout expired$/),
      expect.stringMatching(/J2_FREEZE_TIMEOUT .*: File system freeze timeout expired$/),
    ]);
    expect(seen.filter((m) => m.type === 'verdict')).toEqual([
      {
        type: 'verdict',
        reached: false,
        problems: [
          'the freeze of /dev/datalv at 2025-07-14T10:01:00Z timed out (J2_FREEZE_TIMEOUT): writes went on before the copy was taken',
          'the freeze of /dev/applv at 2025-07-14T10:01:00Z timed out (J2_FREEZE_TIMEOUT): writes went on before the copy was taken',
        ],
      },
    ]);
  });

  it('a snapshot saved after the pause goes back to the same world: the replay answers the pause as it was answered, after the storage admin’s commands', async () => {
    const { seen, waits, send } = await rehearsal();
    const waiting = waits();
    const run = send({ type: 'script-run-to-end' });
    await waiting;
    await send({ type: 'advance', seconds: 30 });
    await send({ type: 'run', console: 'storage', line: MKFLASH });
    await send({ type: 'run', console: 'aix', line: 'done' });
    await run;
    await send({ type: 'snapshot-save', name: 'copy up' });
    const pictures = () =>
      seen.flatMap((m) =>
        (m.type === 'output' || m.type === 'clock' || m.type === 'state') && m.state ? [m.state] : [],
      );
    const after = pictures().at(-1);
    await send({ type: 'reset' });
    expect(pictures().at(-1)).not.toEqual(after);
    await send({ type: 'snapshot-restore', id: 1 });
    expect(seen.at(-1)).toEqual({ type: 'state', state: after, note: 'Back at snapshot "copy up".' });
  });
});
