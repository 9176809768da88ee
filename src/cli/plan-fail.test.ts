/**
 * `npm run plan -- --scenario X --rehearse --fail COMMAND[:N]`: the run fails where the fault
 * was armed, the script undoes what it changed on production, newest first, and prints the production
 * state; the rehearsal ends non-zero and says where the fault fired and what state the source is in,
 * judged from the simulated world (docs/failure-safety.md).
 */
import { describe, expect, it } from 'vitest';
import { parsePlanArgs } from './plan-args';
import { type PlanIo, runPlan } from './plan';
import { simulatorScenarios } from './plan-scenario';
import { withoutTimestamp } from '../sim/rehearse/fault-matrix';

async function plan(argv: string[]) {
  let stdout = '';
  let stderr = '';
  const io: PlanIo = {
    out: (t) => {
      stdout += t;
    },
    err: (t) => {
      stderr += t;
    },
    writeFile: () => {},
    now: () => new Date('2026-11-25T13:00:00Z'),
    version: '0.1.0',
    scenarios: simulatorScenarios,
  };
  const code = await runPlan(argv, io);
  return { code, stdout, stderr };
}

/** What the rehearsal prints after the script's output: the fault, the source, the verdict. */
const ending = (stdout: string) => stdout.slice(stdout.lastIndexOf('\n\n') + 2);

/** The script's own log from its STOP to its end, without the timestamps. */
const undoLog = (stdout: string) =>
  stdout.slice(stdout.indexOf('STOP (exit'), stdout.indexOf('end of run')).split('\n').map(withoutTimestamp);

const TIMEOUT = 60_000;

/** oracle-backup-mode (DS8000 FlashCopy with -freeze) rehearsed with the storage CLI and these faults. */
const oracle = (...faults: string[]) =>
  plan([
    '--scenario',
    'oracle-backup-mode',
    '--storage',
    'cli',
    '--rehearse',
    ...faults.flatMap((f) => ['--fail', f]),
  ]);

/** Its copy step stopped at unfreezeflash, and the undo's unfreezeflash up to the DS CLI's banner. */
const unfreezeflashRetried = [
  'STOP (exit 3): storage command failed: unfreezeflash -dev IBM.2107-75ABCD1 10',
  '== Undo: putting production back as this run found it, newest change first',
  'undo: End the consistency-group freeze of the source LSSs',
  '+ dscli unfreezeflash -dev IBM.2107-75ABCD1 10',
  'Date/Time: July 14, 2025 10:00:00 AM UTC IBM DSCLI Version: 7.9.50.64 DS: IBM.2107-75ABCD1',
];

/** The undo's thaw of oracle-backup-mode's file systems, frozen around the copy (JFS2 on AIX 7.2). */
const oracleThawed = [
  'undo: Thaw the file systems',
  '+ chfs -a freeze=off /oracle/PRD/data',
  '+ chfs -a freeze=off /oracle/PRD/redo',
  '   restored: Thaw the file systems',
];

/** oracle-backup-mode's source after a run that put it back (the rehearsal's own lines). */
const oracleSource = [
  'Production after the run:',
  '  source VG oravg: varied on',
  '  file system /oracle/PRD/data: mounted',
  '  file system /oracle/PRD/redo: mounted',
  '  application PRD (oracle): running',
];

