import { expect, test } from '@playwright/test';

test("an admin rehearses the sample runbook's script step by step and sees the copy VG varied on", async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Try the sample environment' }).click();
  await expect(page).toHaveURL(/\/runbooks\/\w+\/start$/);
  await page.goto(page.url().replace(/\/start$/, '/rehearse'));
  await expect(page.getByRole('heading', { level: 1, name: 'Rehearse' })).toBeVisible();
  await expect(page.getByText('Simulator: on the vgcopy server')).toBeVisible();

  await expect(page.getByLabel("This runbook's layout (its VG, disks and mount points)")).toBeChecked();
  await page.getByRole('button', { name: 'Start the rehearsal' }).click();
  await expect(page.getByRole('region', { name: 'AIX host terminal' })).toBeVisible();
  await expect(
    page.getByRole('table', { name: 'Volume groups' }).getByRole('row', { name: /datavg/ }),
  ).toContainText('yes');

  await page.getByRole('button', { name: 'Run the script' }).click();
  const status = page.getByRole('status').filter({ hasText: /Paused|Running|ran to the end|Stopped/ });
  await expect(status).toHaveText(/^Paused before line \d+ of \d+\.$/);
  const lines = page.getByRole('list', { name: 'Script lines' });
  const step = page.getByRole('button', { name: 'Step', exact: true });
  // One top-level command per Step, the current line marked, until the script ends or fails.
  for (let i = 0; i < 400; i++) {
    await expect(status).not.toHaveText(/^Running/);
    const text = (await status.textContent()) ?? '';
    if (!text.startsWith('Paused')) break;
    const current = Number(/line (\d+)/.exec(text)?.[1]);
    await expect(lines.getByRole('listitem').nth(current - 1)).toHaveAttribute('aria-current', 'step');
    await step.focus();
    await page.keyboard.press('Enter');
    await expect(status).not.toHaveText(text);
  }
  await expect(status).not.toHaveText(/^Running/);
  await expect(status).toHaveText('The script ran to the end without an error.');

  const copy = page.getByRole('table', { name: 'Volume groups' }).getByRole('row', { name: /flashcopyvg/ });
  await expect(copy).toContainText('yes');
  const transcript = page.getByRole('log', { name: 'Session transcript' });
  await expect(transcript).toContainText('recreatevg');
});
