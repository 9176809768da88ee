/**
 * The course, played as a trainee would: each lesson's reference play passes every step, each step at
 * the command (or answer) that does what it asks and not before, and no step passes on the world as the
 * lesson starts.
 */
import { describe, expect, it } from 'vitest';
import type { CommandResult } from '../command-result';
import { createWorld, worldState } from '../index';
import { parseScenario } from '../scenarios/load';
import { createWorldShell } from '../shell/world-shell';
import { coursePlays, courseLessons } from '../test-support/course-plays';
import { course } from './course';
import type { Lesson } from './course-schema';
import { stepsPassed } from './progress';
import { checkHolds, describeCheck, type StepContext } from './step-check';

async function lessonWorld(lesson: Lesson) {
  if ('builtIn' in lesson.scenario) return createWorld(lesson.scenario.builtIn);
  const parsed = parseScenario(lesson.scenario.own);
  if (!parsed.ok) throw new Error(parsed.errors.join('; '));
  return createWorld(parsed.scenario);
}

const holds = (step: Lesson['steps'][number], ctx: StepContext) =>
  step.checks.every((c) => checkHolds(c, ctx));

/**
 * Plays the lesson's reference play: for each step, the line at which it passed, and the steps whose checks
 * already held just before that line (none should: each check must be able to fail).
 */
async function playLesson(lesson: Lesson) {
  const world = await lessonWorld(lesson);
  const shell = createWorldShell(world);
  const commands: { command: string; result: CommandResult }[] = [];
  let ctx: StepContext = { picture: worldState(world), commands: [], answer: '' };
  let passed = 0;
  const passedAt: [string, string][] = [];
  const heldBefore: string[] = [];
  for (const line of coursePlays[lesson.id] ?? []) {
    const before = ctx;
    if (typeof line === 'string') {
      commands.push({ command: line, result: await shell.run(line) });
      ctx = { picture: worldState(world), commands: [...commands], answer: before.answer };
    } else ctx = { ...ctx, answer: line.answer };
    const now = stepsPassed(lesson, ctx, passed);
    for (const step of lesson.steps.slice(passed, now)) {
      passedAt.push([step.title, typeof line === 'string' ? line : `answer: ${line.answer}`]);
      if (holds(step, before)) heldBefore.push(step.title);
    }
    // The next step's question starts with an empty answer.
    if (now > passed) ctx = { ...ctx, answer: '' };
    passed = now;
  }
  return { passed, passedAt, heldBefore };
}

describe('the course', () => {
  it('goes from the basics through copies to the full procedures', () => {
    expect(course.map((level) => [level.title, level.lessons.map((l) => l.title)])).toEqual([
      ['Level 1 · Basics: reading the host', ['Disks, PVIDs and volume groups', 'New LUNs and cfgmgr']],
      [
        'Level 2 · Copies: PVIDs, recreatevg versus importvg, freeze and thaw',
        ['A copy’s PVIDs: disks left Defined', 'importvg on another host', 'Freeze and thaw around the copy'],
      ],
      [
        'Level 3 · The full procedures',
        ['A FlashCopy of datavg, end to end', 'A DR test of a Metro Mirror', 'Refresh an existing copy'],
      ],
    ]);
  });

  it('has a reference play for every lesson', () => {
    expect(courseLessons.map((l) => l.id).filter((id) => !coursePlays[id])).toEqual([]);
  });

  it.each(courseLessons)('$id: no step passes on the world as the lesson starts', async (lesson) => {
    const world = await lessonWorld(lesson);
    const ctx: StepContext = { picture: worldState(world), commands: [], answer: '' };
    expect(lesson.steps.filter((step) => holds(step, ctx)).map((s) => s.title)).toEqual([]);
  });

  it.each(courseLessons)(
    '$id: the reference play passes every step, none before its command',
    async (lesson) => {
      const played = await playLesson(lesson);
      expect(played.passed).toBe(lesson.steps.length);
      expect(played.heldBefore).toEqual([]);
      expect(played.passedAt).toEqual(passPoints[lesson.id]);
    },
  );

  it('says what a step checks in words', () => {
    const flashcopy = course[2]?.lessons[0];
    expect(flashcopy?.steps.map((s) => s.checks.map(describeCheck))).toEqual([
      ['hdisk3 is Available without a PVID', 'hdisk4 is Available without a PVID'],
      ['/data is frozen', '/arch is frozen'],
      [
        '`mkflash` was run and succeeded',
        'the storage copies volume 1000 onto 1100',
        'the storage copies volume 1001 onto 1101',
      ],
      [
        '/data is thawed',
        '/arch is thawed',
        '`chfs … freeze=off … /data` was run and succeeded',
        '`chfs … freeze=off … /arch` was run and succeeded',
      ],
      ['`recreatevg` was run and succeeded', 'flashcopyvg is varied on'],
      ['`fsck` was run and succeeded', '/fs/data is mounted', '/fs/arch is mounted'],
    ]);
  });
});

