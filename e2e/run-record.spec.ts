/**
 * The run comes back: the log a rehearsal wrote is downloaded from the Rehearse page and read back on
 * Review & export as the run record. Every step shows as it ran and the checklist is ticked; a run that
 * stopped shows the failed step, its advice and the undo; a log of another script is refused.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, test } from './support/csp';
import { nameStorageImage, scriptStatus, startRehearsal, typeAt } from './support/rehearsal';
import { goToStep, startSample } from './support/wizard';

const BY_HAND = 'by hand (not in the script)';
const MKFLASH = 'mkflash -dev IBM.2107-75ABCD1 -record -persist -nocp 1000:1100 1001:1101 1002:1102';

/**
 * Rehearses the sample runbook (its storage image named) in its twin, `before` done once the rehearsal has
 * started, and runs its script until it waits at the terminal for the storage admin.
 */
async function rehearseToTheStoragePause(page: Page, before = async () => {}): Promise<void> {
  test.setTimeout(180_000);
  await startSample(page);
  await nameStorageImage(page);
  await startRehearsal(page);
  await before();
  await page.getByRole('button', { name: 'Run the script' }).click();
  await page.getByRole('button', { name: 'Run to end' }).click();
  await expect(scriptStatus(page)).toHaveText(/^Waiting at line \d+ for an answer/, { timeout: 60_000 });
  await expect(page.getByRole('region', { name: 'AIX host terminal' })).toContainText(
    'Type done when the storage admin has finished, or stop:',
    { timeout: 20_000 },
  );
}

/** Downloads the log the rehearsed script wrote, and returns its text. */
async function downloadLog(page: Page): Promise<{ path: string; text: string }> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: "Download the script's log" }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('vgcopy-flashcopyvg.log');
  const path = await download.path();
  return { path, text: await readFile(path, 'utf8') };
}

/** On Review & export, uploads a log and reads it. */
async function readBack(page: Page, logFile: string): Promise<void> {
  await goToStep(page, /Review/, 'Review & export');
  await page.getByLabel('Upload the log').setInputFiles(logFile);
  await expect(page.getByLabel('Or paste the log')).not.toHaveValue('');
  await page.getByRole('button', { name: 'Read the log' }).click();
}

/** The outcome column of the run record's table, step by step. */
function outcomes(page: Page): Promise<string[]> {
  return page
    .getByRole('table', { name: 'The steps as they ran' })
    .locator('tbody tr td:nth-child(3)')
    .allTextContents();
}

test.beforeEach(async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
});

test('the rehearsal ran to the end: its log read back shows every step as it ran and ticks the checklist', async ({
  page,
}) => {
  await rehearseToTheStoragePause(page);
  await typeAt(page, 'Storage admin', MKFLASH);
  await typeAt(page, 'AIX host', 'done');
  await expect(scriptStatus(page)).toHaveText('The script ran to the end without an error.', {
    timeout: 60_000,
  });
  const log = await downloadLog(page);
  expect(log.text).toContain('#VGCOPY event=end');

  await readBack(page, log.path);
  // Steps 2-11 are the script's; recreatevg varies the copy on, so step 8 finds it done.
  expect(await outcomes(page)).toEqual([
    BY_HAND,
    ...Array(6).fill('run'),
    'skipped (already done)',
    ...Array(3).fill('run'),
    BY_HAND,
  ]);
  await expect(
    page.getByText('exit code 0: done: the copy is varied on and its file systems are mounted'),
  ).toBeVisible();
  // The rehearsal's log, downloaded from the same script, gives its timings beside the run's.
  await expect(
    page
      .getByRole('table', { name: 'The steps as they ran' })
      .locator('tbody tr:nth-child(2) td:nth-child(7)'),
  ).toHaveText(/^\d+ (min \d+ )?s$/);
  // The checklist: the steps the script did are ticked, those done by hand are left to their owner.
  await expect(page.getByRole('checkbox', { name: '2. Configure the target LUNs (cfgmgr)' })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: '8. Vary on flashcopyvg' })).toBeChecked();
  await expect(
    page.getByRole('checkbox', { name: '1. Create the target LUNs and map them to the host' }),
  ).not.toBeChecked();
});

test('the storage refused the copy and the admin stopped: the failed step, its advice and the undo; a log of another script is refused', async ({
  page,
}) => {
  await rehearseToTheStoragePause(page, async () => {
    await page.getByLabel('Command to fail').fill('mkflash');
    await page.getByLabel('Which call (1 = the next)').fill('1');
    await page.getByRole('button', { name: 'Make it fail' }).click();
  });
  await typeAt(page, 'Storage admin', MKFLASH);
  await expect(page.getByRole('region', { name: 'Storage admin terminal' })).toContainText('CMUN');
  await typeAt(page, 'AIX host', 'stop');
  await expect(scriptStatus(page)).toHaveText(/^Stopped/, { timeout: 60_000 });
  const log = await downloadLog(page);

  await readBack(page, log.path);
  expect(await outcomes(page)).toEqual([
    BY_HAND,
    ...Array(3).fill('run'),
    'failed',
    ...Array(6).fill('not reached'),
    BY_HAND,
  ]);
  const failure = page.getByRole('region', { name: 'Step 5 failed: Take the copy' });
  await expect(failure).toContainText('STOP (exit 4): stopped while waiting for the storage admin');
  await expect(failure).toContainText('If it fails:');
  await expect(page.getByRole('heading', { name: 'What the script undid' })).toBeVisible();
  await expect(
    page.getByText('Step 4, Unmount the file systems of datavg: restored by the script'),
  ).toBeVisible();
  await expect(page.getByRole('checkbox', { name: '5. Take the copy' })).not.toBeChecked();

  // The runbook changes (another copy VG name): its script is another, and the old log is refused.
  await goToStep(page, /Phase 2/, 'Phase 2 · Access the VG');
  await page.getByRole('textbox', { name: 'Copy VG name' }).fill('fc2vg');
  await readBack(page, log.path);
  await expect(
    page.getByRole('alert').filter({ hasText: 'the log was written by another script' }),
  ).toBeVisible();
  await expect(page.getByRole('heading', { name: 'This record is of an earlier script' })).toBeVisible();
});
