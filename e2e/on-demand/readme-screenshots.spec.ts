import { expect, test } from '../support/csp';
import { goToStep, startSample } from '../support/wizard';

// The README's pictures, taken from the real app (`npm run screenshots` rewrites docs/screenshots/*.png).
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
