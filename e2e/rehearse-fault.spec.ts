import type { Page } from '@playwright/test';
import { expect, test } from './support/csp';

async function openRehearsal(page: Page) {
  await page.goto('/');
  await page.getByRole('button', { name: 'Try the sample environment' }).click();
  await expect(page).toHaveURL(/\/runbooks\/\w+\/start$/);
  await page.goto(page.url().replace(/\/start$/, '/rehearse'));
  await page.getByRole('button', { name: 'Start the rehearsal' }).click();
  await expect(page.getByRole('region', { name: 'AIX host terminal' })).toBeVisible();
}

test('an admin makes the next varyonvg fail: AIX’s message, and the fault named apart from it', async ({
  page,
}) => {
  await openRehearsal(page);
  // By keyboard and labels: the command, which call, then the button.
  await page.getByLabel('Command to fail').fill('varyonvg');
  await page.getByLabel('Which call (1 = the next)').fill('1');
  await page.getByRole('button', { name: 'Make it fail' }).focus();
  await page.keyboard.press('Enter');
  // Said on the page and in the terminal (one line there, now that the terminal is wide).
  await expect(
    page
      .getByText('Injected fault armed: The next call of varyonvg fails as it fails on AIX or the storage.')
      .first(),
  ).toBeVisible();
  await expect(page.getByRole('table', { name: 'Injected faults armed' })).toContainText('varyonvg');

  await page.getByRole('region', { name: 'AIX host terminal' }).click();
  await page.keyboard.type('varyonvg datavg');
  await page.keyboard.press('Enter');
  const log = page.getByRole('log', { name: 'Session transcript' });
  await expect(log).toContainText('0516-013 varyonvg: The volume group cannot be varied on because');
  await expect(log).toContainText(
    '[simulator] injected fault fired at varyonvg (call 1, no-good-vgda): varyonvg datavg',
  );
  await expect(
    page.getByRole('table', { name: 'Injected faults fired (not the script’s doing)' }),
  ).toContainText('no-good-vgda');

  // A command the simulator cannot make fail is refused with the reason.
  await page.getByLabel('Command to fail').fill('lspv');
  await page.getByRole('button', { name: 'Make it fail' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'The fault cannot be armed' })).toHaveText(
    'The fault cannot be armed: the simulator cannot make lspv fail.',
  );
});
