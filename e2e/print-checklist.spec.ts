import { expect, test } from './support/csp';
import { goToStep, startSample } from './support/wizard';

test('printing the review page gives the checklist alone', async ({ page }) => {
  await startSample(page);
  await goToStep(page, /Review/, 'Review & export');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('heading', { name: 'The plan, step by step' })).toBeVisible();
  await expect(page.getByText('Signed off (AIX admin)').first()).toBeVisible();
  for (const hidden of ['Checks', 'The script', 'Storage-side commands']) {
    await expect(page.getByRole('heading', { name: hidden, exact: true })).toBeHidden();
  }
  await expect(page.getByRole('navigation', { name: 'Wizard steps' })).toBeHidden();
  await page.screenshot({ path: 'test-results/pages/print-checklist.png', fullPage: true });
});
