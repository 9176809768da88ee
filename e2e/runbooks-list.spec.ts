import { readFile, writeFile } from 'node:fs/promises';
import { expect, test } from './support/csp';
import { goHome, openHome, runbookIdOf, startSample } from './support/wizard';

test('runbooks are listed, renamed, duplicated for the next refresh, deleted with undo', async ({ page }) => {
  await startSample(page);
  await goHome(page);
  const list = page.getByRole('list', { name: 'Your runbooks' });

  await page.getByRole('button', { name: 'Rename Sample: datavg FlashCopy' }).click();
  await page.getByLabel('New name for Sample: datavg FlashCopy').fill('datavg to flashcopyvg');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('link', { name: 'datavg to flashcopyvg' })).toBeVisible();

  await page.getByRole('button', { name: 'Duplicate datavg to flashcopyvg' }).click();
  await expect(page.getByLabel('Runbook name', { exact: true })).toHaveValue('Copy of datavg to flashcopyvg');
  await expect(page.getByLabel('Source volume group', { exact: true })).toHaveValue('datavg');
  await goHome(page);
  await expect(page.getByRole('link', { name: 'Copy of datavg to flashcopyvg' })).toBeVisible();

  await page.getByRole('button', { name: 'Delete Copy of datavg to flashcopyvg' }).click();
  await expect(page.getByRole('link', { name: 'Copy of datavg to flashcopyvg' })).toHaveCount(0);
  await expect(page.getByRole('status')).toContainText('Deleted “Copy of datavg to flashcopyvg”.');
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('link', { name: 'Copy of datavg to flashcopyvg' })).toBeVisible();
  await expect(list.getByRole('listitem')).toHaveCount(2);

  // The next refresh of the copy this runbook brought up: that copy is now the existing one.
  await page.getByRole('button', { name: 'Next refresh of datavg to flashcopyvg' }).click();
  await expect(page.getByLabel('Runbook name', { exact: true })).toHaveValue(
    'Refresh of datavg to flashcopyvg',
  );
  await page
    .getByRole('navigation', { name: 'Wizard steps' })
    .getByRole('link', { name: /Phase 1/ })
    .click();
  await expect(page.getByLabel('Refresh of an existing copy')).toBeChecked();
  await expect(page.getByLabel('Existing copy VG name', { exact: true })).toHaveValue('flashcopyvg');
  await expect(page.getByLabel('Its disks', { exact: true })).toHaveValue('hdisk10 hdisk11 hdisk12');
});

test('a runbook exported as JSON imports again; a bad file is refused with the field at fault', async ({
  page,
}, testInfo) => {
  await startSample(page);
  await goHome(page);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export JSON of Sample: datavg FlashCopy' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('sample-datavg-flashcopy.json');
  const text = await readFile(await download.path(), 'utf8');
  const file = JSON.parse(text);
  expect(file).toMatchObject({ format: 'vgcopy-runbook', version: 1, name: 'Sample: datavg FlashCopy' });

  file.name = 'Imported datavg';
  const good = testInfo.outputPath('good.json');
  await writeFile(good, JSON.stringify(file));
  await page.getByLabel('Runbook file to import').setInputFiles(good);
  await expect(page.getByRole('status')).toHaveText('Imported “Imported datavg”.');
  await expect(page.getByRole('link', { name: 'Imported datavg' })).toBeVisible();

  file.facts.sourceVg.disks[0].pvid = 'not-a-pvid';
  const bad = testInfo.outputPath('bad.json');
  await writeFile(bad, JSON.stringify(file));
  await page.getByLabel('Runbook file to import').setInputFiles(bad);
  await expect(page.getByRole('alert')).toHaveText(
    'bad.json: The runbook file is not valid. Source VG disk 1 PVID: a PVID is 16 hexadecimal digits, as lspv shows it.',
  );
});

test('a runbook link opens in another browser (from the server) and deep links survive a reload', async ({
  page,
  browser,
}) => {
  await startSample(page);
  await page.getByLabel('Runbook name', { exact: true }).fill('Shared datavg runbook');
  const id = runbookIdOf(page);
  await page
    .getByRole('navigation', { name: 'Wizard steps' })
    .getByRole('link', { name: /Phase 2/ })
    .click();
  await page.getByLabel('Copy VG name', { exact: true }).fill('sharedvg');
  await expect(page.getByText('Saved in this browser and on the server')).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Phase 2 · Access the VG' })).toBeVisible();
  await expect(page.getByLabel('Copy VG name', { exact: true })).toHaveValue('sharedvg');

  const other = await browser.newContext();
  const colleague = await other.newPage();
  await colleague.goto(`/runbooks/${id}/phase2`);
  await expect(colleague.getByRole('heading', { level: 1, name: 'Phase 2 · Access the VG' })).toBeVisible();
  await expect(colleague.getByLabel('Copy VG name', { exact: true })).toHaveValue('sharedvg');
  await expect(colleague.getByText('Runbook: Shared datavg runbook')).toBeVisible();
  await other.close();

  await openHome(page);
  await page.goto('/runbooks/nosuchid/start');
  await expect(page.getByRole('alert')).toHaveText(
    'There is no runbook “nosuchid” in this browser or on the server. It may have been deleted.',
  );
});
