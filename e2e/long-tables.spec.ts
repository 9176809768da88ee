/**
 * A scalable VG of 1024 disks and 512 file systems in the wizard: its long tables render only the rows in
 * view, yet a screen reader hears how many rows there are, the admin finds a disk by name (the browser's
 * own find cannot see rows not rendered), and Tab walks on past the last rendered row. Review's script
 * box likewise draws only the lines in view, finds a line, and downloads the whole script.
 */
import type { Locator, Page } from '@playwright/test';
import { bigVgFacts } from '../src/core/bench';
import { runbookToFile } from '../src/app/store/runbook-file';
import { expectNoSeriousViolations } from './support/axe';
import { expect, test } from './support/csp';
import { forgetRenders, fieldsRendered, watchFieldRenders } from './support/react-renders';
import { downloadScript } from './support/script-check';
import { checksPanel, goToStep, openHome } from './support/wizard';

const name = 'bigvg: 1024 disks';

/** Imports the runbook of a VG of 1024 disks (hdisk2 to hdisk1025) and opens it on its Start page. */
async function openBigRunbook(page: Page): Promise<void> {
  await openHome(page);
  await page.getByLabel('Runbook file to import').setInputFiles({
    name: 'bigvg.json',
    mimeType: 'application/json',
    buffer: Buffer.from(runbookToFile(name, bigVgFacts(1024, 512))),
  });
  await expect(page.getByRole('status')).toHaveText(`Imported “${name}”.`);
  await page.getByRole('link', { name }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Start' })).toBeVisible();
}

/** The table says how many rows it has (its header row included, as ARIA counts) but renders few. */
async function expectRowsInViewOnly(table: Locator, rows: number): Promise<void> {
  await expect(table).toHaveAttribute('aria-rowcount', String(rows + 1));
  const rendered = await table.getByRole('row').count();
  expect(rendered).toBeGreaterThan(5);
  expect(rendered).toBeLessThan(60);
}

test.beforeEach(async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
});

test('1024 disks: the disk table renders the rows in view, finds hdisk700 and lets Tab walk on', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await watchFieldRenders(page);
  await openBigRunbook(page);
  const disks = page.getByRole('table', { name: 'Disks of the source VG' });
  await expect(disks.getByLabel('Disk, row 1', { exact: true })).toHaveValue('hdisk2');
  await expectRowsInViewOnly(disks, 1024);
  await expect(disks.getByLabel('Disk, row 699', { exact: true })).toHaveCount(0);

  // Find a disk by its name: the row is rendered, scrolled into view and focused.
  const find = page.getByRole('search', { name: 'Find a disk' });
  await find.getByRole('searchbox').fill('hdisk700');
  await page.keyboard.press('Enter');
  const found = disks.getByLabel('Disk, row 699', { exact: true });
  await expect(found).toBeFocused();
  await expect(found).toHaveValue('hdisk700');
  await expect(found).toBeInViewport();
  await expect(find.getByRole('status')).toHaveText('Row 699 of 1024.');
  await expect(disks.getByRole('row', { name: /hdisk700/ })).toHaveAttribute('aria-rowindex', '700');
  await find.getByRole('searchbox').fill('hdisk9999');
  await page.keyboard.press('Enter');
  await expect(find.getByRole('status')).toHaveText('No row holds “hdisk9999”.');

  // Tab from the last field of the last rendered row goes on to the next row.
  const last = disks.getByRole('row').last();
  const lastRow = Number(await last.getAttribute('aria-rowindex')) - 1;
  await last.getByRole('button', { name: `Remove row ${lastRow} of Disks of the source VG` }).focus();
  await page.keyboard.press('Tab');
  const next = disks.getByLabel(`Disk, row ${lastRow + 1}`, { exact: true });
  await expect(next).toBeFocused();
  await expect(next).toHaveValue(`hdisk${lastRow + 2}`);
  await expect(next).toBeInViewport();

  // The focused row stays rendered while the admin scrolls the table away with the wheel; Tab then goes
  // on to the row after it, which is rendered and scrolled into view for it.
  await find.getByRole('searchbox').fill('hdisk700');
  await page.keyboard.press('Enter');
  await expect(found).toBeFocused();
  const remove699 = disks.getByRole('button', { name: 'Remove row 699 of Disks of the source VG' });
  await remove699.focus();
  await page.getByRole('region', { name: 'Disks of the source VG' }).hover();
  await page.mouse.wheel(0, -100_000);
  await expect(disks.getByLabel('Disk, row 1', { exact: true })).toBeInViewport();
  await expect(remove699).toBeFocused();
  await expect(disks.getByLabel('Disk, row 700', { exact: true })).toHaveCount(0);
  await page.keyboard.press('Tab');
  const row700 = disks.getByLabel('Disk, row 700', { exact: true });
  await expect(row700).toBeFocused();
  await expect(row700).toHaveValue('hdisk701');
  await expect(row700).toBeInViewport();
  await page.keyboard.press('Shift+Tab');
  await expect(remove699).toBeFocused();

  // Typing in a row re-renders that row alone: the other rows in view, and the rows of the LV and
  // file-system tables, are skipped.
  await forgetRenders(page);
  await found.press('End');
  await found.pressSequentially('0');
  await expect(found).toHaveValue('hdisk7000');
  await expect(disks.getByLabel('Disk, row 698', { exact: true })).toHaveValue('hdisk699');
  expect(await fieldsRendered(page, /^sourceVg\.\w+\.\d+\./)).toEqual([
    'sourceVg.disks.698.name',
    'sourceVg.disks.698.pvid',
    'sourceVg.disks.698.storageVolume',
  ]);

  // A check's "Fix on" link reaches a field whose row is not rendered: the table renders it and focuses it.
  const pvid = disks.getByLabel('PVID, row 699', { exact: true });
  await pvid.fill('not-a-pvid');
  await find.getByRole('searchbox').click();
  await page.getByRole('region', { name: 'Disks of the source VG' }).hover();
  await page.mouse.wheel(0, -100_000);
  await expect(pvid).toHaveCount(0);
  await checksPanel(page)
    .getByRole('link', { name: /^Fix on Start: Source VG disk 699 PVID/ })
    .click();
  await expect(pvid).toBeFocused();
  await expect(pvid).toBeInViewport();
  await expect(pvid).toHaveValue('not-a-pvid');

  await expectRowsInViewOnly(page.getByRole('table', { name: 'Logical volumes of the source VG' }), 513);
  await expectRowsInViewOnly(page.getByRole('table', { name: 'File systems of the source VG' }), 512);
  await expectNoSeriousViolations(page, 'Start with 1024 disks');
});

