import { expect, test } from './support/csp';

test('without the server, training runs on the simulator in the page, and the page says so', async ({
  page,
}) => {
  // A socket that opens but never answers, as behind a static host: the page must fall back.
  await page.routeWebSocket('**/api/sessions/socket', () => {});
  await page.goto('/train');
  await expect(page.getByText('Simulator: in this page (the vgcopy server cannot be reached')).toBeVisible();
  await page.getByLabel('Your name').fill('Offline trainee');
  await page.getByRole('button', { name: 'Start training' }).click();
  await page
    .getByRole('button', { name: 'Start: First FlashCopy of datavg, targets configured first' })
    .click();

  await page.getByRole('region', { name: 'AIX host terminal' }).click();
  await page.keyboard.type('lsvg -o');
  await page.keyboard.press('Enter');
  const log = page.getByRole('log', { name: 'Session transcript' });
  await expect(log.getByRole('listitem')).toHaveCount(1);
  await expect(log.getByRole('listitem').first()).toContainText('datavg');
  await expect(
    page.getByRole('table', { name: 'Volume groups' }).getByRole('row', { name: /datavg/ }),
  ).toContainText('yes');

  // Time moves on the simulated host: its clock shows, its speed is chosen with the keyboard.
  const clock = page.getByRole('group', { name: 'Simulated time' });
  await expect(clock.getByRole('radio', { name: '1×' })).toBeChecked();
  const started = await clock.getByTestId('simulated-time').textContent();
  await clock.getByRole('radio', { name: '1×' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(clock.getByRole('radio', { name: '10×' })).toBeChecked();
  await page.keyboard.press('ArrowRight');
  await expect(clock.getByRole('radio', { name: '60×' })).toBeChecked();
  await expect(clock.getByTestId('simulated-time')).not.toHaveText(started ?? '');

  await page.getByRole('button', { name: 'Finish and grade' }).click();
  await expect(page.getByRole('region', { name: 'Your result' })).toContainText('not passed');
  await expect(page.getByText('Attempts are graded here but not kept')).toBeVisible();
});
