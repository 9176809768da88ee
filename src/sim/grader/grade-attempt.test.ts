/**
 * The grader read as the procedure: the whole grade of the right procedure, and what each miss costs and
 * teaches. Every built-in scenario's solution and traps are in scenario-grades.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { builtInScenarios } from '../scenarios/library/index';
import { gradeIn, misses } from '../test-support/grade-in';
import { referenceSolutions, typed } from '../test-support/reference-solutions';
import { trapPlay } from '../test-support/trap-plays';
import { lessons } from './lessons';

const grade = (...lines: string[]) => gradeIn('first-flashcopy', lines);

/** A check as the grade shows it: passed with all its points, or missed with none. */
const passed = (id: string, kind: string, points: number, title: string, detail: string, lesson = id) => ({
  id,
  kind,
  title,
  passed: true,
  points,
  earned: points,
  detail,
  lesson: lessons[lesson as keyof typeof lessons],
});
/** A missed check, as `misses` lists it. */
const missed = (id: string, detail: string) => ({
  id,
  detail,
  lesson: lessons[id.split(' ')[0] as keyof typeof lessons],
});

/** datavg's file systems frozen for a copy (JFS2), and thawed. */
const freezeDatavg = ['sync', 'chfs -a freeze=60 /data', 'chfs -a freeze=60 /arch'];
const thawDatavg = ['chfs -a freeze=off /data', 'chfs -a freeze=off /arch'];

/** The procedure of docs/procedure.md for first-flashcopy: targets configured first, file systems unmounted for the copy. */
const procedure = [
  'cfgmgr',
  'umount /data',
  'umount /arch',
  'storage-button',
  'mount /data',
  'mount /arch',
  'recreatevg -y flashcopyvg hdisk3 hdisk4',
  'varyonvg flashcopyvg',
  'mount /fs/data',
  'mount /fs/arch',
];

describe('the grader', () => {
  it('gives full marks to the procedure of docs/procedure.md, item by item', async () => {
    expect(await grade(...procedure)).toEqual({
      score: 100,
      passed: true,
      checks: [
        passed(
          'copy-varied-on',
          'goal',
          20,
          'The copy VG flashcopyvg is varied on',
          'flashcopyvg is defined and varied on.',
        ),
        passed(
          'mounted /fs/data',
          'goal',
          10,
          '/fs/data of the copy is mounted',
          '/fs/data is mounted.',
          'mounted',
        ),
        passed(
          'mounted /fs/arch',
          'goal',
          10,
          '/fs/arch of the copy is mounted',
          '/fs/arch is mounted.',
          'mounted',
        ),
        passed(
          'copy-usable',
          'goal',
          20,
          'The copy flashcopyvg can be used',
          "flashcopyvg's file systems are consistent, fsck found no error on them, their data is undamaged.",
        ),
        passed(
          'source-as-before',
          'goal',
          20,
          'The source VG datavg is left as it was',
          'datavg and its file systems are as they were at the start.',
        ),
        passed(
          'cfgmgr-with-source-varied-on',
          'trap',
          15,
          'No cfgmgr on the copy while the source VG is varied on',
          'cfgmgr never met a duplicate PVID of a varied-on VG.',
        ),
        passed(
          'mount-before-fsck',
          'trap',
          15,
          'No file system of an inconsistent copy mounted before fsck passed on it',
          'No file system of the copy was mounted while its log disagreed with it.',
        ),
        passed(
          'used-damaged-copy',
          'trap',
          15,
          'No damaged copy is mounted or kept',
          'No file system with damaged data was mounted or left varied on.',
        ),
        passed(
          'forgot-thaw',
          'trap',
          15,
          'No file system is left frozen',
          'Every frozen file system was thawed.',
        ),
        passed(
          'freeze-timed-out',
          'trap',
          15,
          "No freeze timed out before the copy's start",
          'Every freeze was ended by chfs -a freeze=off, none by its timeout.',
        ),
        passed(
          'production-held-after-failure',
          'trap',
          15,
          'Production given back at once when the copy failed',
          'No copy command failed while production was held.',
        ),
        passed('pv-clear', 'trap', 15, 'No chdev -a pv=clear', 'No PVID was cleared.'),
        passed(
          'pv-yes-before-recreatevg',
          'risky',
          10,
          'No chdev -a pv=yes before recreatevg',
          'PVIDs were left to recreatevg.',
        ),
      ],
    });
  });

  it('catches cfgmgr run after the copy while datavg is varied on, and says what to learn', async () => {
    expect(misses(await grade('storage-button', 'cfgmgr', 'lspv'))).toEqual({
      score: 62,
      passed: false,
      missed: [
        missed('copy-varied-on', 'There is no VG named flashcopyvg at the end.'),
        missed('mounted /fs/data', 'flashcopyvg has no file system at /fs/data at the end.'),
        missed('mounted /fs/arch', 'flashcopyvg has no file system at /fs/arch at the end.'),
        missed('copy-usable', 'There is no VG named flashcopyvg at the end.'),
        missed(
          'cfgmgr-with-source-varied-on',
          "command 3, `cfgmgr`, met the copy's disks while datavg was varied on: they stay Defined, without PVID.",
        ),
      ],
    });
  });

  it('counts a source file system left unmounted against the goal', async () => {
    expect(misses(await grade(...procedure, 'umount /arch'))).toEqual({
      score: 90,
      passed: false,
      missed: [
        missed(
          'source-as-before',
          "The source's file systems /arch were mounted at the start and are not at the end.",
        ),
      ],
    });
  });

  it('flags chdev pv=yes before recreatevg as needless without failing the attempt, and pv=clear as a trap', async () => {
    expect(misses(await grade('cfgmgr', 'chdev -l hdisk3 -a pv=yes', ...procedure.slice(1)))).toEqual({
      score: 95,
      passed: true,
      missed: [
        missed(
          'pv-yes-before-recreatevg',
          'command 2, `chdev -l hdisk3 -a pv=yes`: recreatevg gives the copy new PVIDs itself.',
        ),
      ],
    });
    expect(misses(await grade('cfgmgr', 'chdev -l hdisk3 -a pv=clear', ...procedure.slice(1)))).toEqual({
      score: 92,
      passed: false,
      missed: [
        missed('pv-clear', 'command 2, `chdev -l hdisk3 -a pv=clear`: it wrote the null PVID on the disk.'),
      ],
    });
  });

  it('does not mark down chdev pv=yes on a DR host, where it only reads the on-disk PVID before importvg', async () => {
    const solution = (referenceSolutions['dr-host-refresh'] ?? []).map(typed);
    const withPvYes = solution.flatMap((l) =>
      l.startsWith('importvg') ? ['chdev -l hdisk1 -a pv=yes', l] : [l],
    );
    const result = await gradeIn('dr-host-refresh', withPvYes);
    expect(misses(result)).toEqual({ score: 100, passed: true, missed: [] });
    expect(result.checks.map((c) => c.id)).not.toContain('pv-yes-before-recreatevg');
  });

  it('catches a file system left frozen after the copy', async () => {
    expect(misses(await grade('cfgmgr', 'chfs -a freeze=600 /data', 'storage-button')).missed).toContainEqual(
      missed('forgot-thaw', 'Still frozen at the end: /data (no chfs -a freeze=off).'),
    );
  });

  it('fails an attempt that leaves an application stopped, and grades no applications where none run', async () => {
    expect(misses(await gradeIn('jfs-mounted', ['appctl stop batch'])).missed).toContainEqual(
      missed(
        'applications-restored',
        'Not as at the start: application batch (other): stopped (was running).',
      ),
    );
    expect((await grade()).checks.map((c) => c.id)).not.toContain('applications-restored');
  });
});

