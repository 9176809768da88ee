import { readFileSync } from 'node:fs';
import { expect, test } from './support/csp';
import { checksPanel, goToStep, openHome } from './support/wizard';

// lsvg -l and lspv as AIX prints them (docs/aix-behaviour.md 2.3, 1.2); /etc/filesystems is pasted later.
const hostOutput = readFileSync(new URL('./fixtures/datavg-host.txt', import.meta.url), 'utf8');
const lsvgAndLspv = ['# lsvg -l datavg', '# lspv']
  .map((prompt) => `${prompt}${hostOutput.split(prompt)[1].split('\n# ')[0]}\n`)
  .join('');
const etcFilesystems = `# cat /etc/filesystems${hostOutput.split('# cat /etc/filesystems')[1]}`;

const notRead = 'The log of /data and /arch is not read yet: run lsfs -q or cat /etc/filesystems.';
const blocker = 'The log of /data and /arch is guessed from lsvg -l, not read.';

test('lsvg -l prints no log: the guess is shown as not read and blocks a live copy until /etc/filesystems is pasted', async ({
  page,
}) => {
  await openHome(page);
  await page.getByRole('button', { name: 'New runbook' }).click();
  // The VG is named first: lspv then gives its disks.
  await page.getByLabel('Source volume group', { exact: true }).fill('datavg');
  const box = page.getByLabel('AIX command output');
  await box.fill(lsvgAndLspv);
  await expect(page.getByRole('heading', { name: 'Read as lsvg -l datavg' })).toBeVisible();
  await page.getByRole('button', { name: 'Use what was read' }).click();
  await expect(page.getByLabel('Log, row 1')).toHaveValue('loglv00');
  await expect(page.getByLabel('Log, row 2')).toHaveValue('loglv00');
  await expect(page.getByText(notRead)).toBeVisible();

  await expect(page.getByLabel('Disk, row 2')).toHaveValue('hdisk3');
  await goToStep(page, /Phase 2/, 'Phase 2 · Access the VG');
  await page.getByLabel('Copy VG name', { exact: true }).fill('fcdatavg');

  // Copied live: the Consistency page names the logs as not read instead of saying /data and /arch share one.
  await goToStep(page, /Consistency/, 'Consistency');
  await page
    .getByRole('group', { name: '1. Can the file systems be unmounted while the copy is taken?' })
    .getByLabel('No')
    .check();
  await expect(page.getByText(`${notRead} Paste the output on the Start page.`)).toBeVisible();
  await expect(page.getByText(/share loglv00/)).toHaveCount(0);
  await expect(checksPanel(page).getByText(blocker)).toBeVisible();

  await goToStep(page, /Start/, 'Start');
  await box.fill(etcFilesystems);
  await expect(page.getByText('/arch: /dev/archlv, jfs2, log INLINE')).toBeVisible();
  await page.getByRole('button', { name: 'Use what was read' }).click();
  await expect(page.getByLabel('Log, row 2')).toHaveValue('INLINE');
  await expect(page.getByText(notRead)).toHaveCount(0);
  await expect(checksPanel(page).getByText(blocker)).toHaveCount(0);

  await goToStep(page, /Consistency/, 'Consistency');
  await expect(page.getByText('Each file system has its own log or an inline log.')).toBeVisible();
});

test('a log typed in the file-system table is known: the not-read mark goes', async ({ page }) => {
  await openHome(page);
  await page.getByRole('button', { name: 'New runbook' }).click();
  await page.getByLabel('AIX command output').fill(lsvgAndLspv);
  await page.getByRole('button', { name: 'Use what was read' }).click();
  await expect(page.getByText(notRead)).toBeVisible();
  await page.getByLabel('Log, row 2').fill('INLINE');
  await expect(
    page.getByText('The log of /data is not read yet: run lsfs -q or cat /etc/filesystems.'),
  ).toBeVisible();
  await page.getByLabel('Log, row 1').fill('/dev/loglv00');
  await expect(page.getByLabel('Log, row 1')).toHaveValue('loglv00');
  await expect(page.getByText(/is not read yet/)).toHaveCount(0);
});
