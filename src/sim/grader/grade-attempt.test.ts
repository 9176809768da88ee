import { describe, expect, it } from 'vitest';
import type { ServerMessage } from '../worker/protocol';
import { actions, play } from '../worker/test-support/play';
import type { Grade, GradeCheck } from './grade';
import { lessons } from './lessons';

/** Plays the lines in the scenario as a trainee and submits the attempt. */
async function gradeIn(scenario: string, ...lines: string[]): Promise<Grade> {
  const played = await play({ kind: 'scenario', id: scenario }, 'train', [
    ...actions(...lines),
    { type: 'submit' },
  ]);
  const graded = played.messages.find(
    (m): m is Extract<ServerMessage, { type: 'graded' }> => m.type === 'graded',
  );
  if (!graded)
    throw new Error(`no grade: ${JSON.stringify(played.messages.filter((m) => m.type === 'error'))}`);
  return graded.grade;
}

const grade = (...lines: string[]) => gradeIn('first-flashcopy', ...lines);

function passed(
  id: keyof typeof lessons,
  kind: GradeCheck['kind'],
  points: number,
  title: string,
  detail: string,
) {
  return { id, kind, title, passed: true, points, earned: points, detail, lesson: lessons[id] };
}
function missed(
  id: keyof typeof lessons,
  kind: GradeCheck['kind'],
  points: number,
  title: string,
  detail: string,
) {
  return { id, kind, title, passed: false, points, earned: 0, detail, lesson: lessons[id] };
}

const copyOn = 'The copy VG flashcopyvg is varied on';
const copyMounted = "The copy's file systems are mounted under /fs";
const sourceKept = 'The source VG datavg is left as it was';
const noCfgmgrTrap = 'No cfgmgr on the copy while the source VG is varied on';
const noEarlyMount = 'No file system of an inconsistent copy mounted before fsck passed on it';
const noFrozen = 'No file system is left frozen';
const noChdev = 'No chdev -a pv=clear / pv=yes';
const noDamagedCopy = 'No damaged copy is mounted or kept';
const givenBack = 'Production given back at once when the copy failed';

/** The traps every attempt that did not fall into them passes, with the words it passes with. */
const kept = {
  cfgmgr: passed(
    'cfgmgr-with-source-varied-on',
    'trap',
    15,
    noCfgmgrTrap,
    'cfgmgr never met a duplicate PVID of a varied-on VG.',
  ),
  earlyMount: passed(
    'mount-before-fsck',
    'trap',
    15,
    noEarlyMount,
    'No file system of the copy was mounted while its log disagreed with it.',
  ),
  damagedCopy: passed(
    'used-damaged-copy',
    'trap',
    15,
    noDamagedCopy,
    'No file system with damaged data was mounted or left varied on.',
  ),
  thawed: passed('forgot-thaw', 'trap', 15, noFrozen, 'Every frozen file system was thawed.'),
  noFailure: passed(
    'production-held-after-failure',
    'trap',
    15,
    givenBack,
    'No copy command failed while production was held.',
  ),
  chdev: passed('chdev-pv-clear', 'risky', 10, noChdev, 'PVIDs were left to recreatevg.'),
};

/** The trap of a damaged copy mounted or kept, fallen into as `detail` says. */
const usedDamaged = (detail: string) => missed('used-damaged-copy', 'trap', 15, noDamagedCopy, detail);

/** The goal checks of a flashcopyvg mounted under /fs beside an untouched datavg, reached. */
const reached = [
  passed('copy-vg-varied-on', 'goal', 30, copyOn, 'flashcopyvg is defined and varied on.'),
  passed('copy-fs-mounted', 'goal', 20, copyMounted, 'Mounted: /fs/data, /fs/arch.'),
  passed(
    'source-untouched',
    'goal',
    20,
    sourceKept,
    'datavg and its file systems are as they were at the start.',
  ),
];
/** Those goal checks, each reached unless a check given here (same id) stands in its place. */
const goals = (...instead: GradeCheck[]) => reached.map((g) => instead.find((c) => c.id === g.id) ?? g);

/** The trap and risky checks, each as kept unless a check given here (same id) stands in its place. */
const traps = (...instead: GradeCheck[]) =>
  Object.values(kept).map((k) => instead.find((c) => c.id === k.id) ?? k);

/** datavg's file systems frozen for a copy (JFS2), and thawed. */
const freezeDatavg = ['sync', 'chfs -a freeze=60 /data', 'chfs -a freeze=60 /arch'];
const thawDatavg = ['chfs -a freeze=off /data', 'chfs -a freeze=off /arch'];

