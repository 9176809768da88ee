import { expect, test } from './support/csp';
import { goToStep, startSample } from './support/wizard';

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
