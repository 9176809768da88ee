/**
 * A two-VG copy set from paste to rehearsal (issue 17): DB2's data in db2datavg and its logs in db2logvg on
 * the simulated host aixdb01. The admin pastes what the host prints, uses what was read, pairs the target
 * LUNs, answers the questions, reviews, and rehearses the script on the runbook's own layout: both copies
 * come up mounted and DB2's check on each copy finds its data usable. The log the rehearsal wrote, read
 * back on Review, enters the copy's history, from which the refresh of both copies starts.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expectNoSeriousViolations } from './support/axe';
import { expect, test } from './support/csp';
import { scriptStatus, startRehearsal, typeAt } from './support/rehearsal';
import { simulatedHost } from './support/simulator-run';
import { answerLiveDb2Copy, expectNoBlocker, goToStep, openHome } from './support/wizard';

const RUNBOOK = 'DB2 PRD data and logs on aixdb01';

/** What the admin runs on aixdb01 for the Start page: both VGs at once, and each source disk's volume. */
const hostCommands = [
  'hostname',
  'oslevel -s',
  'lsvg -l db2datavg db2logvg',
  'lsvg -p db2datavg db2logvg',
  'lspv',
  'cat /etc/filesystems',
  'lsattr -El hdisk1 -a unique_id',
  'lsattr -El hdisk2 -a unique_id',
];

/** The runbook of the set, from the paste to no blocker on Review. */
async function planTheSet(page: Page): Promise<void> {
  const host = await simulatedHost('db2-two-vgs');
  await openHome(page);
  await page.getByRole('button', { name: 'New runbook' }).click();
  await page.getByLabel('Runbook name', { exact: true }).fill(RUNBOOK);
  await page.getByLabel('Source volume group', { exact: true }).fill('db2datavg');
  await page.getByRole('button', { name: 'Add a VG to the copy set' }).click();
  await page.getByLabel('Name of VG 2 of the copy set').fill('db2logvg');
  await page.getByLabel('AIX command output').fill(await host.transcript(hostCommands));
  await page.getByRole('button', { name: 'Use what was read' }).click();
  await expect(page.getByLabel('Disk, row 1')).toHaveValue('hdisk1');
  await expect(page.getByLabel('Storage volume, row 1')).toHaveValue('1000');
  await expect(page.getByText('Disks hdisk2; 1 LVs; file systems /db2/PRD/log.')).toBeVisible();

  // The storage admin's target LUNs, one per source disk of both VGs, mapped and configured already.
  await goToStep(page, /Phase 1/, 'Phase 1 · Configure LUNs');
  await page.getByRole('button', { name: 'Add a target LUN for each source disk (hdisk1, hdisk2)' }).click();
  for (const [i, [volume, disk]] of [
    ['1100', 'hdisk3'],
    ['1101', 'hdisk4'],
  ].entries()) {
    await page.getByLabel(`Target volume, row ${i + 1}`).fill(volume);
    await page.getByLabel(`Target hdisk, row ${i + 1}`).fill(disk);
  }
  await page.getByLabel('The script, through the storage CLI reachable from this host').check();
  await page.getByLabel('DS8000 storage image id', { exact: true }).fill('IBM.2107-75ABCD1');

  // DB2 keeps running: write suspend, one freeze of both VGs' file systems, one consistency group.
  await goToStep(page, /Consistency/, 'Consistency');
  await answerLiveDb2Copy(page, 2);

  await goToStep(page, /Phase 2/, 'Phase 2 · Access the VG');
  await page.getByLabel('Copy VG name', { exact: true }).fill('db2datacopyvg');
  await page.getByLabel('Mount-point prefix', { exact: true }).fill('/fc');
  await page.getByLabel('Copy VG name for db2logvg').fill('db2logcopyvg');
  await page.getByLabel('Mount-point prefix for db2logvg').fill('/fc');

  await goToStep(page, /Review/, 'Review & export');
  await expectNoBlocker(page);
  const steps = page.getByRole('region', { name: 'The plan, step by step' });
  await expect(steps.getByText('Take the copy of all LUNs as one consistency group')).toBeVisible();
}

/**
 * Rehearses the runbook's script on its own layout to its end. The script waits for the application
 * owner twice, at DB2's write suspend and write resume: the admin answers `run`, so the script runs them.
 */