describe('the wrong attempts that once passed', () => {
  it('log-wrap: no freeze, fsck repairs the copy, a second fsck is clean, mounted: the copy is unusable', async () => {
    expect(
      misses(
        await gradeIn(
          'log-wrap',
          trapPlay('log-wrap', 'no freeze: the log wraps, fsck repairs, a second fsck is clean').lines,
        ),
      ),
    ).toEqual({
      score: 83,
      passed: false,
      missed: [
        missed(
          'copy-usable',
          'fsck found errors on /dev/fsloadlv at command 6, `fsck -y /fs/load`: the copy must not be used, whatever a later fsck says; /fs/load is not consistent.',
        ),
        missed(
          'used-damaged-copy',
          'command 8, `mount /fs/load`, mounted /fs/load, whose data is damaged (the copy was torn: fsck finds errors, and fsck -y repairs only the metadata).',
        ),
      ],
    });
  });

  it('oracle-backup-mode: no backup mode, no freeze, no fsck: Oracle was not in backup mode during the copy', async () => {
    expect(
      misses(
        await gradeIn(
          'oracle-backup-mode',
          trapPlay('oracle-backup-mode', 'no backup mode, no freeze').lines,
        ),
      ),
    ).toEqual({
      score: 91,
      passed: false,
      missed: [
        missed(
          'app-mode-during-copy PRD',
          'PRD was normal when the copy was made at command 2, `mkflash -dev IBM.2107-75ABCD1 -freeze -record -persist -nocp 1000:1100 1001:1101`.',
        ),
      ],
    });
  });

  it('metro-mirror-dr: /arch never mounted, though the goal names it', async () => {
    const solution = (referenceSolutions['metro-mirror-dr'] ?? []).map(typed);
    expect(misses(await gradeIn('metro-mirror-dr', solution.slice(0, -1)))).toEqual({
      score: 95,
      passed: false,
      missed: [missed('mounted /arch', '/arch is not mounted at the end.')],
    });
  });
});