/** The procedure of docs/procedure.md for this scenario: targets configured first, file systems unmounted for the copy. */
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
  it('gives full marks to the procedure of docs/procedure.md', async () => {
    expect(await grade(...procedure)).toEqual({
      score: 100,
      passed: true,
      checks: [...goals(), ...traps()],
    });
  });

  it('catches cfgmgr run after the copy while datavg is varied on, and says what to learn', async () => {
    expect(await grade('storage-button', 'cfgmgr', 'lspv')).toEqual({
      score: 58,
      passed: false,
      checks: [
        ...goals(
          missed('copy-vg-varied-on', 'goal', 30, copyOn, 'There is no VG named flashcopyvg at the end.'),
          missed('copy-fs-mounted', 'goal', 20, copyMounted, 'flashcopyvg has no file systems at the end.'),
        ),
        ...traps(
          missed(
            'cfgmgr-with-source-varied-on',
            'trap',
            15,
            noCfgmgrTrap,
            "command 3, `cfgmgr`, met the copy's disks while datavg was varied on: they stay Defined, without PVID.",
          ),
        ),
      ],
    });
  });

  it('catches a mount before fsck of a copy whose LUNs were flashed one by one while the batch wrote', async () => {
    // The golden transcript unsupported-copy-jfs: no freeze, no consistency group, five seconds apart.
    const unsupported = [
      'cfgmgr',
      'sleep 30',
      'storage:mkflash -dev IBM.2107-75ABCD1 -record -persist -nocp 1000:1100',
      'sleep 5',
      'storage:mkflash -dev IBM.2107-75ABCD1 -record -persist -nocp 1001:1101',
      'recreatevg -y appcopyvg hdisk3 hdisk4',
    ];
    const trapsOf = async (...lines: string[]) =>
      (await gradeIn('jfs-mounted', ...unsupported, ...lines)).checks.filter((c) => c.kind !== 'goal');
    expect(await trapsOf('mount /fs/spool')).toEqual(
      traps(
        missed(
          'mount-before-fsck',
          'trap',
          15,
          noEarlyMount,
          'command 7, `mount /fs/spool`, mounted /fs/spool before a clean fsck of it.',
        ),
        usedDamaged(
          'command 7, `mount /fs/spool`, mounted /fs/spool, whose data is damaged (the copy was torn: fsck finds errors, and fsck -y repairs only the metadata).',
        ),
      ),
    );
    // fsck -y makes the mount safe for the file system, not the data: the copy is still not to be used.
    expect(await trapsOf('fsck -y /fs/spool', 'mount /fs/spool')).toEqual(
      traps(
        usedDamaged(
          'command 8, `mount /fs/spool`, mounted /fs/spool, whose data is damaged (the copy was torn: fsck finds errors, and fsck -y repairs only the metadata).',
        ),
      ),
    );
  });

  it('counts a source file system left unmounted against the goal', async () => {
    const result = await grade(...procedure, 'umount /arch');
    expect(result.checks.filter((c) => !c.passed)).toEqual([
      missed(
        'source-untouched',
        'goal',
        20,
        sourceKept,
        "The source's file systems /arch were mounted at the start and are not at the end.",
      ),
    ]);
    expect(result).toMatchObject({ score: 87, passed: false });
  });

  it('flags chdev pv=clear as unnecessary without failing the attempt for it', async () => {
    const result = await grade(...procedure, 'chdev -l hdisk3 -a pv=clear');
    expect(result.checks.find((c) => c.id === 'chdev-pv-clear')).toEqual(
      missed(
        'chdev-pv-clear',
        'risky',
        10,
        noChdev,
        'command 12, `chdev -l hdisk3 -a pv=clear`: recreatevg gives the copy new PVIDs itself.',
      ),
    );
    expect(result).toMatchObject({ score: 94, passed: true });
  });

  it('catches a file system left frozen after the copy', async () => {
    const result = await grade('cfgmgr', 'chfs -a freeze=600 /data', 'storage-button');
    expect(result.checks.find((c) => c.id === 'forgot-thaw')).toEqual(
      missed('forgot-thaw', 'trap', 15, noFrozen, 'Still frozen at the end: /data (no chfs -a freeze=off).'),
    );
  });

  it('fails an attempt that leaves an application stopped or in hot-backup mode, and grades no applications where none run', async () => {
    const applications = async (scenario: string, line: string) =>
      (await gradeIn(scenario, line)).checks.find((c) => c.id === 'applications-restored');
    expect(await applications('jfs-mounted', 'appctl stop batch')).toEqual(
      missed(
        'applications-restored',
        'goal',
        20,
        'The applications on appvg run as they did at the start',
        'Not as at the start: application batch (other): stopped (was running).',
      ),
    );
    expect(
      await applications(
        'oracle-backup-mode',
        "print 'alter database begin backup;' | sqlplus -s / as sysdba",
      ),
    ).toMatchObject({
      passed: false,
      detail: expect.stringMatching(
        /^Not as at the start: application \S+ \(oracle\): in hot-backup mode \(was running\)\.$/,
      ),
    });
    expect((await grade()).checks.map((c) => c.id)).not.toContain('applications-restored');
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
  const appsBack = passed(
    'applications-restored',
    'goal',
    20,
    'The applications on datavg run as they did at the start',
    'application PRD (db2): running.',
  );
  const grade = (...lines: string[]) => gradeIn('storage-fails-during-copy', ...lines);
  /** The storage button's refused mkflash, the fifth command of every attempt below. */
  const failedAt =
    'command 5, `mkflash -dev IBM.2107-75ABCD1 -freeze -record -persist -nocp 1000:1100 1001:1101`';
  const givenBackFirst = passed(
    'production-held-after-failure',
    'trap',
    15,
    givenBack,
    `After the copy failed at ${failedAt}, production was given back first.`,
  );

  it('passes a trainee who gives production back at once, then retries with production quiesced again', async () => {
    // The first storage-button stops at the refused mkflash (command 5); the retry plays both lines.
    expect(await grade(...refused, ...giveBack, ...retried, resume, ...bringUp)).toEqual({
      score: 100,
      passed: true,
      checks: [...goals(), appsBack, ...traps(givenBackFirst)],
    });
  });

  it('catches a trainee who looks into the failure while DB2 is suspended and frozen', async () => {
    expect(
      await grade(
        ...refused,
        'storage:lsflash -dev IBM.2107-75ABCD1 1000-1001',
        ...giveBack,
        ...retried,
        resume,
        ...bringUp,
      ),
    ).toEqual({
      score: 91,
      passed: false,
      checks: [
        ...goals(),
        appsBack,
        ...traps(
          missed(
            'production-held-after-failure',
            'trap',
            15,
            givenBack,
            `command 6, \`lsflash -dev IBM.2107-75ABCD1 1000-1001\`, ran after the copy failed at ${failedAt}, while production was still held: file system /data: mounted, frozen (was mounted); file system /arch: mounted, frozen (was mounted); application PRD (db2): writes suspended (was running).`,
          ),
        ),
      ],
    });
  });

  it('catches an attempt that ends with production held after the copy failed', async () => {
    const result = await grade(...refused, thawDatavg[0]!);
    expect(result.checks.find((c) => c.id === 'production-held-after-failure')).toEqual(
      missed(
        'production-held-after-failure',
        'trap',
        15,
        givenBack,
        `The attempt ended after the copy failed at ${failedAt}, with production still held: file system /arch: mounted, frozen (was mounted); application PRD (db2): writes suspended (was running).`,
      ),
    );
    expect(result.passed).toBe(false);
  });

  it('fails a trainee who leaves DB2 in write suspend', async () => {
    expect(await grade(...refused, ...giveBack, ...retried, ...bringUp)).toEqual({
      score: 89,
      passed: false,
      checks: [
        ...goals(),
        missed(
          'applications-restored',
          'goal',
          20,
          'The applications on datavg run as they did at the start',
          'Not as at the start: application PRD (db2): writes suspended (was running).',
        ),
        ...traps(givenBackFirst),
      ],
    });
  });
});

