/**
 * Time in training: each command takes its time on the simulated clock, and the trainee's real pace (a
 * fake real clock here) passes too, at the chosen speed, so writers write, logs fill and freezes expire.
 */
import { describe, expect, it } from 'vitest';
import type { ClientMessageInput, ServerMessage } from './protocol';
import { OFFERED_HINTS } from '../scenarios/library/common';
import { actions, play } from './test-support/play';

/** A training session whose real clock the test moves: `at(seconds, ...lines)` types the lines then. */
async function training(id: string) {
  let realMs = 0;
  // Training sessions time each command (protocol.ts timeMovesIn), as the server and the page open them.
  const played = await play({ kind: 'scenario', id }, 'train', [], { timeMoves: true, realMs: () => realMs });
  const at = (seconds: number, ...messages: (string | ClientMessageInput)[]) => {
    realMs = seconds * 1000;
    return played.send(...messages.map((m) => (typeof m === 'string' ? actions(m)[0] : m)));
  };
  return { played, at };
}

/** What a trainee sees of the answers: each command with its time and exit code, the clock, the hints. */
const seen = (messages: ServerMessage[]) =>
  messages.flatMap((m) => {
    switch (m.type) {
      case 'output':
        return [`${m.entry.at} ${m.entry.command} -> ${m.entry.result.exitCode}`];
      case 'clock':
        return [`clock ${m.now}${m.speed !== undefined ? ` at ${m.speed}x` : ''}`];
      case 'hint':
        return [`${m.offered ? 'offered' : 'asked'} hint ${m.index}: ${m.text}`];
      case 'graded': {
        const missed = m.grade.checks.filter((c) => !c.passed).map((c) => c.id);
        return [
          `graded ${m.grade.score} ${m.grade.passed ? 'passed' : 'failed'}${missed.length > 0 ? `, missed: ${missed.join(', ')}` : ''}`,
        ];
      }
      default:
        return [m.type];
    }
  });

