/**
 * What a large paste costs the page's thread, measured in the page: the long tasks (over 50 ms) the
 * browser reports while it is read, and the time from a keystroke in another field to its value in
 * that field. Printed by the tests (figures, not timed assertions: the machine is shared).
 */
import type { Locator, Page } from '@playwright/test';
import { largePastes } from '../../src/core/bench';

/**
 * 2 MB of rows of every layout without command lines, cut at 64 columns (the bench's heaviest paste):
 * split by shape, most lines refused, cut rows looked for.
 */
export const garbagePaste = largePastes(2_000_000).cut;

/** Starts recording the page's long tasks. */
export async function watchLongTasks(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { longTasks: number[] };
    w.longTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.longTasks.push(entry.duration);
    }).observe({ type: 'longtask' });
  });
}

/** The long tasks recorded so far: how many, the longest, and their sum, in ms. */
export async function longTasks(page: Page): Promise<{ count: number; longest: number; total: number }> {
  const tasks = await page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks);
  return {
    count: tasks.length,
    longest: Math.round(Math.max(0, ...tasks)),
    total: Math.round(tasks.reduce((a, b) => a + b, 0)),
  };
}

/** Pastes text at once: one input event, as a paste is (Playwright's fill types it far slower). */
export async function pasteAtOnce(box: Locator, text: string): Promise<void> {
  await box.evaluate((element, value) => {
    const textarea = element as HTMLTextAreaElement;
    Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')?.set?.call(textarea, value);
    textarea.dispatchEvent(new Event('input', { bubbles: true }));
  }, text);
}