/** first-flashcopy up to the thaw: each step passes at the last command it asks for. */
const frozenFlashcopyPassPoints: [string, string][] = [
  ['Configure the target LUNs first', 'cfgmgr'],
  ['Freeze the file systems', 'chfs -a freeze=60 /arch'],
  [
    'Have the storage admin make the copy',
    'dscli mkflash -dev IBM.2107-75ABCD1 -freeze -record -persist -nocp 1000:1100 1001:1101',
  ],
  ['Thaw at once', 'chfs -a freeze=off /arch'],
];

/** The line of each lesson's reference play at which each of its steps passes. */
const passPoints: Record<string, [string, string][]> = {
  'disks-and-pvids': [
    ['List the physical volumes', 'lspv'],
    ['Read a PVID', 'answer: 0020352c8c4252f9'],
    ['Look inside datavg', 'lsvg -l datavg'],
    ['Which disks hold datavg?', 'answer: 2'],
    ['Device states', 'lsdev -Cc disk'],
  ],
  'new-luns-cfgmgr': [
    ['Configure the new LUNs', 'cfgmgr'],
    ['A new LUN has no PVID', 'answer: none'],
    ['Which LUN is which hdisk?', 'answer: 1101'],
  ],
  'duplicate-pvids': [
    ['Configure the copy’s LUNs', 'answer: Defined'],
    ['Let go of datavg for a moment', 'varyoffvg datavg'],
    ['Configure the targets again', 'cfgmgr'],
    ['Bring the copy up beside its source', 'recreatevg -y flashcopyvg hdisk3 hdisk4'],
    ['Give production back', 'mount /arch'],
    ['Check, then mount the copy', 'mount /fs/arch'],
  ],
  'importvg-other-host': [
    ['Configure the target LUNs first', 'cfgmgr'],
    [
      'Have the storage admin make the copy',
      'dscli mkflash -dev IBM.2107-75ABCD1 -freeze -record -persist -nocp 1000:1100 1001:1101',
    ],
    ['Import the copy', 'importvg -y datavg hdisk1'],
    ['Check, then mount the copy', 'mount /arch'],
  ],
  'freeze-thaw': frozenFlashcopyPassPoints,
  flashcopy: [
    ...frozenFlashcopyPassPoints,
    ['Bring the copy up beside its source', 'recreatevg -y flashcopyvg hdisk3 hdisk4'],
    ['Check, then mount the copy', 'mount /fs/arch'],
  ],
  'metro-mirror-dr': [
    ['Freeze the mirror', 'dscli freezepprc -dev IBM.2107-75ABCD1 -remotedev IBM.2107-75WXYZ1 10:20'],
    [
      'Fail over to the secondaries',
      'dscli failoverpprc -dev IBM.2107-75WXYZ1 -remotedev IBM.2107-75ABCD1 -type mmir 2000:1000 2001:1001',
    ],
    ['Import datavg on the DR host', 'importvg -y datavg hdisk1'],
    ['Check, then mount the copy', 'mount /arch'],
  ],
  refresh: [
    ['Unmount the old copy', 'umount /fs/arch'],
    ['Vary off and export the old copy', 'exportvg flashcopyvg'],
    ['Freeze the file systems', 'chfs -a freeze=60 /arch'],
    [
      'Have the storage admin make the copy',
      'dscli mkflash -dev IBM.2107-75ABCD1 -freeze -record -persist -nocp 1000:1100 1001:1101',
    ],
    ['Thaw at once', 'chfs -a freeze=off /arch'],
    ['Bring the copy up beside its source', 'recreatevg -y flashcopyvg hdisk3 hdisk4'],
    ['Check, then mount the copy', 'mount /fs/arch'],
  ],
};
