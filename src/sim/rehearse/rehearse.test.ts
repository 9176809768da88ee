import { describe, expect, it } from 'vitest';
import { createWorld, worldState } from '../index';
import { createWorldShell } from '../shell/world-shell';
import { armFault } from '../world/faults';
import { judgeCopy, productionReport, productionState } from './judge';
import { rehearseAndJudge } from './rehearse';

const GOAL = { sourceVg: 'appvg', copyVg: 'appcopyvg' };

/** A script shaped like vgcopy's: a TERM trap that logs and exits, the source stopped, then the copy. */
const SCRIPT = [
  'on_signal() {',
  '  print "interrupted"',
  '  exit 6',
  '}',
  'trap \'print "end of run, exit code $?"\' EXIT',
  'trap on_signal INT TERM HUP',
  'appctl stop batch',
  'umount /app',
  'umount /spool',
  'dscli mkflash -bnr off -dev IBM.2107-75ABCD1 -record -persist -nocp 1000:1100 1001:1101',
  'cfgmgr',
  '',
].join('\n');

describe('production state', () => {
  it('says what changed, part by part, with what it was', async () => {
    const world = await createWorld('jfs-mounted');
    const before = productionState(worldState(world), 'appvg');
    expect(before).toEqual({
      sourceVg: 'appvg',
      variedOn: true,
      fileSystems: [
        { mountPoint: '/app', mounted: true, frozen: false },
        { mountPoint: '/spool', mounted: true, frozen: false },
      ],
      applications: [{ name: 'batch', kind: 'other', running: true, hotBackup: false }],
      heldVolumes: [],
      mirrors: [],
    });
    expect(productionReport(before, before)).toEqual({
      before,
      after: before,
      lines: [
        'source VG appvg: varied on',
        'file system /app: mounted',
        'file system /spool: mounted',
        'application batch (other): running',
      ],
      changes: [],
      restored: true,
      mirrorChanges: [],
    });
  });

  it('a DR host without the source VG: production is the storage, and a mirror failed back counts as given back', async () => {
    const world = await createWorld('metro-mirror-dr');
    const state = worldState(world);
    const verdict = judgeCopy({ sourceVg: 'datavg', copyVg: 'datavg' }, state, state);
    expect(verdict.production.lines).toEqual([
      'source VG datavg: not on this host',
      'mirror 1000:2000: Full Duplex',
      'mirror 1001:2001: Full Duplex',
    ]);
    expect(verdict.problems).toEqual(['no VG named datavg']);
    const shell = createWorldShell(world);
    const pairs = '1000:2000 1001:2001';
    for (const line of [
      `dscli failoverpprc -dev IBM.2107-75WXYZ1 -remotedev IBM.2107-75ABCD1 -type mmir ${pairs.replace(/(\d+):(\d+)/g, '$2:$1')}`,
      'importvg -y datavg hdisk1',
    ])
      expect((await shell.run(line)).exitCode, line).toBe(0);
    const failedOver = productionReport(
      productionState(state, 'datavg'),
      productionState(worldState(world), 'datavg'),
    );
    expect([failedOver.lines, failedOver.restored, failedOver.mirrorChanges]).toEqual([
      [
        'source VG datavg: not on this host',
        'mirror 1000:2000: Suspended (was Full Duplex)',
        'mirror 1001:2001: Suspended (was Full Duplex)',
      ],
      true,
      ['mirror 1000:2000: Suspended (was Full Duplex)', 'mirror 1001:2001: Suspended (was Full Duplex)'],
    ]);
    const failedOverState = worldState(world);
    await shell.run('varyoffvg datavg');
    await shell.run('exportvg datavg');
    expect(
      (
        await shell.run(
          `dscli failbackpprc -dev IBM.2107-75ABCD1 -remotedev IBM.2107-75WXYZ1 -type mmir ${pairs}`,
        )
      ).exitCode,
    ).toBe(0);
    const failedBack = productionReport(
      productionState(state, 'datavg'),
      productionState(worldState(world), 'datavg'),
    );
    expect([failedBack.lines.slice(1), failedBack.mirrorChanges]).toEqual([
      ['mirror 1000:2000: Copy Pending', 'mirror 1001:2001: Copy Pending'],
      [],
    ]);
    // Judged from the failed-over mirror (an earlier DR test's, metro-mirror-refresh), the failback
    // that mirrors production again is no change to give back either.
    const fromEarlierTest = productionReport(
      productionState(failedOverState, 'datavg'),
      productionState(worldState(world), 'datavg'),
    );
    expect([fromEarlierTest.lines.slice(1), fromEarlierTest.mirrorChanges]).toEqual([
      ['mirror 1000:2000: Copy Pending', 'mirror 1001:2001: Copy Pending'],
      [],
    ]);
  });
});

describe('rehearseAndJudge', () => {
  it('killed by SIGTERM before step k: the TERM trap runs, then the EXIT trap; production is reported as left', async () => {
    const world = await createWorld('jfs-mounted');
    const rehearsal = await rehearseAndJudge(world, SCRIPT, { goal: GOAL, killAtStep: 7 });
    expect(rehearsal.run).toEqual({
      stdout: 'batch stopped.\ninterrupted\nend of run, exit code 6\n',
      stderr: '',
      exitCode: 6,
    });
    expect(rehearsal.notes).toEqual(['injected kill -TERM before step 7 of the script']);
    expect(rehearsal.problems).toEqual([
      'the script ended with exit code 6',
      'no VG named appcopyvg',
      'production is not as it was: file system /app: not mounted (was mounted); file system /spool: not mounted (was mounted); application batch (other): stopped (was running)',
    ]);
    expect(rehearsal.reached).toBe(false);
  });

  it('an injected fault is named apart from the run', async () => {
    const world = await createWorld('jfs-mounted');
    armFault(world.faults, { command: 'mkflash', call: 1 });
    const rehearsal = await rehearseAndJudge(world, SCRIPT, { goal: GOAL });
    expect(rehearsal.run.stderr).toBe(
      'CMUN03043E mkflash: 1000:1100: Copy Services operation failure: The target volume is already in a copy relationship.\n',
    );
    expect(rehearsal.notes).toEqual([
      'injected fault fired at mkflash (call 1, cli-error): mkflash -bnr off -dev IBM.2107-75ABCD1 -record -persist -nocp 1000:1100 1001:1101',
    ]);
    expect(rehearsal.transcript.startsWith('# ksh /tmp/vgcopy.ksh -y < /tmp/vgcopy.answers\n')).toBe(true);
  });
});
