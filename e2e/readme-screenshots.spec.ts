import { expect, test } from './support/csp';
import { goToStep, startSample } from './support/wizard';

// The README's pictures, taken from the real app so they stay current (docs/screenshots/*.png).
test('screenshots of the wizard and of the review page for the README', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await startSample(page);
  await goToStep(page, /Phase 1/, 'Phase 1 · Configure LUNs');
  await page.getByLabel('After the copy is made').check();
  await expect(page.getByRole('region', { name: 'The duplicate-PVID trap' })).toContainText(
    'This runbook runs cfgmgr',
  );
  // The question, the trap explained in place and the checks panel beside them.
  const question = await page
    .getByRole('group', { name: 'When are the target LUNs configured on this host?' })
    .boundingBox();
  if (!question) throw new Error('the question is on the page');
  await page.screenshot({
    path: 'docs/screenshots/wizard.png',
    fullPage: true,
    clip: { x: 0, y: question.y - 300, width: 1280, height: 900 },
  });

  await page.getByRole('button', { name: 'Configure the LUNs before the copy instead' }).click();
  await page.getByLabel('DS8000 storage image id', { exact: true }).fill('IBM.2107-75ABCD1');
  await goToStep(page, /Review/, 'Review & export');
  await expect(
    page.getByRole('region', { name: 'The ksh script' }).locator('.hljs-keyword').first(),
  ).toBeVisible();
  await page.getByRole('heading', { name: 'The script' }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'docs/screenshots/review.png' });
});

test('printing the review page gives the checklist alone, headed by the runbook, host, VG, date and script version', async ({
  page,
}) => {
  await startSample(page);
  await goToStep(page, /Review/, 'Review & export');
  const header = page.getByRole('region', { name: 'Checklist: Sample: datavg FlashCopy' });
  await expect(header).toBeHidden();
  await page.emulateMedia({ media: 'print' });
  await expect(header).toBeVisible();
  await expect(header.getByRole('definition')).toHaveText([
    'aixprod01',
    'datavg copied as flashcopyvg',
    /^vgcopy \d+\.\d+\.\d+, generated \d{4}-\d\d-\d\dT[\d:.]+Z$/,
    new Date().toISOString().slice(0, 10),
  ]);
  await expect(page.getByRole('heading', { name: 'The plan, step by step' })).toBeVisible();
  await expect(page.getByText('Signed off (AIX admin)').first()).toBeVisible();
  for (const hidden of ['Checks', 'The script', 'Storage-side commands']) {
    await expect(page.getByRole('heading', { name: hidden, exact: true })).toBeHidden();
  }
  await expect(page.getByRole('navigation', { name: 'Wizard steps' })).toBeHidden();
  await page.screenshot({ path: 'test-results/pages/print-checklist.png', fullPage: true });
});
