import { describe, expect, it } from 'vitest';
import type { ServerMessage } from '../worker/protocol';
import { actions, play } from '../worker/test-support/play';
import type { Grade, GradeCheck } from './grade';
import { lessons } from './lessons';

const firstFlashcopy = { kind: 'scenario', id: 'first-flashcopy' } as const;

async function grade(...lines: string[]): Promise<Grade> {
  const played = await play(firstFlashcopy, 'train', [...actions(...lines), { type: 'submit' }]);
  const graded = played.messages.find(
    (m): m is Extract<ServerMessage, { type: 'graded' }> => m.type === 'graded',
  );
  if (!graded)
    throw new Error(`no grade: ${JSON.stringify(played.messages.filter((m) => m.type === 'error'))}`);
  return graded.grade;
}

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

/** The procedure of DOMAIN.md for this scenario: targets configured first, file systems unmounted for the copy. */
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
  it('gives full marks to the procedure of DOMAIN.md', async () => {
    expect(await grade(...procedure)).toEqual({
      score: 100,
      passed: true,
      checks: [
        passed('copy-vg-varied-on', 'goal', 30, copyOn, 'flashcopyvg is defined and varied on.'),
        passed('copy-fs-mounted', 'goal', 20, copyMounted, 'Mounted: /fs/data, /fs/arch.'),
        passed(
          'source-untouched',
          'goal',
          20,
          sourceKept,
          'datavg and its file systems are as they were at the start.',
        ),
        passed(
          'cfgmgr-with-source-varied-on',
          'trap',
          15,
          noCfgmgrTrap,
          'cfgmgr never met a duplicate PVID of a varied-on VG.',
        ),
        passed(
          'mount-before-fsck',
          'trap',
          15,
          noEarlyMount,
          'No file system of the copy was mounted while its log disagreed with it.',
        ),
        passed('forgot-thaw', 'trap', 15, noFrozen, 'Every frozen file system was thawed.'),
        passed('chdev-pv-clear', 'risky', 10, noChdev, 'PVIDs were left to recreatevg.'),
      ],
    });
  });

  it('catches cfgmgr run after the copy while datavg is varied on, and says what to learn', async () => {
    expect(await grade('storage-button', 'cfgmgr', 'lspv')).toEqual({
      score: 48,
      passed: false,
      checks: [
        missed('copy-vg-varied-on', 'goal', 30, copyOn, 'There is no VG named flashcopyvg at the end.'),
        missed('copy-fs-mounted', 'goal', 20, copyMounted, 'flashcopyvg has no file systems at the end.'),
        passed(
          'source-untouched',
          'goal',
          20,
          sourceKept,
          'datavg and its file systems are as they were at the start.',
        ),
        missed(
          'cfgmgr-with-source-varied-on',
          'trap',
          15,
          noCfgmgrTrap,
          "command 3, `cfgmgr`, met the copy's disks while datavg was varied on: they stay Defined, without PVID.",
        ),
        passed(
          'mount-before-fsck',
          'trap',
          15,
          noEarlyMount,
          'No file system of the copy was mounted while its log disagreed with it.',
        ),
        passed('forgot-thaw', 'trap', 15, noFrozen, 'Every frozen file system was thawed.'),
        passed('chdev-pv-clear', 'risky', 10, noChdev, 'PVIDs were left to recreatevg.'),
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
    const jfsMounted = { kind: 'scenario', id: 'jfs-mounted' } as const;
    const gradeOf = async (...lines: string[]) => {
      const played = await play(jfsMounted, 'train', [...actions(...lines), { type: 'submit' }]);
      const graded = played.messages.find((m) => m.type === 'graded');
      return graded?.type === 'graded'
        ? graded.grade.checks.find((c) => c.id === 'mount-before-fsck')
        : undefined;
    };
    expect(await gradeOf(...unsupported, 'mount /fs/spool')).toEqual(
      missed(
        'mount-before-fsck',
        'trap',
        15,
        noEarlyMount,
        'command 7, `mount /fs/spool`, mounted /fs/spool before a clean fsck of it.',
      ),
    );
    expect((await gradeOf(...unsupported, 'fsck -y /fs/spool', 'mount /fs/spool'))?.passed).toBe(true);
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
    expect(result).toMatchObject({ score: 84, passed: false });
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
    expect(result).toMatchObject({ score: 92, passed: true });
  });

  it('catches a file system left frozen after the copy', async () => {
    const result = await grade('cfgmgr', 'chfs -a freeze=600 /data', 'storage-button');
    expect(result.checks.find((c) => c.id === 'forgot-thaw')).toEqual(
      missed('forgot-thaw', 'trap', 15, noFrozen, 'Still frozen at the end: /data (no chfs -a freeze=off).'),
    );
  });
});
