import { readFileSync } from 'node:fs';
import { expect, test } from './support/csp';
import { downloadScript, expectScriptParses } from './support/script-check';
import { checksPanel, goToStep, openHome } from './support/wizard';

// Output of the AIX commands as docs/aix-behaviour.md gives them (lspv 1.2, lsvg -l 2.3, lsvg -p 2.4).
const hostOutput = readFileSync(new URL('./fixtures/datavg-host.txt', import.meta.url), 'utf8');
const unmountQuestion = '1. Can the file systems be unmounted while the copy is taken?';
const notAnswered = 'Not answered: “Can the file systems be unmounted while the copy is taken?”';

test('an untouched new runbook cannot be exported and says what is to do; answering the question makes it exportable', async ({
  page,
}) => {
  await openHome(page);
  await page.getByRole('button', { name: 'New runbook' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Start' })).toBeVisible();

  // Every page is still to do, none is ticked for the admin; the fresh form is not red.
  const steps = page.getByRole('navigation', { name: 'Wizard steps' });
  for (const title of ['Start', 'Phase 1 · Configure LUNs', 'Consistency', 'Phase 2 · Access the VG'])
    await expect(steps.getByRole('link', { name: `${title} (to do)`, exact: true })).toBeVisible();
  await expect(steps.getByRole('link', { name: 'Review & export (to do)', exact: true })).toBeVisible();
  await expect(steps.getByRole('link', { name: 'Rehearse (to do)', exact: true })).toBeVisible();
  await expect(page.locator('[aria-invalid="true"]')).toHaveCount(0);
  // The checks panel lists at once what is missing, each field by its name, and the open question.
  const panel = checksPanel(page);
  await expect(panel.getByRole('status')).toHaveText('5 blockers, 0 warnings, 0 advice');
  const blockers = panel.getByRole('region', { name: 'Blockers' }).getByRole('listitem');
  await expect(blockers.locator('p:first-child')).toHaveText([
    'Source VG name: This is empty: enter a value.',
    'Source VG disk: the source VG has at least one disk.',
    'Copy VG name: This is empty: enter a value.',
    'The DS8000 storage image id is not given.',
    notAnswered,
  ]);
  await expect(blockers.getByRole('link')).toHaveText([
    'Fix on Start',
    'Fix on Start',
    'Fix on Phase 2 · Access the VG',
    'Fix on Phase 1 · Configure LUNs',
    'Fix on Consistency',
  ]);

  // Review refuses the export and says why; the errors now show at their fields.
  await goToStep(page, /Review/, 'Review & export');
  await expect(page.getByRole('region', { name: 'Export is blocked' })).toContainText(
    '5 blockers stand: a script written now would fail on the host or damage the copy.',
  );
  await expect(page.getByRole('button', { name: 'Download script (.ksh)' })).toHaveCount(0);
  await goToStep(page, /Phase 2/, 'Phase 2 · Access the VG');
  await expect(page.getByLabel('Copy VG name', { exact: true })).toHaveAttribute('aria-invalid', 'true');

  // The admin reads the host and fills every name; the question stays open, and so does the export.
  await goToStep(page, /Start/, 'Start');
  await page.getByLabel('Runbook name', { exact: true }).fill('Nothing assumed');
  await page.getByLabel('AIX command output').fill(hostOutput);
  await page.getByRole('button', { name: 'Use what was read' }).click();
  await page.getByLabel('Storage volume, row 1').fill('1000');
  await page.getByLabel('Storage volume, row 2').fill('1001');
  await goToStep(page, /Phase 1/, 'Phase 1 · Configure LUNs');
  await page.getByRole('button', { name: /Add a target LUN for each source disk/ }).click();
  for (const [row, volume, disk] of [
    [1, '1100', 'hdisk4'],
    [2, '1101', 'hdisk5'],
  ]) {
    await page.getByLabel(`Target volume, row ${row}`).fill(String(volume));
    await page.getByLabel(`Target hdisk, row ${row}`).fill(String(disk));
  }
  await page.getByLabel('DS8000 storage image id', { exact: true }).fill('IBM.2107-75ABCD1');
  await goToStep(page, /Phase 2/, 'Phase 2 · Access the VG');
  await page.getByLabel('Copy VG name', { exact: true }).fill('fcdatavg');
  await expect(steps.getByRole('link', { name: 'Consistency (to do)', exact: true })).toBeVisible();

  await goToStep(page, /Review/, 'Review & export');
  const review = checksPanel(page);
  await expect(review.getByRole('status')).toHaveText('1 blocker, 0 warnings, 0 advice');
  await expect(page.getByRole('button', { name: 'Download script (.ksh)' })).toHaveCount(0);

  // Its link leads to the question, which shows as not answered: nothing is selected for the admin.
  await page.getByRole('link', { name: `Fix on Consistency: ${notAnswered}` }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Consistency' })).toBeVisible();
  const question = page.getByRole('group', { name: unmountQuestion });
  await expect(question.getByText('Not answered yet.')).toBeVisible();
  await expect(question.getByRole('radio', { checked: true })).toHaveCount(0);

  // Answered by keyboard: the focus is on the question, arrow keys choose, Space confirms.
  await expect(question.getByLabel('Yes')).toBeFocused();
  await page.keyboard.press('Space');
  await expect(question.getByLabel('Yes')).toBeChecked();
  await expect(steps.getByRole('link', { name: 'Consistency (complete)', exact: true })).toBeVisible();

  await goToStep(page, /Review/, 'Review & export');
  await expect(steps.getByRole('link', { name: 'Review & export (complete)', exact: true })).toBeVisible();
  await expect(checksPanel(page).getByRole('status')).toHaveText('Every check passes.');
  const script = await downloadScript(page);
  expect(script).toContain('# Consistency:   unmount');
  await expectScriptParses(script);
});
