/**
 * Training with accounts: the trainee is the signed-in user (no name to type), sees only their own
 * attempts, and cannot open the instructor page; an admin opens it with the session, no password.
 */
import type { Page } from '@playwright/test';
import { expect, test } from '../support/csp';
import { createPeople, e2eAdmin, person, signIn, unique } from '../support/accounts';

const scenario = 'First FlashCopy of datavg, targets configured first';

/** Starts the scenario and has it graded at once (nothing done: not passed). */
async function quickAttempt(page: Page) {
  await page.getByRole('button', { name: `Start: ${scenario}` }).click();
  await page.getByRole('button', { name: 'Finish and grade' }).click();
  await expect(page.getByRole('region', { name: /^Your result \(attempt \d+\)$/ })).toContainText(
    'not passed',
  );
}

test('a trainee trains as their account and sees only their own attempt; the instructor page is not theirs', async ({
  page,
  browser,
  baseURL,
}) => {
  const team = unique('train');
  const first = person('tra', ['trainee'], team);
  const second = person('trb', ['trainee'], team);
  await createPeople(baseURL ?? '', first, second);

  const contextB = await browser.newContext();
  const pageB = await contextB.newPage();
  await pageB.goto('/train');
  await signIn(pageB, second);
  await quickAttempt(pageB);
  await contextB.close();

  await page.goto('/train');
  await signIn(page, first);
  await expect(page.getByText(`Training as ${first.username}.`)).toBeVisible();
  await expect(page.getByLabel('Your name')).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 2, name: 'Your attempts' })).toBeVisible();
  await expect(page.getByText('No attempt yet.')).toBeVisible();
  await quickAttempt(page);
  const mine = page.getByRole('table', { name: 'Your attempts' });
  await expect(mine.getByRole('row')).toHaveCount(2);
  await expect(mine.getByRole('row').nth(1)).toContainText(scenario);

  await page.goto('/instructor');
  await expect(page.getByRole('alert')).toBeVisible();
  await expect(page.getByRole('table', { name: 'All attempts' })).toHaveCount(0);

  // The admin (every role) opens the instructor page with the session and sees both trainees.
  const contextAdmin = await browser.newContext();
  const pageAdmin = await contextAdmin.newPage();
  await pageAdmin.goto('/instructor');
  await signIn(pageAdmin, e2eAdmin);
  const all = pageAdmin.getByRole('table', { name: 'All attempts' });
  await expect(all.getByRole('row').filter({ hasText: first.username })).toHaveCount(1);
  await expect(all.getByRole('row').filter({ hasText: second.username })).toHaveCount(1);
  await contextAdmin.close();
});
