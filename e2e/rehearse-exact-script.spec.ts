/**
 * The exact script rehearsed, so that what runs tonight is what was tried: the Rehearse page plays the
 * very script the Review page downloads, its pause for the storage admin included; the storage admin's part is done on the storage
 * console while the script waits at the AIX terminal, and time passes on the simulated host meanwhile.
 */
import { readFile, writeFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { exampleFacts } from '../src/core/test-support/facts';
import { runbookToFile } from '../src/app/store/runbook-file';
import { expect, test } from './support/csp';
import { nameStorageImage, scriptStatus, startRehearsal, typeAt } from './support/rehearsal';
import { goHome, goToStep, startSample } from './support/wizard';

const MKFLASH = 'mkflash -dev IBM.2107-75ABCD1 -record -persist -nocp 1000:1100 1001:1101 1002:1102';

/** Runs the loaded script to its end until it waits at the terminal for the storage admin. */
async function runToThePause(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Run the script' }).click();
  await page.getByRole('button', { name: 'Run to end' }).click();
  await expect(scriptStatus(page)).toHaveText(/^Waiting at line \d+ for an answer/, { timeout: 60_000 });
  // The terminal draws what the script printed after the status changes (xterm writes in frames, which a
  // loaded machine spaces out): give it the time a person would.
  const terminal = page.getByRole('region', { name: 'AIX host terminal' });
  await expect(terminal).toContainText('WAIT: the storage admin now does:', { timeout: 20_000 });
  await expect(terminal).toContainText('Type done when the storage admin has finished, or stop:');
}

test.beforeEach(async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
});

for (const where of ['on the vgcopy server', 'in this page'] as const) {
  test(`the downloaded script is rehearsed byte for byte; its storage pause is done in the Storage tab and answered in the terminal (simulator ${where})`, async ({
    page,
  }) => {
    test.setTimeout(180_000);
    // A socket that opens but never answers, as behind a static host: the page runs the simulator itself.
    if (where === 'in this page') await page.routeWebSocket('**/api/sessions/socket', () => {});
    await startSample(page);
    await nameStorageImage(page);
    await goToStep(page, /Review/, 'Review & export');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download script (.ksh)' }).click(),
    ]);
    const downloaded = await readFile(await download.path(), 'utf8');

    await startRehearsal(page);
    await expect(page.getByText(`Simulator: ${where}`)).toBeVisible();
    // The terminal is wide enough for lsvg -l and the storage admin's commands.
    const terminal = page.getByRole('region', { name: 'AIX host terminal' });
    expect(Number(await terminal.getAttribute('data-cols'))).toBeGreaterThanOrEqual(100);
    await page.getByText('The script to run').click();
    expect(await page.getByLabel(/^Script \(edit it here/).inputValue()).toBe(downloaded);

    await runToThePause(page);
    await expect(terminal).toContainText(MKFLASH.slice(0, 40));
    await typeAt(page, 'Storage admin', MKFLASH);
    await expect(page.getByRole('region', { name: 'Storage admin terminal' })).toContainText(
      'CMUC00137I mkflash: FlashCopy pair 1002:1102 successfully created.',
    );
    await typeAt(page, 'AIX host', 'done');
    await expect(scriptStatus(page)).toHaveText('The script ran to the end without an error.', {
      timeout: 60_000,
    });
    await expect(page.getByRole('log', { name: 'Session transcript' })).toContainText(
      'confirmed: the storage admin has finished',
    );
    await expect(page.getByText('The copy reached its goal (varied on, consistent, mounted)')).toBeVisible();
    await expect(
      page.getByRole('table', { name: 'Volume groups' }).getByRole('row', { name: /flashcopyvg/ }),
    ).toContainText('yes');
  });
}

test('a storage admin slower than the freeze timeout: the file systems thaw by themselves and the rehearsal says the copy cannot be used', async ({
  page,
}, testInfo) => {
  test.setTimeout(180_000);
  const file = testInfo.outputPath('freeze.json');
  const facts = exampleFacts((f) => {
    f.consistency.approach = 'freeze';
  });
  await writeFile(file, runbookToFile('Frozen datavg', facts));
  await page.goto('/');
  await page.getByLabel('Runbook file to import').setInputFiles(file);
  await page.getByRole('link', { name: 'Frozen datavg' }).click();
  await startRehearsal(page);

  await runToThePause(page);
  // At 60 times the wall clock, the 60-second freeze times out within a couple of seconds of waiting.
  await page.getByLabel('60×').check();
  await expect(page.getByRole('list', { name: 'Log' })).toContainText(
    'J2_FREEZE_TIMEOUT /dev/datalv: File system freeze timeout expired',
    { timeout: 30_000 },
  );
  await page.getByRole('button', { name: "Storage: play the storage admin's part" }).click();
  await expect(page.getByRole('log', { name: 'Session transcript' })).toContainText('successfully created');
  await typeAt(page, 'AIX host', 'done');
  await expect(scriptStatus(page)).toHaveText('The script ran to the end without an error.', {
    timeout: 60_000,
  });
  const problems = page.getByRole('list', { name: 'What is wrong with the copy' });
  await expect(problems).toContainText(/the freeze of \/dev\/datalv at \S+ timed out \(J2_FREEZE_TIMEOUT\)/);
  await goHome(page);
});