describe('the grader, when fsck finds errors on the copy (fsck-errors-discard)', () => {
  const batchRunning = passed(
    'applications-restored',
    'goal',
    20,
    'The applications on datavg run as they did at the start',
    'application batch (other): running.',
  );
  const grade = (...lines: string[]) => gradeIn('fsck-errors-discard', ...lines);

  it('passes a trainee who discards the damaged copy and takes it again consistently', async () => {
    expect(
      await grade(
        'fsck -n /fs/data /fs/arch',
        'varyoffvg flashcopyvg',
        'exportvg flashcopyvg',
        ...freezeDatavg,
        'storage-button',
        ...thawDatavg,
        'recreatevg -y flashcopyvg hdisk3 hdisk4',
        'fsck -y /fs/data /fs/arch',
        'mount /fs/data',
        'mount /fs/arch',
      ),
    ).toEqual({
      score: 100,
      passed: true,
      checks: [...goals(), batchRunning, ...traps()],
    });
  });

  it('catches a trainee who repairs the copy with fsck -y and mounts it', async () => {
    expect(await grade('fsck -y /fs/data /fs/arch', 'mount /fs/data', 'mount /fs/arch')).toEqual({
      score: 91,
      passed: false,
      checks: [
        ...goals(),
        batchRunning,
        ...traps(
          usedDamaged(
            'command 2, `mount /fs/data`, mounted /fs/data, whose data is damaged (the copy was torn: fsck finds errors, and fsck -y repairs only the metadata).',
          ),
        ),
      ],
    });
  });

  it('catches a trainee who leaves the damaged copy varied on', async () => {
    expect(await grade('fsck -n /fs/data /fs/arch')).toEqual({
      score: 80,
      passed: false,
      checks: [
        ...goals(
          missed('copy-fs-mounted', 'goal', 20, copyMounted, 'Not mounted at the end: /fs/data, /fs/arch.'),
        ),
        batchRunning,
        ...traps(
          usedDamaged(
            'The damaged copy is still varied on at the end: /fs/data (the copy was torn: take it again).',
          ),
        ),
      ],
    });
  });
});