describe('npm run plan -- --rehearse --fail', () => {
  it(
    'jfs-mounted, mkflash refused by the storage: the script remounts production and starts its application again',
    async () => {
      const run = await plan([
        '--scenario',
        'jfs-mounted',
        '--storage',
        'cli',
        '--rehearse',
        '--fail',
        'mkflash',
      ]);
      expect(run.code).toBe(1);
      expect(run.stderr).toBe('');
      expect(run.stdout).toContain(
        'CMUN03043E mkflash: 1000:1100: Copy Services operation failure: The target volume is already in a copy relationship.\n',
      );
      expect(undoLog(run.stdout)).toEqual([
        'STOP (exit 3): storage command failed: mkflash -dev IBM.2107-75ABCD1 -record -persist -nocp 1000:1100 1001:1101',
        '== Undo: putting production back as this run found it, newest change first',
        'undo: Mount the file systems of appvg again',
        '+ mount /app',
        '+ mount /spool',
        '   restored: Mount the file systems of appvg again',
        'undo: Start batch again',
        '+ sh -c appctl start batch',
        'batch started.',
        '   restored: Start batch again',
        '== Production state after this run',
        '   restored by the script:',
        '  - Mount the file systems of appvg again',
        '  - Start batch again',
        '   copy side left as it is (safe; a rerun goes on from it): the target disks hdisk3 hdisk4 and appcopyvg as far as it was built',
        '',
      ]);
      expect(ending(run.stdout)).toBe(
        [
          'injected fault fired at mkflash (call 1, cli-error): mkflash -dev IBM.2107-75ABCD1 -record -persist -nocp 1000:1100 1001:1101',
          'Production after the run:',
          '  source VG appvg: varied on',
          '  file system /app: mounted',
          '  file system /spool: mounted',
          '  application batch (other): running',
          'Verdict: goal not reached: the script ended with exit code 3; no VG named appcopyvg',
          '',
        ].join('\n'),
      );
    },
    TIMEOUT,
  );

  it(
    'db2-freeze-thaw, startfcconsistgrp refused by SVC: the script thaws what it froze and ends the write suspend it started',
    async () => {
      const run = await plan([
        '--scenario',
        'db2-freeze-thaw',
        '--storage',
        'cli',
        '--rehearse',
        '--fail',
        'startfcconsistgrp',
      ]);
      expect(run.code).toBe(1);
      expect(run.stdout).toContain(
        'CMMVC5903E The FlashCopy mapping was not changed because the mapping or consistency group is another state.\n',
      );
      expect(undoLog(run.stdout)).toEqual([
        'STOP (exit 3): storage command failed: startfcconsistgrp fccg_db2',
        '== Undo: putting production back as this run found it, newest change first',
        'undo: Thaw the file systems',
        '+ chfs -a freeze=off /db2/PRD/data',
        '+ chfs -a freeze=off /db2/PRD/log',
        '   restored: Thaw the file systems',
        'undo: End hot-backup mode',
        `+ sh -c su - db2inst1 -c 'db2 "set write resume for database"'`,
        'DB20000I  The SET WRITE command completed successfully.',
        '   restored: End hot-backup mode',
        '== Production state after this run',
        '   restored by the script:',
        '  - Thaw the file systems',
        '  - End hot-backup mode',
        '   copy side left as it is (safe; a rerun goes on from it): the target disks hdisk3 hdisk4 and db2copyvg as far as it was built',
        '',
      ]);
      expect(ending(run.stdout)).toBe(
        [
          'injected fault fired at startfcconsistgrp (call 1, cli-error): startfcconsistgrp fccg_db2',
          'Production after the run:',
          '  source VG db2vg: varied on',
          '  file system /db2/PRD/data: mounted',
          '  file system /db2/PRD/log: mounted',
          '  application PRD (db2): running',
          'Verdict: goal not reached: the script ended with exit code 3; no VG named db2copyvg',
          '',
        ].join('\n'),
      );
    },
    TIMEOUT,
  );

  it(
    'metro-mirror-dr, importvg fails on the failed-over secondaries: the script fails the mirror back from the primary',
    async () => {
      const run = await plan([
        '--scenario',
        'metro-mirror-dr',
        '--storage',
        'cli',
        '--rehearse',
        '--fail',
        'importvg',
      ]);
      expect([run.code, run.stderr]).toEqual([1, '']);
      expect(undoLog(run.stdout)).toEqual([
        'STOP (exit 3): importvg failed',
        '== Undo: putting production back as this run found it, newest change first',
        'undo: Fail the mirror back to the primary',
        // The freeze removed the LSS pair's paths: the failback needs them back first.
        '+ dscli mkpprcpath -dev IBM.2107-75ABCD1 -remotedev IBM.2107-75WXYZ1 -remotewwnn 5005076303FFD9A4 -srclss 10 -tgtlss 20 I0001:I0101 I0131:I0231',
        'Date/Time: July 14, 2025 11:00:00 AM UTC IBM DSCLI Version: 7.9.50.64 DS: IBM.2107-75ABCD1',
        'CMUC00149I mkpprcpath: Remote Mirror and Copy path 10:20 successfully established.',
        '+ dscli failbackpprc -dev IBM.2107-75ABCD1 -remotedev IBM.2107-75WXYZ1 -type mmir 1000:2000 1001:2001',
        'Date/Time: July 14, 2025 11:00:00 AM UTC IBM DSCLI Version: 7.9.50.64 DS: IBM.2107-75ABCD1',
        'CMUC00197I failbackpprc: Remote Mirror and Copy pair 1000:2000 successfully failed back.',
        'CMUC00197I failbackpprc: Remote Mirror and Copy pair 1001:2001 successfully failed back.',
        '   restored: Fail the mirror back to the primary',
        '== Production state after this run',
        '   restored by the script:',
        '  - Fail the mirror back to the primary',
        '   copy side left as it is (safe; a rerun goes on from it): the target disks hdisk1 hdisk2 and datavg as far as it was built',
        '',
      ]);
      // The pairs mirror from the primary again (resynchronising), no longer failed over at the DR box.
      expect(ending(run.stdout)).toBe(
        [
          'injected fault fired at importvg (call 1, pv-unreadable): importvg -y datavg hdisk1',
          'Production after the run:',
          '  source VG datavg: not on this host',
          '  mirror 1000:2000: Copy Pending',
          '  mirror 1001:2001: Copy Pending',
          'Verdict: goal not reached: the script ended with exit code 3; no VG named datavg',
          '',
        ].join('\n'),
      );
    },
    TIMEOUT,
  );

  it(
    'oracle-backup-mode, unfreezeflash fails after mkflash -freeze: the undo runs it again and the source writes go on',
    async () => {
      const run = await oracle('unfreezeflash');
      expect(undoLog(run.stdout)).toEqual([
        ...unfreezeflashRetried,
        'CMUC00172I unfreezeflash: FlashCopy consistency group for logical subsystem 10: successfully reset.',
        '   restored: End the consistency-group freeze of the source LSSs',
        ...oracleThawed,
        '== Production state after this run',
        '   restored by the script:',
        '  - End the consistency-group freeze of the source LSSs',
        '  - Thaw the file systems',
        '   copy side left as it is (safe; a rerun goes on from it): the target disks hdisk3 hdisk4 and oracopyvg as far as it was built',
        '',
      ]);
      // No volume is held any more (a held one would have a line of its own).
      expect(ending(run.stdout).split('\n').slice(1, 7)).toEqual([
        ...oracleSource,
        'Verdict: goal not reached: the script ended with exit code 3; no VG named oracopyvg',
      ]);
      expect(run.code).toBe(1);
    },
    TIMEOUT,
  );

  it(
    "oracle-backup-mode, unfreezeflash fails twice: exit 7, the summary gives the storage admin's unfreezeflash and the timeout",
    async () => {
      const run = await oracle('unfreezeflash:1', 'unfreezeflash:2');
      expect(undoLog(run.stdout)).toEqual([
        ...unfreezeflashRetried,
        'CMUN03030E unfreezeflash: 10: Copy Services operation failure: The relationship does not exist.',
        'exit code 4: dscli unfreezeflash -dev IBM.2107-75ABCD1 10',
        '   FAILED: End the consistency-group freeze of the source LSSs; the older changes do not rest on it: they are undone all the same',
        ...oracleThawed,
        '== Production state after this run',
        '   restored by the script:',
        '  - Thaw the file systems',
        '   NOT restored, in this order:',
        "  - End the consistency-group freeze of the source LSSs (the script's undo failed, see above): the storage admin runs",
        '      unfreezeflash -dev IBM.2107-75ABCD1 10',
        "      (if it cannot be run, the freeze ends by itself at the LSS's consistency-group timeout (the Timeout column of lsflash); host writes to the source wait until then)",
        '   copy side left as it is (safe; a rerun goes on from it): the target disks hdisk3 hdisk4 and oracopyvg as far as it was built',
        '',
      ]);
      expect(ending(run.stdout)).toBe(
        [
          'injected fault fired at unfreezeflash (call 1, cli-error): unfreezeflash -dev IBM.2107-75ABCD1 10',
          'injected fault fired at unfreezeflash (call 2, cli-error): unfreezeflash -dev IBM.2107-75ABCD1 10',
          ...oracleSource,
          '  volume 1000: writes held (frozen) (was writes flow)',
          '  volume 1001: writes held (frozen) (was writes flow)',
          'Verdict: goal not reached: the script ended with exit code 7; no VG named oracopyvg; production is not as it was: volume 1000: writes held (frozen) (was writes flow); volume 1001: writes held (frozen) (was writes flow)',
          '',
        ].join('\n'),
      );
    },
    TIMEOUT,
  );

  it(
    'a fault the script never reaches is said to be armed, not fired',
    async () => {
      const run = await plan([
        '--scenario',
        'jfs-mounted',
        '--storage',
        'cli',
        '--rehearse',
        '--fail',
        'mkflash:2',
      ]);
      expect(run.code).toBe(0);
      expect(ending(run.stdout).split('\n')[0]).toBe(
        'injected fault armed but not fired: mkflash call 2 (the script made fewer calls)',
      );
    },
    TIMEOUT,
  );

  it('refuses a fault the simulator cannot inject, naming it', () => {
    const base = ['--scenario', 'jfs-mounted', '--rehearse'];
    expect(parsePlanArgs([...base, '--fail', 'lspv'])).toEqual({
      ok: false,
      error: '--fail lspv: the simulator cannot make lspv fail',
    });
    expect(parsePlanArgs([...base, '--fail', 'varyonvg:0'])).toEqual({
      ok: false,
      error: '--fail varyonvg:0: the call of varyonvg to fail is a whole number from 1, not 0',
    });
    expect(parsePlanArgs([...base, '--fail', 'mount:1:crash'])).toEqual({
      ok: false,
      error: '--fail mount:1:crash: mount cannot fail as crash: its failure modes are dirty-superblock',
    });
    expect(parsePlanArgs(['--scenario', 'jfs-mounted', '--fail', 'mkflash'])).toEqual({
      ok: false,
      error: '--fail needs --rehearse (the run to fail)',
    });
  });
});
