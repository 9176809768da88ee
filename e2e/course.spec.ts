import { expectNoSeriousViolations } from './support/axe';
import type { Page } from '@playwright/test';
import { expect, test } from './support/csp';

/** The Training page, named as a trainee. */
async function startTraining(page: Page) {
  await page.goto('/train');
  await page.getByLabel('Your name').fill('Course trainee');
  await page.getByRole('button', { name: 'Start training' }).click();
}

/** Types a command at the AIX prompt and waits for its line in the session transcript. */
async function typeCommand(page: Page, line: string, count: number) {
  await page.getByRole('region', { name: 'AIX host terminal' }).click();
  await page.keyboard.type(line);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('log', { name: 'Session transcript' }).getByRole('listitem')).toHaveCount(
    count,
  );
}

test('a trainee walks the first basics lesson step by step, each step checked after a command, its why once passed', async ({
  page,
}) => {
  await startTraining(page);

  const courseView = page.getByRole('region', { name: 'Course' });
  await expect(courseView.getByRole('heading', { level: 3 })).toHaveText([
    'Level 1 · Basics: reading the host',
    'Level 2 · Copies: PVIDs, recreatevg versus importvg, freeze and thaw',
    'Level 3 · The full procedures',
  ]);
  await expect(courseView.getByLabel(/Your progress/)).toHaveAttribute('value', '0');
  await expect(courseView).toContainText('Your progress: 0 of 8 lessons finished');
  await expectNoSeriousViolations(page, 'the course');
  await courseView.getByRole('button', { name: 'Start lesson: Disks, PVIDs and volume groups' }).click();

  const lesson = page.getByRole('region', { name: 'Lesson: Disks, PVIDs and volume groups' });
  const steps = lesson.getByRole('list', { name: 'Steps' }).getByRole('listitem');
  const announced = lesson.getByRole('status');
  await expect(lesson).toContainText('0 of 5 steps passed');
  await expect(steps.first()).toHaveAttribute('aria-current', 'step');
  await expect(steps.first()).toContainText('Checked after each command: `lspv` was run and succeeded.');
  // Nothing of a step to come is given away.
  await expect(steps.nth(1)).toHaveText('Step 2: Read a PVID (to come)');

  await typeCommand(page, 'lspv', 1);
  await expect(announced).toHaveText('Step 1 passed: List the physical volumes.');
  await expect(steps.first()).toContainText('Why: lspv reads the ODM');
  await expectNoSeriousViolations(page, 'a lesson with a step passed');
  await expect(steps.nth(1)).toHaveAttribute('aria-current', 'step');

  // The PVID, as lspv printed it in the transcript.
  const lspv = await page
    .getByRole('log', { name: 'Session transcript' })
    .getByRole('listitem')
    .first()
    .textContent();
  const pvid = /hdisk1\s+([0-9a-f]{16})/.exec(lspv ?? '')?.[1] ?? '';
  expect(pvid).toMatch(/^[0-9a-f]{16}$/);
  const answer = steps.nth(1).getByLabel('What is the PVID of hdisk1?');
  await answer.fill('0000000000000000');
  await answer.press('Enter');
  await expect(steps.nth(1)).toContainText('Not yet: read the output again');
  await answer.fill(pvid);
  await answer.press('Enter');
  await expect(announced).toHaveText('Step 2 passed: Read a PVID.');
  await expect(steps.nth(1)).toContainText('The PVID is written on the disk');

  await typeCommand(page, 'lsvg -l datavg', 2);
  await expect(announced).toHaveText('Step 3 passed: Look inside datavg.');

  // Step 4 asks for a command and an answer: the answer alone does not pass it.
  const disks = steps.nth(3).getByLabel('How many disks does datavg have?');
  await disks.fill('2');
  await disks.press('Enter');
  await expect(steps.nth(3)).toContainText('Not yet');
  await typeCommand(page, 'lsvg -p datavg', 3);
  await expect(announced).toHaveText('Step 4 passed: Which disks hold datavg?.');

  await typeCommand(page, 'lsdev -Cc disk', 4);
  await expect(announced).toHaveText('Lesson finished: Disks, PVIDs and volume groups.');
  await expect(lesson).toContainText('5 of 5 steps passed');
  await expect(steps.last()).toContainText('Why: Available disks can be used');

  // Back at the course, the lesson counts as finished.
  await page.getByRole('button', { name: 'Back to the scenarios' }).click();
  await expect(courseView).toContainText('Your progress: 1 of 8 lessons finished');
  await expect(
    courseView.getByRole('button', { name: 'Take again: Disks, PVIDs and volume groups' }),
  ).toBeVisible();
});

test('a trainee loads a scenario file of their own; one that breaks the schema is refused, naming each field', async ({
  page,
}) => {
  await startTraining(page);
  await page.getByLabel('Load a scenario file (JSON, scenario format version 1)').setInputFiles({
    name: 'mine.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ formatVersion: 1, name: 'Mine', title: 'Mine' })),
  });
  await expect(page.getByRole('alert')).toHaveText(
    'The scenario file is not valid: name: a scenario name is lower-case words joined by "-"; description: Invalid input: expected string, received undefined; goal: Invalid input: expected string, received undefined; storage: Invalid input: expected object, received undefined; hosts: Invalid input: expected array, received undefined.',
  );
});

test('a scenario file that carries a lesson of its own is taken as a lesson, its steps checked after each command', async ({
  page,
}) => {
  await startTraining(page);
  const scenario = {
    formatVersion: 1,
    name: 'class-warm-up',
    title: 'Class warm-up',
    description: 'One VG on one LUN.',
    goal: 'Find the disk of datavg.',
    storage: { flavour: 'ds8000', volumes: [{ id: '1000', sizeGb: 50, hosts: ['aixtest01'] }] },
    hosts: [
      {
        name: 'aixtest01',
        vgs: [
          {
            name: 'datavg',
            disks: ['1000'],
            lvs: [{ name: 'datalv', type: 'jfs2', lps: 10 }],
            fileSystems: [{ mountPoint: '/data', lv: 'datalv', log: 'INLINE' }],
          },
        ],
      },
    ],
    steps: [
      {
        title: 'Find the disk of datavg',
        text: 'Run `lsvg -p datavg`.',
        question: 'Which hdisk holds datavg?',
        checks: [
          { check: 'ran', command: 'lsvg', with: ['-p', 'datavg'] },
          { check: 'answer', is: 'hdisk1' },
        ],
        why: 'Each disk of a VG must be copied.',
      },
    ],
  };
  await page.getByLabel('Load a scenario file (JSON, scenario format version 1)').setInputFiles({
    name: 'warm-up.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(scenario)),
  });
  const lesson = page.getByRole('region', { name: 'Lesson: Class warm-up' });
  await expect(lesson).toContainText('0 of 1 steps passed');
  await typeCommand(page, 'lsvg -p datavg', 1);
  const answer = lesson.getByLabel('Which hdisk holds datavg?');
  await answer.fill('hdisk1');
  await answer.press('Enter');
  await expect(lesson.getByRole('status')).toHaveText('Lesson finished: Class warm-up.');
  await expect(lesson).toContainText('Why: Each disk of a VG must be copied.');
});
