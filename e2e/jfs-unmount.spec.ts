import { expect, test } from './support/csp';
import { tabTo } from './support/keyboard';
import { expectScriptParses, scriptOf } from './support/script-check';
import { checksPanel, expectNoBlocker, openHome } from './support/wizard';
import { expectRehearsedInTwin, factsOfDownload } from './support/simulator-run';

test('JFS file systems must be unmounted: walked with the keyboard only', async ({ page }) => {
  await openHome(page);
  await tabTo(page, /^Try the sample environment$/);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Start' })).toBeVisible();

  // Both file systems are JFS with a JFS log.
  for (const row of [1, 2]) {
    await tabTo(page, new RegExp(`^Type, row ${row}$`));
    await page.keyboard.press('ArrowDown'); // JFS2 -> JFS
    await expect(page.getByLabel(`Type, row ${row}`, { exact: true })).toHaveValue('jfs');
  }
  await tabTo(page, /^LV type, row 1$/);
  await page.keyboard.press('ArrowUp');
  await expect(page.getByLabel('LV type, row 1')).toHaveValue('jfslog');
  await tabTo(page, /^Log, row 2$/);
  await page.keyboard.press('Control+A');
  await page.keyboard.type('loglv00');

  await tabTo(page, /^Next →$/);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Phase 1 · Configure LUNs' })).toBeVisible();
  await tabTo(page, /^DS8000 storage image id$/);
  await page.keyboard.type('IBM.2107-75ABCD1');
  await tabTo(page, /^Next →$/);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Consistency' })).toBeVisible();

  // Saying the file systems stay mounted: JFS has no freeze, and the checks say the copy is unusable.
  await tabTo(page, /^Yes/);
  await page.keyboard.press('ArrowDown');
  await expect(page.getByText('No freeze/thaw: JFS has no freeze: /data, /app are JFS.')).toBeVisible();
  const panel = checksPanel(page);
  await expect(panel.getByRole('status')).toHaveText(/^[1-9]\d* blockers?/);
  await page.keyboard.press('ArrowUp');
  await expect(
    page
      .getByRole('group', { name: '1. Can the file systems be unmounted while the copy is taken?' })
      .getByLabel('Yes'),
  ).toBeChecked();
  await expectNoBlocker(page);

  await tabTo(page, /^Next →$/);
  await page.keyboard.press('Enter');
  await tabTo(page, /^Next →$/);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Review & export' })).toBeVisible();
  await tabTo(page, /^Download script \(\.ksh\)$/, 200);
  const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  const script = await scriptOf(download);
  expect(script).toContain('# Consistency:   unmount');
  await expect(page.getByRole('region', { name: 'The plan, step by step' })).toContainText('umount /data');
  await expectScriptParses(script);

  // The downloaded script rehearses to the end in the twin of the runbook (exported from the home page).
  await tabTo(page, /^vgcopy$/, 200);
  await page.keyboard.press('Enter');
  await tabTo(page, /^Export JSON/);
  const [exported] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  await expectRehearsedInTwin(script, await factsOfDownload(exported));
});