async function rehearseToTheEnd(page: Page): Promise<void> {
  await startRehearsal(page);
  await page.getByRole('button', { name: 'Run the script' }).click();
  await page.getByRole('button', { name: 'Run to end' }).click();
  const terminal = page.getByRole('region', { name: 'AIX host terminal' });
  for (const command of ['set write suspend for database', 'set write resume for database']) {
    await expect(terminal).toContainText(command, { timeout: 60_000 });
    await expect(scriptStatus(page)).toHaveText(/^Waiting at line \d+ for an answer/);
    await typeAt(page, 'AIX host', 'run');
  }
  await expect(scriptStatus(page)).toHaveText('The script ran to the end without an error.', {
    timeout: 90_000,
  });
}

test.beforeEach(async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
});

test('a two-VG copy set from paste to rehearsal: both copies up and DB2 recovers each', async ({ page }) => {
  test.setTimeout(240_000);
  await planTheSet(page);
  await rehearseToTheEnd(page);
  await expect(
    page.getByText('The copy reached its goal (varied on, consistent, mounted) and production is as it was.'),
  ).toBeVisible();
  // The world as the script left it: each copy varied on with DB2's verdict on its data, and both
  // copies' file systems mounted under /fc.
  const world = page.getByRole('region', { name: 'World picture' });
  const vgs = world.getByRole('table', { name: 'Volume groups' });
  for (const [vg, disk] of [
    ['db2datacopyvg', 'hdisk3'],
    ['db2logcopyvg', 'hdisk4'],
  ])
    await expect(vgs.getByRole('row', { name: new RegExp(`^${vg} `) })).toHaveText(
      `${vg}yes${disk}1{"app":"PRD","verdict":"usable"}`,
    );
  const fileSystems = world.getByRole('table', { name: 'File systems' });
  // Mounted, not frozen, consistent and its data as DB2 wrote it.
  for (const [mountPoint, lv, vg] of [
    ['/fc/db2/PRD/data', 'fsdb2datalv', 'db2datacopyvg'],
    ['/fc/db2/PRD/log', 'fsdb2loglv', 'db2logcopyvg'],
  ])
    await expect(
      fileSystems.getByRole('row', {
        name: `${mountPoint} ${lv} ${vg} jfs2 INLINE yes no — needs-replay yes yes`,
        exact: true,
      }),
    ).toBeVisible();
});

test("the set's run read back enters the copy's history, and the refresh of both copies starts from it", async ({
  page,
}) => {
  test.setTimeout(240_000);
  await planTheSet(page);
  await rehearseToTheEnd(page);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: "Download the script's log" }).click(),
  ]);
  const log = await download.path();
  expect(await readFile(log, 'utf8')).toContain('#VGCOPY event=end');

  await goToStep(page, /Review/, 'Review & export');
  await page.getByLabel('Upload the log').setInputFiles(log);
  await page.getByRole('button', { name: 'Read the log' }).click();
  const history = page.getByRole('region', { name: 'Copy history' });
  const copies = history.getByRole('table', { name: 'Copies brought up' }).getByRole('row');
  await expect(copies).toHaveCount(2);
  await expect(copies.nth(1)).toContainText('aixdb01');
  await expect(copies.nth(1).getByRole('listitem')).toHaveText([
    'db2datacopyvg (copy of db2datavg) on hdisk3 (1100)',
    'db2logcopyvg (copy of db2logvg) on hdisk4 (1101)',
  ]);

  await expectNoSeriousViolations(page, 'Review & export with the copy history');
  // The copy the run left can be refreshed or retired from here.
  await expect(history.getByRole('button')).toHaveText(['Refresh this copy', 'Retire this copy']);
  await history.getByRole('button', { name: 'Refresh this copy' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Start' })).toBeVisible();
  await expect(page.getByLabel('Runbook name', { exact: true })).toHaveValue(`Refresh of ${RUNBOOK}`);
  await goToStep(page, /Phase 1/, 'Phase 1 · Configure LUNs');
  await expect(page.getByLabel('Refresh of an existing copy')).toBeChecked();
  await expect(page.getByLabel('Existing copy VG name', { exact: true })).toHaveValue('db2datacopyvg');
  // Both old copies are retired before the one copy of the set is taken again.
  await goToStep(page, /Review/, 'Review & export');
  await expectNoBlocker(page);
  const steps = page.getByRole('region', { name: 'The plan, step by step' });
  for (const vg of ['db2datacopyvg', 'db2logcopyvg'])
    await expect(steps.getByText(`Export the old copy ${vg}`)).toBeVisible();
});
