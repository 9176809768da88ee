/**
 * Undo as the script goes (docs/failure-safety.md), run for real: the generated script under
 * ksh on a host of stub commands (test-support/stub-host.ts), with a storage command, a mount or an
 * answer made to fail, or a TERM sent in the middle. Each test reads as the change window would: what
 * the script ran after the failure, what it said about production, and its exit code.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runChecks } from '../checks';
import type { Facts } from '../model/facts';
import { buildPlan } from '../plan/build-plan';
import { exampleFacts } from '../test-support/facts';
import { runKsh, type StubFault, stubHost } from '../test-support/stub-host';
import { writeScript } from './ksh-script';
import { pauseAnswers, type StorageMode } from './ksh-steps';

const root = mkdtempSync(join(tmpdir(), 'vgcopy-undo-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const db2 = {
  kind: 'db2' as const,
  name: 'PRD',
  owner: 'db2inst1',
  running: true,
  crashRecoverable: true,
  hotBackupStart: 'db2 set write suspend for database',
  hotBackupEnd: 'db2 set write resume for database',
  fileSystems: [],
};

/** The DB2 runbook: write suspend, freeze, DS8000 FlashCopy as one consistency group run by the script. */
const liveDb2 = exampleFacts((f) => {
  f.consistency.approach = 'freeze-and-consistency-group';
  f.applications = [db2];
});

/** The JFS runbook: batch stopped by the script, /data, /data/logs and /app unmounted, DS8000 FlashCopy. */
const jfsUnmount = exampleFacts((f) => {
  f.consistency.approach = 'unmount';
  f.sourceVg.lvs.push({ name: 'logslv', type: 'jfs', mountPoint: '/data/logs', disks: ['hdisk5'] });
  f.sourceVg.fileSystems = [
    { mountPoint: '/data/logs', lv: 'logslv', vfs: 'jfs', log: 'loglv00', mounted: true },
    ...f.sourceVg.fileSystems.map((fs) => ({ ...fs, vfs: 'jfs' as const })),
  ];
  f.sourceVg.lvs = f.sourceVg.lvs.map((lv) => (lv.type === 'jfs2' ? { ...lv, type: 'jfs' as const } : lv));
  f.sourceVg.lvs[0] = { ...f.sourceVg.lvs[0], type: 'jfslog' };
  f.applications = [
    {
      kind: 'other',
      name: 'batch',
      owner: '',
      running: true,
      crashRecoverable: true,
      hotBackupStart: '',
      hotBackupEnd: '',
      stopCommand: 'appctl stop batch',
      startCommand: 'appctl start batch',
      fileSystems: [],
    },
  ];
});

let runs = 0;

/**
 * A host for the runbook and its script, in a directory of its own: the script runs the storage CLI, or
 * (`pause`) the storage admin does the storage part at pauses.
 */
function host(facts: Facts, storage: StorageMode = 'cli') {
  expect(runChecks(facts).filter((f) => f.severity === 'blocker')).toEqual([]);
  const plan = buildPlan(facts);
  const dir = join(root, `run-${++runs}`);
  const script = join(dir, 'vgcopy.ksh');
  const text = writeScript(facts, plan, {
    generatedAt: '2026-11-25T13:00:00Z',
    version: '0.1.0',
    storage,
    logDir: dir,
  });
  const answers = pauseAnswers(plan.steps, storage).join('\n');
  /** Runs the script (-y unless told otherwise) with these faults; a later run finds the host as this one left it. */
  return (faults: StubFault[] = [], { args = ['-y'], input = `${answers}\n` } = {}) => {
    const stubs = stubHost(dir, facts, plan, faults);
    writeFileSync(script, text);
    const before = stubs.calls().length;
    const run = runKsh(stubs, script, args, input);
    return {
      status: run.status,
      stderr: run.stderr,
      /** What the script ran, as the admin would type it, from this run only. */
      ran: stubs
        .calls()
        .slice(before)
        .filter(
          ([cmd, ...args]) => !['lsvg', 'lspv'].includes(cmd) && !(cmd === 'mount' && args.length === 0),
        )
        .map((c) => c.join(' ')),
      /** The output from the text `from` on (a question's prompt may precede it), without timestamps. */
      after: (from: string) => {
        const out = run.stdout.replace(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d /gm, '');
        return out.slice(out.indexOf(from)).split('\n');
      },
      mounted: stubs.mounted(),
      log: join(dir, 'vgcopy-flashcopyvg.log'),
      /** The steps the state file records as done, for the rerun. */
      done: () => {
        const file = join(dir, 'vgcopy-flashcopyvg-20261125130000.done');
        return existsSync(file) ? readFileSync(file, 'utf8').split('\n').filter(Boolean) : [];
      },
    };
  };
}

