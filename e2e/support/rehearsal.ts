/** Steps of a rehearsal on the Rehearse page, in the page's words (roles and labels). */
import { expect, type Page } from '@playwright/test';
import { goToStep } from './wizard';

/** The script runner's status line. */
export function scriptStatus(page: Page) {
  return page.getByRole('status').filter({ hasText: /^(Paused|Running|Waiting|The script ran|Stopped)/ });
}

/**
 * Names the runbook's DS8000 storage image on Phase 1, as lssi shows it: the storage admin's commands
 * that the script prints at its pause name the box with it.
 */
export async function nameStorageImage(page: Page, image = 'IBM.2107-75ABCD1'): Promise<void> {
  await goToStep(page, /Phase 1/, 'Phase 1 · Configure LUNs');
  await page.getByRole('textbox', { name: 'DS8000 storage image id' }).fill(image);
}

/** Opens the Rehearse page of the runbook and starts a rehearsal on its own layout (its twin). */
export async function startRehearsal(page: Page): Promise<void> {
  await goToStep(page, /Rehearse/, 'Rehearse');
  await expect(page.getByLabel("This runbook's layout (its VG, disks and mount points)")).toBeChecked();
  await page.getByRole('button', { name: 'Start the rehearsal' }).click();
  await expect(page.getByRole('region', { name: 'AIX host terminal' })).toBeVisible();
}

/** Types a line at one of the consoles, as the admin does: its tab, a click in the terminal, Enter. */
export async function typeAt(page: Page, console: 'AIX host' | 'Storage admin', line: string): Promise<void> {
  await page.getByRole('tab', { name: console }).click();
  await page.getByRole('region', { name: `${console} terminal` }).click();
  await page.keyboard.type(line);
  await page.keyboard.press('Enter');
}
