import type { Page } from '@playwright/test';
import { expect, test } from './support/csp';
import { nameStorageImage, scriptStatus, startRehearsal, typeAt } from './support/rehearsal';
import { startSample } from './support/wizard';

async function openRehearsal(page: Page, where = 'Simulator: on the vgcopy server') {
  // The sample environment of the Start page: datavg on three DS8000 LUNs, FlashCopy onto hdisk10-12,
  // with the storage image its storage admin's commands name.
  await startSample(page);
  await nameStorageImage(page);
  await startRehearsal(page);
  await expect(page.getByText(where)).toBeVisible();
}

test("an admin rehearses a runbook's script step by step to the end and sees the copy VG varied on", async ({
  page,
}) => {
  // Some sixty steps, each a round trip to the server: give a loaded machine time.
  test.setTimeout(180_000);
  await openRehearsal(page);
  const vgs = page.getByRole('table', { name: 'Volume groups' });
  await expect(vgs.getByRole('row', { name: /datavg/ })).toContainText('yes');
  await expect(vgs.getByRole('row', { name: /flashcopyvg/ })).toHaveCount(0);

  await page.getByRole('button', { name: 'Run the script' }).click();
  const status = scriptStatus(page);
  await expect(status).toHaveText(/^Paused before line \d+ of \d+\.$/);
  const lines = page.getByRole('list', { name: 'Script lines' });
  const step = page.getByRole('button', { name: 'Step', exact: true });
  // One top-level command per Step (keyboard), the current line marked, until the script ends or stops.
  for (let i = 0; i < 400; i++) {
    await expect(status).not.toHaveText(/^Running/, { timeout: 15_000 });
    const text = (await status.textContent()) ?? '';
    if (text.startsWith('Waiting')) {
      // The script waits for the storage admin: the Storage button plays their part, then the AIX
      // admin answers at the terminal, as tonight.
      await page.getByRole('button', { name: "Storage: play the storage admin's part" }).click();
      await expect(page.getByRole('log', { name: 'Session transcript' })).toContainText('mkflash');
      await typeAt(page, 'AIX host', 'done');
      await expect(status).not.toHaveText(text, { timeout: 15_000 });
      continue;
    }
    if (!text.startsWith('Paused')) break;
    const current = Number(/line (\d+)/.exec(text)?.[1]);
    await expect(lines.getByRole('listitem').nth(current - 1)).toHaveAttribute('aria-current', 'step');
    await step.focus();
    await page.keyboard.press('Enter');
    await expect(status).not.toHaveText(text, { timeout: 15_000 });
  }
  await expect(status).toHaveText('The script ran to the end without an error.');

  await expect(vgs.getByRole('row', { name: /flashcopyvg/ })).toContainText('yes');
  const fileSystems = page.getByRole('table', { name: 'File systems' });
  await expect(fileSystems.getByRole('row', { name: /\/fc\/data/ })).toContainText('yes');
  await expect(page.getByRole('log', { name: 'Session transcript' })).toContainText('recreatevg');
});

test('a rehearsal stops on a failing step with the reason, and goes back to a snapshot', async ({ page }) => {
  await openRehearsal(page);
  await page.getByLabel('Snapshot name').fill('before anything');
  await page.getByRole('button', { name: 'Save snapshot' }).click();
  await expect(page.getByRole('button', { name: 'Go back to before anything' })).toBeVisible();

  // The admin varies the source off by hand: the script's preflight must refuse to go on.
  await page.getByRole('region', { name: 'AIX host terminal' }).click();
  await page.keyboard.type('umount /data; umount /app; varyoffvg datavg');
  await page.keyboard.press('Enter');
  const vgs = page.getByRole('table', { name: 'Volume groups' });
  await expect(vgs.getByRole('row', { name: /datavg/ })).toContainText('no');

  await page.getByRole('button', { name: 'Run the script' }).click();
  await page.getByRole('button', { name: 'Run to end' }).click();
  const status = scriptStatus(page);
  await expect(status).toHaveText(/^Stopped: Line \d+: `preflight` ended with exit code 2/);
  await expect(page.getByRole('list', { name: 'Script lines' }).locator('[aria-current="step"]')).toHaveText(
    /preflight$/,
  );

  await page.getByRole('button', { name: 'Go back to before anything' }).click();
  await expect(page.getByText('Back at snapshot "before anything".').first()).toBeVisible();
  await expect(vgs.getByRole('row', { name: /datavg/ })).toContainText('yes');
});

for (const where of ['on the vgcopy server', 'in this page']) {
  test(`a reload of the Rehearse page returns to the same rehearsal ${where}, with its terminal history and world`, async ({
    page,
  }) => {
    // Without the server: a socket that opens but never answers, as behind a static host.
    if (where === 'in this page') await page.routeWebSocket('**/api/sessions/socket', () => {});
    await reloadKeepsTheRehearsal(page, `Simulator: ${where}`);
  });
}

async function reloadKeepsTheRehearsal(page: Page, where: string) {
  await openRehearsal(page, where);
  const terminal = page.getByRole('region', { name: 'AIX host terminal' });
  await terminal.click();
  await page.keyboard.type('umount /data; umount /app; varyoffvg datavg');
  await page.keyboard.press('Enter');
  const vgs = page.getByRole('table', { name: 'Volume groups' });
  await expect(vgs.getByRole('row', { name: /datavg/ })).toContainText('no');
  // The script is loaded and stepped once: where it stands comes back too.
  await page.getByRole('button', { name: 'Run the script' }).click();
  const status = page.getByRole('status').filter({ hasText: /^(Paused|Running|The script ran|Stopped)/ });
  await expect(status).toHaveText(/^Paused before line \d+ of \d+\.$/);
  const loaded = (await status.textContent()) ?? '';
  await page.getByRole('button', { name: 'Step', exact: true }).click();
  await expect(status).not.toHaveText(loaded);
  await expect(status).not.toHaveText(/^Running/);
  const stepped = (await status.textContent()) ?? '';

  await page.reload();
  await expect(page.getByRole('button', { name: 'Start a new rehearsal' })).toBeVisible();
  await expect(status).toHaveText(stepped);
  await expect(terminal).toContainText('umount /data; umount /app; varyoffvg datavg');
  await expect(vgs.getByRole('row', { name: /datavg/ })).toContainText('no');
  await expect(page.getByRole('log', { name: 'Session transcript' })).toContainText('varyoffvg datavg');
  // The session goes on where it was: the VG is still varied off.
  await terminal.click();
  await page.keyboard.type('lsvg -o');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('log', { name: 'Session transcript' })).toContainText('lsvg -o');
  await expect(vgs.getByRole('row', { name: /datavg/ })).toContainText('no');
}