/** The JFS runbook up to the copy: cfgmgr, batch stopped by the script, unmounted deepest first. */
const jfsUntilCopy = [
  'cfgmgr',
  'sh -c appctl stop batch',
  'umount /data/logs',
  'umount /data',
  'umount /app',
];
const mkflash = 'dscli mkflash -dev IBM.2107-75ABCD1 -record -persist -nocp 1000:1100 1001:1101 1002:1102';
/** The JFS runbook after the copy: recreatevg, fsck and mount of the copy. */
const jfsCopy = [
  'recreatevg -y flashcopyvg -Y fc -L /fc hdisk10 hdisk11 hdisk12',
  'fsck -y /fc/data/logs',
  'fsck -y /fc/data',
  'fsck -y /fc/app',
  'mount /fc/data',
  'mount /fc/app',
  'mount /fc/data/logs',
];
/** Its undo: mounted again shallowest first (/data before /data/logs), then batch started. */
const jfsUndo = ['mount /data', 'mount /app', 'mount /data/logs', 'sh -c appctl start batch'];

/** The Metro Mirror runbook on the DR host: the pairs frozen as one consistency group, then failed over. */
const metroMirror = exampleFacts((f) => {
  f.copy.method = 'metro-mirror';
  f.consistency.approach = 'consistency-group';
  f.sourceOnHost = { present: false, variedOn: false, otherCopies: [] };
  f.targets.configuredBeforeCopy = false;
  if (f.storage) f.storage.remoteStorageImage = 'IBM.2107-75WXYZ1';
});
const mirrorIds = '-dev IBM.2107-75ABCD1 -remotedev IBM.2107-75WXYZ1';
const unfreezepprc = `unfreezepprc ${mirrorIds} 10:11`;
const resumepprc = `resumepprc ${mirrorIds} -type mmir 1000:1100 1001:1101 1002:1102`;
const failback = `failbackpprc ${mirrorIds} -type mmir 1000:1100 1001:1101 1002:1102`;
/** The freeze removed the LSS pair's paths: every resume or failback re-establishes them first. */
const mkpprcpath = `mkpprcpath ${mirrorIds} -remotewwnn 5005076303FFD9A4 -srclss 10 -tgtlss 11 I0001:I0101 I0131:I0231`;
/** The Metro Mirror runbook up to importvg. */
const mirrorUntilImport = [
  `dscli lspprc ${mirrorIds} -fmt delim -hdr off -bnr off 1000:1100 1001:1101 1002:1102`,
  `dscli freezepprc ${mirrorIds} 10:11`,
  `dscli ${unfreezepprc}`,
  'dscli failoverpprc -dev IBM.2107-75WXYZ1 -remotedev IBM.2107-75ABCD1 -type mmir 1100:1000 1101:1001 1102:1002',
  'cfgmgr',
  'importvg -y flashcopyvg hdisk10',
];
const mirrorCopySide =
  '   copy side left as it is (safe; a rerun goes on from it): the target disks hdisk10 hdisk11 hdisk12 and flashcopyvg as far as it was built';
const unfreezeflash = 'unfreezeflash -dev IBM.2107-75ABCD1 10';
/** The end of a mirror run whose storage undo `title` put production back: the summary, exit 3. */
const mirrorRestored = (title: string, log: string) => [
  `   restored: ${title}`,
  '== Production state after this run',
  '   restored by the script:',
  `  - ${title}`,
  mirrorCopySide,
  `end of run, exit code 3; log: ${log}`,
  '',
];

/** The undo of the DB2 runbook's consistency-group freeze, as the script logs it. */
const unfreezeUndo = [
  'undo: End the consistency-group freeze of the source LSSs',
  `+ dscli ${unfreezeflash}`,
  '   restored: End the consistency-group freeze of the source LSSs',
];