describe('time moves in training', () => {
  it('log-wrap at a normal pace without a freeze: the copy holds a wrapped log, logredo fails, the session offers to take the copy again, and the attempt fails', async () => {
    const { played, at } = await training('log-wrap');
    const answers = [
      ...(await at(5, 'cfgmgr')),
      ...(await at(15, 'lspv')),
      ...(await at(25, 'storage:mkflash -dev IBM.2107-75ABCD1 -record -persist -nocp 1000:1100')),
      ...(await at(30, 'recreatevg -y loadcopyvg hdisk2')),
      ...(await at(35, 'logredo /dev/fsloglv00')),
      ...(await at(40, 'fsck -y /fs/load')),
      ...(await at(50, 'mount /fs/load')),
      ...(await at(55, { type: 'submit' })),
    ];
    const logWrapped = OFFERED_HINTS.logWrapped.text;
    const fsckFoundErrors = OFFERED_HINTS.fsckFoundErrors.text;
    expect(seen(answers)).toEqual([
      // The 5 s the trainee took, then cfgmgr's 20 s; the 10 s since, ...
      'clock 2025-07-14T10:00:05Z',
      '2025-07-14T10:00:25Z cfgmgr -> 0',
      'clock 2025-07-14T10:00:35Z',
      '2025-07-14T10:00:35Z lspv -> 0',
      // ... so the storage flashes 45 s after the last sync point: 1,800 transactions in a log of 1,024.
      // (The source's own log has wrapped since 10:00:26: no hint for that, only for the copy's.)
      'clock 2025-07-14T10:00:45Z',
      '2025-07-14T10:00:47Z mkflash -dev IBM.2107-75ABCD1 -record -persist -nocp 1000:1100 -> 0',
      'clock 2025-07-14T10:00:52Z',
      '2025-07-14T10:01:07Z recreatevg -y loadcopyvg hdisk2 -> 0',
      `offered hint 0: ${logWrapped}`,
      'clock 2025-07-14T10:01:12Z',
      '2025-07-14T10:01:14Z logredo /dev/fsloglv00 -> 253',
      'clock 2025-07-14T10:01:19Z',
      '2025-07-14T10:01:24Z fsck -y /fs/load -> 0',
      `offered hint 1: ${fsckFoundErrors}`,
      'clock 2025-07-14T10:01:34Z',
      '2025-07-14T10:01:35Z mount /fs/load -> 0',
      'clock 2025-07-14T10:01:40Z',
      'graded 83 failed, missed: copy-usable, used-damaged-copy',
    ]);
    // The attempt keeps the hints shown, for the instructor to count.
    expect(played.kept[0].hintsShown).toEqual([logWrapped, fsckFoundErrors]);
  });

  it('log-wrap with the freeze, at the same pace: the copy replays cleanly and the attempt passes', async () => {
    const { at } = await training('log-wrap');
    await at(5, 'cfgmgr');
    await at(20, 'chfs -a freeze=60 /load');
    await at(30, 'storage:mkflash -dev IBM.2107-75ABCD1 -record -persist -nocp 1000:1100');
    await at(35, 'chfs -a freeze=off /load');
    await at(40, 'recreatevg -y loadcopyvg hdisk2');
    await at(45, 'logredo /dev/fsloglv00');
    const end = await at(50, 'mount /fs/load', { type: 'submit' });
    expect(seen(end)).toEqual([
      'clock 2025-07-14T10:01:31Z',
      '2025-07-14T10:01:32Z mount /fs/load -> 0',
      'graded 100 passed',
    ]);
  });

  it('chfs -a freeze=300 expires by itself while the trainee waits at 10x: the world thaws, errpt logs it, a hint is offered', async () => {
    const { played, at } = await training('first-flashcopy');
    expect(seen(await at(1, { type: 'clock-speed', speed: 10 }, 'chfs -a freeze=300 /data'))).toEqual([
      'clock 2025-07-14T10:00:01Z',
      'clock 2025-07-14T10:00:01Z at 10x',
      '2025-07-14T10:00:02Z chfs -a freeze=300 /data -> 0',
    ]);
    // 29 real seconds at 10x: 290 simulated, the freeze still holds (it ends at 10:05:01).
    expect(seen(await at(30, { type: 'tick' }))).toEqual(['clock 2025-07-14T10:04:52Z']);
    const expired = await at(31, { type: 'tick' });
    expect(seen(expired)).toEqual([
      'clock 2025-07-14T10:05:02Z',
      `offered hint 0: ${OFFERED_HINTS.freezeTimedOut.text}`,
    ]);
    const clock = expired[0] as Extract<ServerMessage, { type: 'clock' }>;
    expect(clock.state?.fileSystems.find((fs) => fs.mountPoint === '/data')?.frozen).toBe(false);
    const [errpt] = await at(31, 'errpt');
    expect(errpt.type === 'output' && errpt.entry.result.stdout).toEqual(
      [
        'IDENTIFIER TIMESTAMP  T C RESOURCE_NAME  DESCRIPTION',
        'C2F1E3A8   0714100525 I O SYSJ2          FILE SYSTEM FREEZE TIMEOUT EXPIRED',
        '',
      ].join('\n'),
    );
    expect(played.session.opened()).toMatchObject({
      speed: 10,
      hintsShown: [OFFERED_HINTS.freezeTimedOut.text],
    });
  });

  it('writers write while the trainee reads: the log fills and wraps, syncd empties it; a paused clock stands still', async () => {
    const { at } = await training('log-wrap');
    const wrapped = (messages: ServerMessage[]) =>
      messages.flatMap((m) =>
        m.type === 'clock' ? [`${m.now} wrapped=${m.state?.logs[0].wrapped ?? '(unchanged)'}`] : [],
      );
    expect(wrapped(await at(20, { type: 'tick' }))).toEqual(['2025-07-14T10:00:20Z wrapped=(unchanged)']);
    expect(wrapped(await at(30, { type: 'tick' }))).toEqual(['2025-07-14T10:00:30Z wrapped=true']);
    expect(wrapped(await at(30, { type: 'clock-speed', speed: 0 }))).toEqual([
      '2025-07-14T10:00:30Z wrapped=(unchanged)',
    ]);
    expect(wrapped(await at(300, { type: 'tick' }))).toEqual([]);
    await at(300, { type: 'clock-speed', speed: 60 });
    // Half a real second at 60x: syncd's sync point at 10:01:00 empties the log.
    expect(wrapped(await at(300.5, { type: 'tick' }))).toEqual(['2025-07-14T10:01:00Z wrapped=false']);
  });

  it('duplicate PVIDs: cfgmgr leaves the copy Defined, and the session offers what to do; asked and offered hints are kept in order', async () => {
    const { played, at } = await training('duplicate-pvid-trap');
    const answers = [...(await at(1, { type: 'hint' })), ...(await at(2, 'cfgmgr'))];
    const [first] = played.session.scenario.hints;
    // The scenario starts at 10:01:00, the storage admin's copy made half a minute before.
    expect(seen(answers)).toEqual([
      'clock 2025-07-14T10:01:01Z',
      `asked hint 0: ${first}`,
      'clock 2025-07-14T10:01:02Z',
      '2025-07-14T10:01:22Z cfgmgr -> 0',
      `offered hint 1: ${OFFERED_HINTS.disksDefined.text}`,
    ]);
    const hint = answers.find((m) => m.type === 'hint' && m.offered);
    expect(hint).toEqual({
      type: 'hint',
      index: 1,
      text: OFFERED_HINTS.disksDefined.text,
      remaining: played.session.scenario.hints.length - 1,
      offered: true,
    });
    // Offered once: a second cfgmgr that leaves them Defined again offers nothing more.
    expect(seen(await at(3, 'cfgmgr'))).toEqual([
      'clock 2025-07-14T10:01:23Z',
      '2025-07-14T10:01:43Z cfgmgr -> 0',
    ]);
    expect(played.session.opened()).toMatchObject({
      hintsShown: [first, OFFERED_HINTS.disksDefined.text],
      hintsLeft: played.session.scenario.hints.length - 1,
    });
  });

  it('fsck finding errors on the copy offers to take the copy again', async () => {
    const { at } = await training('fsck-errors-discard');
    expect(seen(await at(0, 'fsck -n /fs/data /fs/arch'))).toEqual([
      '2025-07-14T10:00:05Z fsck -n /fs/data /fs/arch -> 4',
      `offered hint 0: ${OFFERED_HINTS.fsckFoundErrors.text}`,
    ]);
  });

  it('a rehearsal keeps no pace with the real clock and offers no hint', async () => {
    let realMs = 0;
    const played = await play({ kind: 'scenario', id: 'duplicate-pvid-trap' }, 'rehearse', [], {
      timeMoves: true,
      realMs: () => realMs,
    });
    realMs = 60_000;
    expect(seen(await played.send(...actions('cfgmgr')))).toEqual(['2025-07-14T10:01:20Z cfgmgr -> 0']);
    expect(played.session.opened()).not.toHaveProperty('speed');
  });
});
