import { expect, test } from './support/csp';

test('an admin starts a runbook, walks the stepper to the end, reloads and finds the answers kept', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'New runbook' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Start' })).toBeVisible();
  await page.getByLabel('Runbook name', { exact: true }).fill('Nightly copy of datavg');
  await page.getByLabel('Source volume group', { exact: true }).fill('datavg');
  // The sample replaces the answers, and one click puts them back.
  await page.getByLabel('Host name', { exact: true }).fill('aixbackup02');
  await page.getByRole('button', { name: 'Fill in the sample environment' }).click();
  await expect(page.getByLabel('Host name', { exact: true })).toHaveValue('aixprod01');
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByLabel('Host name', { exact: true })).toHaveValue('aixbackup02');

  const steps = page.getByRole('navigation', { name: 'Wizard steps' });
  await expect(steps.getByRole('link', { name: /Start/ })).toHaveAttribute('aria-current', 'step');

  await page.getByRole('link', { name: 'Next →' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Phase 1 · Configure LUNs' })).toBeVisible();
  await page.getByLabel('Refresh of an existing copy').check();
  await page.getByRole('link', { name: 'Next →' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Consistency' })).toBeVisible();
  await page.getByLabel('JFS2 freeze/thaw around the copy').check();
  await page.getByRole('link', { name: 'Next →' }).click();
  await page.getByLabel('Copy VG name', { exact: true }).fill('flashcopyvg');
  await page.getByRole('link', { name: 'Next →' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Review & export' })).toBeVisible();
  await page.getByRole('link', { name: 'Next →' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Rehearse' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Next →' })).toHaveCount(0);
  await expect(page).toHaveURL(/\/runbooks\/\w+\/rehearse$/);

  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Rehearse' })).toBeVisible();
  await steps.getByRole('link', { name: /Phase 2/ }).click();
  await expect(page.getByLabel('Copy VG name', { exact: true })).toHaveValue('flashcopyvg');
  await steps.getByRole('link', { name: /Consistency/ }).click();
  await expect(page.getByLabel('JFS2 freeze/thaw around the copy')).toBeChecked();
  await steps.getByRole('link', { name: /Phase 1/ }).click();
  await expect(page.getByLabel('Refresh of an existing copy')).toBeChecked();
  await steps.getByRole('link', { name: /Start/ }).click();
  await expect(page.getByLabel('Runbook name', { exact: true })).toHaveValue('Nightly copy of datavg');
  await expect(page.getByLabel('Source volume group', { exact: true })).toHaveValue('datavg');

  await page.getByRole('link', { name: 'vgcopy', exact: true }).click();
  await expect(page.getByRole('link', { name: 'Nightly copy of datavg' })).toBeVisible();
});

test('an unknown address shows a way back, not a blank page', async ({ page }) => {
  await page.goto('/no/such/page');
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  await page.getByRole('link', { name: 'Back to your runbooks' }).click();
  await expect(page.getByRole('button', { name: 'New runbook' })).toBeVisible();
});

test('the home page leads to training and to the instructor page', async ({ page }) => {
  await page.goto('/');
  const training = page.getByRole('navigation', { name: 'Training' });
  await training.getByRole('link', { name: 'Train on scenarios' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Training' })).toBeVisible();
  await page.goto('/');
  await training.getByRole('link', { name: 'Instructor page' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Instructor' })).toBeVisible();
});