const copySide =
  '   copy side left as it is (safe; a rerun goes on from it): the target disks hdisk10 hdisk11 hdisk12 and flashcopyvg as far as it was built';

/** What the JFS runbook's undo logs, from its start to the summary's end. */
const jfsUndoLog = [
  '== Undo: putting production back as this run found it, newest change first',
  'undo: Mount the file systems of datavg again',
  '+ mount /data',
  '+ mount /app',
  '+ mount /data/logs',
  '   restored: Mount the file systems of datavg again',
  'undo: Start batch again',
  '+ sh -c appctl start batch',
  '   restored: Start batch again',
  '== Production state after this run',
  '   restored by the script:',
  '  - Mount the file systems of datavg again',
  '  - Start batch again',
  copySide,
];

describe('undo as the script goes', () => {
  it('DB2: mkflash fails while the file systems are frozen and the database write-suspended: unfreezeflash, thaw, then write resume, exit 3', () => {
    const run = host(liveDb2)([
      {
        command: 'dscli',
        call: 1,
        status: 2,
        message: 'CMUN03042E mkflash: 1000:1100: Copy Services operation failure',
      },
    ]);
    expect(run.ran).toEqual([
      'cfgmgr',
      "sh -c su - db2inst1 -c 'db2 set write suspend for database'",
      'sync',
      'chfs -a freeze=60 /data',
      'chfs -a freeze=60 /app',
      'dscli mkflash -dev IBM.2107-75ABCD1 -freeze -record -persist -nocp 1000:1100 1001:1101 1002:1102',
      // the undo, newest change first: pairs made before the failing one hold their LSS's writes
      'dscli unfreezeflash -dev IBM.2107-75ABCD1 10',
      'chfs -a freeze=off /data',
      'chfs -a freeze=off /app',
      "sh -c su - db2inst1 -c 'db2 set write resume for database'",
    ]);
    expect(run.after('STOP')).toEqual([
      'STOP (exit 3): storage command failed: mkflash -dev IBM.2107-75ABCD1 -freeze -record -persist -nocp 1000:1100 1001:1101 1002:1102',
      '== Undo: putting production back as this run found it, newest change first',
      ...unfreezeUndo,
      'undo: Thaw the file systems',
      '+ chfs -a freeze=off /data',
      '+ chfs -a freeze=off /app',
      '   restored: Thaw the file systems',
      'undo: End hot-backup mode',
      "+ sh -c su - db2inst1 -c 'db2 set write resume for database'",
      '   restored: End hot-backup mode',
      '== Production state after this run',
      '   restored by the script:',
      '  - End the consistency-group freeze of the source LSSs',
      '  - Thaw the file systems',
      '  - End hot-backup mode',
      copySide,
      `end of run, exit code 3; log: ${run.log}`,
      '',
    ]);
    expect([run.status, run.stderr]).toEqual([3, '']);
  });

  it('JFS: mkflash fails with batch stopped and its file systems unmounted: mounted again shallowest first, batch started, exit 3', () => {
    const run = host(jfsUnmount)([
      {
        command: 'dscli',
        call: 1,
        status: 2,
        message: 'CMUN03042E mkflash: Copy Services operation failure',
      },
    ]);
    expect(run.ran).toEqual([...jfsUntilCopy, mkflash, ...jfsUndo]);
    expect(run.after('STOP')).toEqual([
      `STOP (exit 3): storage command failed: ${mkflash.slice(6)}`,
      ...jfsUndoLog,
      `end of run, exit code 3; log: ${run.log}`,
      '',
    ]);
    expect([run.status, run.stderr, run.mounted]).toEqual([3, '', ['/data', '/app', '/data/logs']]);
  });

  it('JFS: the admin answers no before the copy: the same undo, exit 4', () => {
    const run = host(jfsUnmount)([], { args: [], input: 'run\ny\nn\n' });
    expect(run.ran).toEqual([...jfsUntilCopy, ...jfsUndo]);
    expect(run.after('STOP')).toEqual([
      'STOP (exit 4): stopped by the admin before: Take the copy.',
      ...jfsUndoLog,
      `end of run, exit code 4; log: ${run.log}`,
      '',
    ]);
    expect([run.status, run.stderr, run.mounted]).toEqual([4, '', ['/data', '/app', '/data/logs']]);
  });

  it('JFS: TERM arrives while the copy is taken: the undo runs, exit 6', () => {
    const run = host(jfsUnmount)([{ command: 'dscli', call: 1, signal: 'TERM' }]);
    expect(run.ran).toEqual([...jfsUntilCopy, mkflash, ...jfsUndo]);
    expect(run.after('interrupted')).toEqual([
      'interrupted',
      ...jfsUndoLog,
      `end of run, exit code 6; log: ${run.log}`,
      '',
    ]);
    expect([run.status, run.stderr, run.mounted]).toEqual([6, '', ['/data', '/app', '/data/logs']]);
  });

  it('JFS: an undo fails (/data will not mount): the older undo is only described, and exit 7 says production is not restored and who must act', () => {
    const run = host(jfsUnmount)([
      {
        command: 'dscli',
        call: 1,
        status: 2,
        message: 'CMUN03042E mkflash: Copy Services operation failure',
      },
      {
        command: 'mount',
        match: '/data',
        call: 1,
        status: 1,
        message: 'mount: 0506-324 Cannot mount /dev/datalv on /data: There is an input or output error.',
      },
    ]);
    expect(run.ran).toEqual([...jfsUntilCopy, mkflash, 'mount /data']);
    expect(run.after('STOP')).toEqual([
      `STOP (exit 3): storage command failed: ${mkflash.slice(6)}`,
      '== Undo: putting production back as this run found it, newest change first',
      'undo: Mount the file systems of datavg again',
      '+ mount /data',
      'mount: 0506-324 Cannot mount /dev/datalv on /data: There is an input or output error.',
      'exit code 1: mount /data',
      '   FAILED: Mount the file systems of datavg again; the older changes are left as they are',
      '   left to the application owner: Start batch again',
      '== Production state after this run',
      '   NOT restored, in this order:',
      "  - Mount the file systems of datavg again (the script's undo failed, see above): the AIX admin runs",
      '      mount /data',
      '      mount /app',
      '      mount /data/logs',
      '  - Start batch again: the application owner runs',
      '      appctl start batch',
      copySide,
      `end of run, exit code 7; log: ${run.log}`,
      '',
    ]);
    expect([run.status, run.stderr, run.mounted]).toEqual([7, '', []]);
    // Both undone steps are out of the state file: the rerun stops batch and unmounts again, whoever mounts.
    expect(run.done()).toEqual(['cfgmgr', 'check-target-disks']);
  });

  it('a rerun after an undo does the undone steps again (and records their undo); steps still done are skipped with none', () => {
    const rerun = host(jfsUnmount);
    expect(rerun([{ command: 'dscli', call: 1, status: 2, message: 'CMUN03042E' }]).status).toBe(3);
    const second = rerun();
    expect(second.ran).toEqual([
      'sh -c appctl stop batch',
      'umount /data/logs',
      'umount /data',
      'umount /app',
      mkflash,
      'mount /data',
      'mount /app',
      'mount /data/logs',
      'sh -c appctl start batch',
      ...jfsCopy,
    ]);
    expect(second.after('== Step 2').filter((l) => /already done|recorded for undo/.test(l))).toEqual([
      '   already done: Configure the target LUNs (cfgmgr)',
      '   already done: Check the target disks',
      '   recorded for undo: undo_4_stop_applications (script)',
      '   recorded for undo: undo_5_unmount_source (script)',
      '   already done: flashcopyvg is varied on',
    ]);
    expect(second.status).toBe(0);
  });

  it('JFS: TERM past the copy, as production is mounted again: the undo puts it back; the rerun does not stop or unmount it again for a copy it has', () => {
    const rerun = host(jfsUnmount);
    const first = rerun([{ command: 'mount', call: 1, match: '/data', signal: 'TERM' }]);
    expect(first.ran).toEqual([...jfsUntilCopy, mkflash, 'mount /data', ...jfsUndo]);
    expect(first.status).toBe(6);
    const second = rerun();
    expect(second.ran).toEqual(jfsCopy);
    expect(second.after('== Step 2').filter((l) => /already done|recorded for undo/.test(l))).toEqual([
      '   already done: Configure the target LUNs (cfgmgr)',
      '   already done: Check the target disks',
      '   already done: not needed again: the steps it was for are done',
      '   already done: not needed again: the steps it was for are done',
      '   already done: Take the copy',
      '   already done: nothing changed by this run to put back',
      '   already done: nothing changed by this run to put back',
      '   already done: flashcopyvg is varied on',
    ]);
    expect([second.status, second.mounted]).toEqual([
      0,
      ['/data', '/app', '/data/logs', '/fc/data', '/fc/app', '/fc/data/logs'],
    ]);
  });

  it('DB2: a rerun after a failure past the copy skips the done steps and records no undo for them', () => {
    const rerun = host(liveDb2);
    const recreatevgFails: StubFault = { command: 'recreatevg', call: 1, status: 1, message: '0516-1254' };
    const first = rerun([recreatevgFails]);
    const second = rerun([recreatevgFails]);
    expect(second.ran).toEqual(['recreatevg -y flashcopyvg -Y fc -L /fc hdisk10 hdisk11 hdisk12']);
    for (const run of [first, second])
      expect(run.after('STOP')).toEqual([
        'STOP (exit 3): recreatevg failed: check that every disk of the copy is listed and that flashcopyvg is not in the ODM',
        '== Production state after this run',
        '   this run left nothing changed on production',
        copySide,
        `end of run, exit code 3; log: ${run.log}`,
        '',
      ]);
    expect(second.after('== Step 4').filter((l) => /already done|recorded for undo/.test(l))).toEqual([
      '   already done: Put the applications in hot-backup mode',
      '   already done: the copy is taken',
      '   already done: Freeze the JFS2 file systems for at most 60 seconds',
      '   already done: Take the copy of all LUNs as one consistency group',
      '   already done: Thaw the file systems',
      '   already done: End hot-backup mode',
    ]);
    expect([first.status, second.status]).toEqual([3, 3]);
  });

  it('Metro Mirror: importvg fails after the pairs are frozen and failed over: the script fails the mirror back from the primary, exit 3', () => {
    const run = host(metroMirror)([
      { command: 'importvg', call: 1, status: 1, message: '0516-1140 importvg' },
    ]);
    expect(run.ran).toEqual([...mirrorUntilImport, `dscli ${mkpprcpath}`, `dscli ${failback}`]);
    expect(run.after('STOP')).toEqual([
      'STOP (exit 3): importvg failed',
      '== Undo: putting production back as this run found it, newest change first',
      'undo: Fail the mirror back to the primary',
      `+ dscli ${mkpprcpath}`,
      `+ dscli ${failback}`,
      ...mirrorRestored('Fail the mirror back to the primary', run.log),
    ]);
    expect(run.status).toBe(3);
    // The copy is undone: the rerun freezes and fails over again; the copy side (disks configured) stays done.
    expect(run.done()).toEqual(['cfgmgr-after-copy', 'check-copy-disks']);
  });

  it('Metro Mirror: the failover fails: its failback also resumes the pairs it left only suspended, and no resumepprc follows it', () => {
    const run = host(metroMirror)([
      { command: 'dscli', match: 'failoverpprc', call: 1, status: 4, message: 'CMUN03030E failoverpprc' },
    ]);
    expect(run.ran).toEqual([...mirrorUntilImport.slice(0, 4), `dscli ${mkpprcpath}`, `dscli ${failback}`]);
    expect(run.after('   restored:')).toEqual(mirrorRestored('Fail the mirror back to the primary', run.log));
  });

  it('Metro Mirror: unfreezepprc fails after freezepprc: the undo releases the held writes and resumes the pairs, exit 3', () => {
    const run = host(metroMirror)([
      { command: 'dscli', match: 'unfreezepprc', call: 1, status: 4, message: 'CMUN03030E unfreezepprc' },
    ]);
    expect(run.ran).toEqual([
      ...mirrorUntilImport.slice(0, 3),
      `dscli ${unfreezepprc}`,
      `dscli ${mkpprcpath}`,
      `dscli ${resumepprc}`,
    ]);
    expect(run.after('== Undo')).toEqual([
      '== Undo: putting production back as this run found it, newest change first',
      'undo: Release the frozen writes and resume the mirror',
      `+ dscli ${unfreezepprc}`,
      `+ dscli ${mkpprcpath}`,
      `+ dscli ${resumepprc}`,
      ...mirrorRestored('Release the frozen writes and resume the mirror', run.log),
    ]);
  });

  it('Metro Mirror: a failure once the copy VG is defined on the secondaries leaves the mirror to the copy, and says who resumes it', () => {
    const run = host(metroMirror)([
      { command: 'mount', match: '/data', call: 1, status: 1, message: 'mount: 0506-324' },
    ]);
    expect(run.ran.slice(mirrorUntilImport.length - 1)).toEqual([
      'importvg -y flashcopyvg hdisk10',
      'logredo /dev/loglv00',
      // /app keeps its log inside: logredo replays it on the file system's own LV.
      'logredo /dev/applv',
      'fsck -y /data',
      'fsck -y /app',
      'mount /data',
    ]);
    expect(run.after('STOP')).toEqual([
      'STOP (exit 3): mount /data failed',
      '== Production state after this run',
      '   this run left nothing changed on production',
      mirrorCopySide,
      '   the mirror stays suspended for the copy (a rerun needs it); when the copy is no longer needed, the storage admin resumes it:',
      `      ${mkpprcpath}`,
      `      ${failback}`,
      '      lspprc -dev IBM.2107-75ABCD1 -remotedev IBM.2107-75WXYZ1 1000:1100 1001:1101 1002:1102',
      `end of run, exit code 3; log: ${run.log}`,
      '',
    ]);
  });

  it("Metro Mirror where the storage admin works at pauses: importvg fails, the summary gives the storage admin's failback, exit 7", () => {
    const run = host(
      metroMirror,
      'pause',
    )([{ command: 'importvg', call: 1, status: 1, message: '0516-1140 importvg' }]);
    expect(run.ran).toEqual(['cfgmgr', 'importvg -y flashcopyvg hdisk10']);
    expect(run.after('STOP')).toEqual([
      'STOP (exit 3): importvg failed',
      '== Undo: putting production back as this run found it, newest change first',
      '   left to the storage admin: Fail the mirror back to the primary',
      '== Production state after this run',
      '   NOT restored, in this order:',
      '  - Fail the mirror back to the primary: the storage admin runs',
      `      ${mkpprcpath}`,
      `      ${failback}`,
      mirrorCopySide,
      `end of run, exit code 7; log: ${run.log}`,
      '',
    ]);
    expect(run.status).toBe(7);
  });

  it('Metro Mirror where the storage admin works at pauses: stopped at the suspend, before confirming it, nothing of the mirror is theirs to undo, exit 4', () => {
    // The wait for Full Duplex and the sync are the storage admin's and the source admin's: done, done.
    const run = host(metroMirror, 'pause')([], { input: 'done\ndone\nstop\n' });
    expect(run.after('STOP')).toEqual([
      'STOP (exit 4): stopped while waiting for the storage admin',
      '== Production state after this run',
      '   this run left nothing changed on production',
      mirrorCopySide,
      `end of run, exit code 4; log: ${run.log}`,
      '',
    ]);
  });

  it('DB2: unfreezeflash fails once: the undo runs it again and production is back, exit 3', () => {
    const run = host(liveDb2)([
      { command: 'dscli', match: 'unfreezeflash', call: 1, status: 4, message: 'CMUN03030E unfreezeflash' },
    ]);
    expect(run.ran.slice(-5)).toEqual([
      `dscli ${unfreezeflash}`,
      `dscli ${unfreezeflash}`,
      'chfs -a freeze=off /data',
      'chfs -a freeze=off /app',
      "sh -c su - db2inst1 -c 'db2 set write resume for database'",
    ]);
    expect(run.after('== Undo').slice(0, 4)).toEqual([
      '== Undo: putting production back as this run found it, newest change first',
      ...unfreezeUndo,
    ]);
    expect(run.status).toBe(3);
  });

  it("DB2: unfreezeflash fails twice: the thaw and the write resume still run, and exit 7 gives the storage admin's command and the timeout", () => {
    const run = host(liveDb2)([
      { command: 'dscli', match: 'unfreezeflash', call: 1, status: 4, message: 'CMUN03030E unfreezeflash' },
      { command: 'dscli', match: 'unfreezeflash', call: 2, status: 4, message: 'CMUN03030E unfreezeflash' },
    ]);
    expect(run.after('STOP')).toEqual([
      `STOP (exit 3): storage command failed: ${unfreezeflash}`,
      '== Undo: putting production back as this run found it, newest change first',
      'undo: End the consistency-group freeze of the source LSSs',
      `+ dscli ${unfreezeflash}`,
      'CMUN03030E unfreezeflash',
      `exit code 4: dscli ${unfreezeflash}`,
      '   FAILED: End the consistency-group freeze of the source LSSs; the older changes do not rest on it: they are undone all the same',
      'undo: Thaw the file systems',
      '+ chfs -a freeze=off /data',
      '+ chfs -a freeze=off /app',
      '   restored: Thaw the file systems',
      'undo: End hot-backup mode',
      "+ sh -c su - db2inst1 -c 'db2 set write resume for database'",
      '   restored: End hot-backup mode',
      '== Production state after this run',
      '   restored by the script:',
      '  - Thaw the file systems',
      '  - End hot-backup mode',
      '   NOT restored, in this order:',
      "  - End the consistency-group freeze of the source LSSs (the script's undo failed, see above): the storage admin runs",
      `      ${unfreezeflash}`,
      "      (if it cannot be run, the freeze ends by itself at the LSS's consistency-group timeout (the Timeout column of lsflash); host writes to the source wait until then)",
      copySide,
      `end of run, exit code 7; log: ${run.log}`,
      '',
    ]);
    expect(run.status).toBe(7);
  });

  it("DB2: where the DBA suspended writes by hand (done, not run), the script thaws and prints the DBA's write resume: exit 7", () => {
    const run = host(liveDb2)(
      [
        {
          command: 'dscli',
          call: 1,
          status: 2,
          message: 'CMUN03042E mkflash: Copy Services operation failure',
        },
      ],
      { input: 'done\n' },
    );
    expect(run.ran.slice(-4)).toEqual([
      'dscli mkflash -dev IBM.2107-75ABCD1 -freeze -record -persist -nocp 1000:1100 1001:1101 1002:1102',
      'dscli unfreezeflash -dev IBM.2107-75ABCD1 10',
      'chfs -a freeze=off /data',
      'chfs -a freeze=off /app',
    ]);
    expect(run.after('== Production state')).toEqual([
      '== Production state after this run',
      '   restored by the script:',
      '  - End the consistency-group freeze of the source LSSs',
      '  - Thaw the file systems',
      '   NOT restored, in this order:',
      '  - End hot-backup mode: the application owner runs',
      "      su - db2inst1 -c 'db2 set write resume for database'",
      copySide,
      `end of run, exit code 7; log: ${run.log}`,
      '',
    ]);
    expect(run.status).toBe(7);
  });

  it('a dry run (-n) changes nothing and still shows the thaw it would do', () => {
    const run = host(liveDb2)([], { args: ['-n'], input: '' });
    expect(run.ran).toEqual([]);
    const thaw = run.after('== Step 8');
    expect(thaw.slice(0, thaw.indexOf('   done: thaw') + 1)).toEqual([
      '== Step 8: Thaw the file systems (aix)',
      '+ chfs -a freeze=off /data',
      '+ chfs -a freeze=off /app',
      '   done: thaw',
    ]);
    expect(run.after('dry run done')).toEqual([
      'dry run done: nothing was changed',
      `end of run, exit code 0; log: ${run.log}`,
      '',
    ]);
  });

  it('the source varied off for cfgmgr (way b), cfgmgr fails: varied on, mounted again, batch started, exit 3', () => {
    const outage = exampleFacts((f) => {
      f.targets.configuredBeforeCopy = false;
      f.targets.varyOffSourceForCfgmgr = true;
      f.applications = jfsUnmount.applications;
    });
    const run = host(outage)([
      { command: 'cfgmgr', call: 1, status: 1, message: 'Method error (/usr/lib/methods/cfgscsidisk)' },
    ]);
    expect(run.ran).toEqual([
      'sh -c appctl stop batch',
      'umount /data',
      'umount /app',
      'varyoffvg datavg',
      'cfgmgr',
      'varyonvg datavg',
      'mount /data',
      'mount /app',
      'sh -c appctl start batch',
    ]);
    expect(run.after('== Production state')).toEqual([
      '== Production state after this run',
      '   restored by the script:',
      '  - Vary on datavg again',
      '  - Mount the file systems of datavg again',
      '  - Start batch again',
      copySide,
      `end of run, exit code 3; log: ${run.log}`,
      '',
    ]);
    expect(run.status).toBe(3);
  });
});