describe('the grader, when the storage fails during the copy (storage-fails-during-copy)', () => {
  const quiesce = ["su - db2inst1 -c 'db2 set write suspend for database'", ...freezeDatavg];
  const refused = [...quiesce, 'storage-button'];
  const resume = "su - db2inst1 -c 'db2 set write resume for database'";
  const giveBack = [...thawDatavg, resume];
  /** Quiesced again and copied: DB2 is still suspended until the write resume that follows. */
  const retried = [...quiesce, 'storage-button', ...thawDatavg];
  const bringUp = [
    'recreatevg -y flashcopyvg hdisk3 hdisk4',
    'fsck -y /fs/data /fs/arch',
    'mount /fs/data',
    'mount /fs/arch',
  ];
  const attempt = (...lines: string[]) => gradeIn('storage-fails-during-copy', lines);
  /** The storage button's refused mkflash, the fifth command of every attempt below. */
  const failedAt =
    'command 5, `mkflash -dev IBM.2107-75ABCD1 -freeze -record -persist -nocp 1000:1100 1001:1101`';

  it('passes a trainee who gives production back at once, then retries with production quiesced again', async () => {
    const result = await attempt(...refused, ...giveBack, ...retried, resume, ...bringUp);
    expect(misses(result)).toEqual({ score: 100, passed: true, missed: [] });
    expect(result.checks.find((c) => c.id === 'production-held-after-failure')?.detail).toBe(
      `After the copy failed at ${failedAt}, production was given back first.`,
    );
  });

  it('catches a trainee who looks into the failure while DB2 is suspended and frozen', async () => {
    expect(
      misses(
        await attempt(
          ...refused,
          'storage:lsflash -dev IBM.2107-75ABCD1 1000-1001',
          ...giveBack,
          ...retried,
          resume,
          ...bringUp,
        ),
      ),
    ).toEqual({
      score: 93,
      passed: false,
      missed: [
        missed(
          'production-held-after-failure',
          `command 6, \`lsflash -dev IBM.2107-75ABCD1 1000-1001\`, ran after the copy failed at ${failedAt}, while production was still held: file system /data: mounted, frozen (was mounted); file system /arch: mounted, frozen (was mounted); application PRD (db2): writes suspended (was running).`,
        ),
      ],
    });
  });

  it('catches an attempt that ends with production held after the copy failed', async () => {
    expect(misses(await attempt(...refused, thawDatavg[0] ?? '')).missed).toContainEqual(
      missed(
        'production-held-after-failure',
        `The attempt ended after the copy failed at ${failedAt}, with production still held: file system /arch: mounted, frozen (was mounted); application PRD (db2): writes suspended (was running).`,
      ),
    );
  });

  it('fails a trainee who leaves DB2 in write suspend', async () => {
    expect(misses(await attempt(...refused, ...giveBack, ...retried, ...bringUp))).toEqual({
      score: 93,
      passed: false,
      missed: [
        missed(
          'applications-restored',
          'Not as at the start: application PRD (db2): writes suspended (was running).',
        ),
      ],
    });
  });
});

describe('the grader, when fsck finds errors on the copy (fsck-errors-discard)', () => {
  it('catches a trainee who leaves the damaged copy varied on', async () => {
    expect(misses(await gradeIn('fsck-errors-discard', ['fsck -n /fs/data /fs/arch']))).toEqual({
      score: 74,
      passed: false,
      missed: [
        missed('mounted /fs/data', '/fs/data is not mounted at the end.'),
        missed('mounted /fs/arch', '/fs/arch is not mounted at the end.'),
        missed(
          'copy-usable',
          'fsck found errors on /dev/fsdatalv at command 1, `fsck -n /fs/data /fs/arch`: the copy must not be used, whatever a later fsck says; /fs/data is not consistent.',
        ),
        missed(
          'used-damaged-copy',
          'The damaged copy is still varied on at the end: /fs/data (the copy was torn: take it again).',
        ),
      ],
    });
  });
});

describe('grading an instructor edited', () => {
  it('checks the items an uploaded scenario lists, with its points and its own lesson', async () => {
    const scenario = builtInScenarios.find((s) => s.name === 'first-flashcopy');
    const lesson = 'Our runbook mounts /fs/arch first: the batch reads it.';
    const text = JSON.stringify({
      ...scenario,
      grading: [
        { check: 'copy-varied-on', points: 40 },
        { check: 'mounted', mountPoint: '/fs/arch', points: 60, lesson },
      ],
    });
    const result = await gradeIn({ kind: 'upload', text }, procedure.slice(0, -1));
    expect(misses(result)).toEqual({
      score: 40,
      passed: false,
      missed: [{ id: 'mounted /fs/arch', detail: '/fs/arch is not mounted at the end.', lesson }],
    });
  });
});
