import type { Page } from '@playwright/test';
import { e2eInstructorPassword } from './support/accounts';
import { expect, test } from './support/csp';
import { typeCommand } from './support/terminal';

async function playStorage(page: Page) {
  const log = page.getByRole('log', { name: 'Session transcript' });
  const before = await log.getByRole('listitem').count();
  await page.getByRole('button', { name: "Storage: play the storage admin's part" }).click();
  await expect(log.getByRole('listitem')).toHaveCount(before + 2);
}

test('a trainee falls into the cfgmgr trap, passes on a second attempt, and the instructor sees both', async ({
  page,
}) => {
  const trainee = `Trainee ${Date.now()}`;
  await page.goto('/train');
  await expect(page.getByText('Simulator: on the vgcopy server')).toBeVisible();
  await page.getByLabel('Your name').fill(trainee);
  await page.getByRole('button', { name: 'Start training' }).click();
  await page
    .getByRole('button', { name: 'Start: First FlashCopy of datavg, targets configured first' })
    .click();
  await expect(
    page.getByRole('heading', { name: 'First FlashCopy of datavg, targets configured first' }),
  ).toBeVisible();

  // First attempt: the storage admin copies first, then cfgmgr runs while datavg is varied on.
  await page.getByRole('button', { name: /Show a hint/ }).click();
  await expect(page.getByText('Run lspv before and after cfgmgr')).toBeVisible();
  await playStorage(page);
  await typeCommand(page, 'cfgmgr');
  await typeCommand(page, 'lspv');
  await page.getByRole('button', { name: 'Finish and grade' }).click();
  const firstResult = page.getByRole('region', { name: /^Your result \(attempt \d+\)$/ });
  await expect(firstResult).toContainText('not passed');
  await expect(firstResult).toContainText('No cfgmgr on the copy while the source VG is varied on');
  await expect(firstResult).toContainText(
    'To learn: While a VG holding PVID A is varied on, cfgmgr will not configure another disk carrying PVID A.',
  );

  // Second attempt: the targets are configured before the copy, and the file systems unmounted for it.
  await page.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByRole('button', { name: 'Finish and grade' })).toBeVisible();
  await typeCommand(page, 'cfgmgr');
  await typeCommand(page, 'umount /data');
  await typeCommand(page, 'umount /arch');
  await playStorage(page);
  await typeCommand(page, 'mount /data');
  await typeCommand(page, 'mount /arch');
  await typeCommand(page, 'recreatevg -y flashcopyvg hdisk3 hdisk4');
  await typeCommand(page, 'varyonvg flashcopyvg');
  await typeCommand(page, 'mount /fs/data');
  await typeCommand(page, 'mount /fs/arch');
  await page.getByRole('button', { name: 'Finish and grade' }).click();
  const secondResult = page.getByRole('region', { name: /^Your result \(attempt \d+\)$/ });
  await expect(secondResult).toContainText('Score 100/100 · passed');

  const mine = page.getByRole('table', { name: 'Your attempts' });
  await expect(mine.getByRole('row')).toHaveCount(3);
  await expect(mine.getByRole('row').nth(1)).toContainText('passed');
  await expect(mine.getByRole('row').nth(2)).toContainText('not passed');

  // The instructor signs in with the password the server was started with, and sees both attempts.
  await page.goto('/instructor');
  await page.getByLabel('Instructor password').fill(e2eInstructorPassword);
  await page.getByRole('button', { name: 'Sign in' }).click();
  const all = page.getByRole('table', { name: 'All attempts' });
  const rows = all.getByRole('row').filter({ hasText: trainee });
  await expect(rows).toHaveCount(2);
  // "Finished" is when the attempt happened, by the clock on the wall, not the simulated host's.
  await expect(rows.nth(0).locator('time')).toHaveAttribute(
    'datetime',
    new RegExp(`^${new Date().toISOString().slice(0, 10)}`),
  );
  await expect(rows.nth(0)).toContainText('100');
  await expect(rows.nth(1)).toContainText('not passed');

  await rows
    .nth(1)
    .getByRole('button', { name: /^Replay attempt/ })
    .click();
  const replayed = page.getByRole('log', { name: 'Replayed transcript' });
  await expect(replayed).toContainText('No command yet.');
  await page.getByRole('button', { name: 'Next command' }).click();
  await expect(replayed.getByRole('listitem')).toHaveCount(1);
  await page.getByRole('button', { name: 'Show all' }).click();
  await expect(replayed.getByRole('listitem')).toHaveCount(4);
  await expect(replayed.getByRole('listitem').nth(2)).toContainText('cfgmgr');
});
