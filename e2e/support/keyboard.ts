/** Keyboard-only driving: Tab to a control by its accessible name, checking the focus is shown. */
import { expect, type Page } from '@playwright/test';

/** The accessible name (roughly) and outline of the focused element. */
async function focused(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el) return { name: '', outline: 'none' };
    const labelled = el.getAttribute('aria-label');
    const byFor = el.id ? document.querySelector(`label[for="${el.id}"]`)?.textContent : null;
    const wrapping = el.closest('label')?.textContent;
    const name = (labelled ?? byFor ?? wrapping ?? el.textContent ?? '').trim();
    return { name, outline: getComputedStyle(el).outlineStyle };
  });
}

/** Presses Tab (at most `limit` times) until the focused control's name matches; asserts focus is visible. */
export async function tabTo(page: Page, name: RegExp, limit = 80): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const now = await focused(page);
    if (name.test(now.name)) {
      expect(now.outline, `focus outline on "${now.name}"`).not.toBe('none');
      return;
    }
  }
  throw new Error(`Tab never reached a control named ${name}`);
}
