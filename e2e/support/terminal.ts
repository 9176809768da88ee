/** Typing at the simulated AIX host's terminal in the browser tests. */
import { expect, type Page } from '@playwright/test';

/**
 * Types a command at the AIX prompt with the keyboard and waits until its output is in the transcript
 * (the log named `transcript`: the training page's, or an exam's).
 */
export async function typeCommand(
  page: Page,
  line: string,
  transcript = 'Session transcript',
): Promise<void> {
  const log = page.getByRole('log', { name: transcript });
  const before = await log.getByRole('listitem').count();
  await page.getByRole('region', { name: 'AIX host terminal' }).click();
  await page.keyboard.type(line);
  await page.keyboard.press('Enter');
  await expect(log.getByRole('listitem')).toHaveCount(before + 1);
  await expect(log.getByRole('listitem').last()).toContainText(line);
}