test('1024 disks: the target LUNs, the new hdisks after cfgmgr and the names on the copy render the rows in view', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await openBigRunbook(page);
  await goToStep(page, /Phase 1/, 'Phase 1 · Configure LUNs');
  const luns = page.getByRole('table', { name: 'Source disk to target LUN' });
  await expectRowsInViewOnly(luns, 1024);
  await page.getByRole('searchbox', { name: 'Find a target LUN' }).fill('hdisk1700');
  await page.keyboard.press('Enter');
  // hdisk1700 is the target of hdisk676: the copy's disks follow the 1024 source disks.
  await expect(luns.getByLabel('Source disk, row 675', { exact: true })).toBeFocused();
  await expect(luns.getByLabel('Target hdisk, row 675', { exact: true })).toHaveValue('hdisk1700');

  // lspv before and after cfgmgr: 1024 new hdisks, listed in a table that renders the rows in view.
  const lspvLine = (disk: number, pvid: string, vg: string, state: string) =>
    `hdisk${disk}`.padEnd(16) + pvid.padEnd(36) + vg.padEnd(16) + state;
  const before = Array.from({ length: 1024 }, (_, i) =>
    lspvLine(i + 2, `00c8d3e4${i.toString(16).padStart(8, '0')}`, 'bigvg', 'active'),
  );
  const added = Array.from({ length: 1024 }, (_, i) => lspvLine(i + 1026, 'none', 'None', ''));
  await page.getByText('Find the new hdisks: compare lspv before and after cfgmgr').click();
  await page.getByLabel('lspv before cfgmgr').fill(before.join('\n'));
  await page.getByLabel('lspv after cfgmgr').fill([...before, ...added].join('\n'));
  await expect(page.getByText('1024 new disks, in lspv order, in the table below.')).toBeVisible();
  const found = page.getByRole('table', { name: 'New disks after cfgmgr' });
  await expectRowsInViewOnly(found, 1024);
  await page.getByRole('searchbox', { name: 'Find a new disk' }).fill('hdisk2000');
  await page.keyboard.press('Enter');
  await expect(found.getByRole('row', { name: 'hdisk2000 none' })).toBeFocused();
  await expectNoSeriousViolations(page, 'Phase 1 with 1024 disks');

  await goToStep(page, /Phase 2/, 'Phase 2 · Access the VG');
  const names = page.getByRole('table', { name: "Source names beside the copy's names" });
  await expectRowsInViewOnly(names, 513);
  await page.getByRole('searchbox', { name: 'Find a logical volume' }).fill('/data/fs300');
  await page.keyboard.press('Enter');
  const row = names.getByRole('row', { name: /\/data\/fs300 / });
  await expect(row).toBeFocused();
  await expect(row).toHaveText('lv012c/data/fs300fclv012c/fc/data/fs300');
  await expectNoSeriousViolations(page, 'Phase 2 with 1024 disks');
});

test("1024 disks: Review's script box draws the lines in view, finds each line holding a name, and the download is the whole script", async ({
  page,
}) => {
  test.setTimeout(120_000);
  await openBigRunbook(page);
  await goToStep(page, /Review/, 'Review & export');
  const box = page.getByRole('region', { name: 'The ksh script' });
  await expect(box.locator('[class^="hljs-"]').first()).toBeVisible();
  const script = await downloadScript(page);
  const lines = script.split('\n').slice(0, -1);
  await expect(page.getByText(`${lines.length} lines; the box draws those in view.`)).toBeVisible();
  const drawn = await box.locator('code > span[data-index]').count();
  expect(drawn).toBeGreaterThan(20);
  expect(drawn).toBeLessThan(80);

  // Find goes on from the line it found to the next one holding the text.
  const holding = lines.flatMap((line, i) => (line.includes('hdisk700') ? [i] : []));
  expect(holding).toEqual([8, 522]);
  const find = page.getByRole('search', { name: 'Find in the ksh script' });
  await find.getByRole('searchbox').fill('hdisk700');
  for (const index of holding.slice(0, 2)) {
    await find.getByRole('button', { name: 'Find' }).click();
    await expect(find.getByRole('status')).toHaveText(`Line ${index + 1} of ${lines.length}.`);
    const line = box.locator(`code > span[data-index="${index}"]`);
    await expect(line).toHaveText(lines[index]);
    await expect(line).toBeInViewport();
  }
  await expectNoSeriousViolations(page, 'Review with 1024 disks');
});
