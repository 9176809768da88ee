/**
 * `npm run bench:ui`: the wizard at 16, 256 and 1024 disks (half as many JFS2 file systems). For each size,
 * a new runbook's Start page is given the host's lspv, lsvg -l, lsvg -p and /etc/filesystems, and the
 * benchmark prints how long the admin waits: "Use what was read" until the forms show, a keystroke until
 * the next frame (in the disk table and at the top of the page), the checks panel's update after a
 * keystroke, Next, and the Review page until its script is highlighted; and the first page's JavaScript.
 * A benchmark that prints its figures: the machine's load decides them, so nothing asserts on them.
 */
import type { Locator, Page } from '@playwright/test';
import { runbookToFile } from '../../src/app/store/runbook-file';
import { bigVgFacts } from '../../src/core/bench';
import { bigVgPaste } from '../support/big-vg-paste';
import { expect, test } from '../support/csp';
import { firstPageScripts, totalKb } from '../support/first-page-js';
import { pasteAtOnce } from '../support/paste-timing';
import { openHome } from '../support/wizard';

const sizes = [16, 256, 1024];
// A trace snapshots the page's DOM at each action, in the page: it would be measured with the page.
test.use({ trace: 'off' });
/** What the page shows once the measured action is done: an element, with this value or text if given. */
interface Shown {
  selector: string;
  text?: string;
}

interface KeyTimes {
  /** Keystroke (its keydown) to the end of the next frame. */
  frame: number[];
  /** Keystroke to the checks panel's update (its performance mark), when the keystroke changed the facts. */
  checks: number[];
}

interface SizeFigures {
  disks: number;
  useWhatWasRead: number;
  diskTable: KeyTimes;
  topOfPage: KeyTimes;
  next: number;
  review: number;
}

/** Records each click's time, and each keystroke's time to the end of the next frame and to the checks panel. */
async function watchInput(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as {
      bench: { clickAt?: number; keyAt?: number; key: number; checked: number } & KeyTimes;
    };
    w.bench = { key: 0, checked: 0, frame: [], checks: [] };
    document.addEventListener('click', (e) => (w.bench.clickAt = e.timeStamp), true);
    document.addEventListener(
      'keydown',
      (e) => {
        const start = e.timeStamp;
        w.bench.keyAt = start;
        w.bench.key++;
        // The key's input event and the render it causes run in this task; the next frame shows them.
        // The task after the frame's callbacks, style, layout and paint ends it.
        requestAnimationFrame(() => setTimeout(() => w.bench.frame.push(performance.now() - start)));
      },
      true,
    );
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        if (entry.name !== 'vgcopy:checks-updated' || w.bench.keyAt === undefined) continue;
        // The first update after each keystroke.
        if (w.bench.checked === w.bench.key) continue;
        w.bench.checked = w.bench.key;
        w.bench.checks.push(entry.startTime - w.bench.keyAt);
      }
    }).observe({ type: 'mark' });
  });
}

/** Milliseconds from a click on `target` to the first frame that shows `shown`. */
async function clickToFrame(page: Page, target: Locator, shown: Shown): Promise<number> {
  await page.evaluate(() => {
    (window as unknown as { bench: { clickAt?: number } }).bench.clickAt = undefined;
  });
  await target.click();
  const ms = await page.waitForFunction(
    ({ selector, text }) => {
      const { clickAt } = (window as unknown as { bench: { clickAt?: number } }).bench;
      const element = document.querySelector(selector);
      if (clickAt === undefined || !element) return false;
      const value = element instanceof HTMLInputElement ? element.value : element.textContent;
      return text === undefined || value === text ? performance.now() - clickAt : false;
    },
    shown,
    { polling: 'raf', timeout: 120_000 },
  );
  return (await ms.jsonValue()) as number;
}

/**
 * Types 16 characters at the end of a field and erases them again, key by key at a typist's pace (a key
 * every 100 ms or, when the page is slower, once it has drawn the last one): 32 keystrokes.
 */
async function typeTimed(page: Page, field: Locator, characters: string): Promise<KeyTimes> {
  await field.click();
  const keys = ['End', ...characters, ...Array.from(characters, () => 'Backspace')];
  const before = await page.evaluate(() => {
    const { bench } = window as unknown as { bench: KeyTimes };
    return { frame: bench.frame.length, checks: bench.checks.length };
  });
  for (const [i, key] of keys.entries()) {
    await field.press(key);
    await page.waitForFunction(
      (n) => (window as unknown as { bench: KeyTimes }).bench.frame.length >= n,
      before.frame + i + 1,
      { polling: 'raf', timeout: 60_000 },
    );
    await page.waitForTimeout(100);
  }
  await page.waitForTimeout(500);
  return page.evaluate((from) => {
    const { bench } = window as unknown as { bench: KeyTimes };
    // Not the End key that put the caret at the end.
    return { frame: bench.frame.slice(from.frame + 1), checks: bench.checks.slice(from.checks) };
  }, before);
}

async function measureSize(page: Page, disks: number): Promise<SizeFigures> {
  const paste = await bigVgPaste(disks);
  await page.evaluate(() => localStorage.clear());
  await openHome(page);
  await watchInput(page);
  await page.getByRole('button', { name: 'New runbook' }).click();
  await pasteAtOnce(page.getByLabel('AIX command output'), paste.text);
  const use = page.getByRole('button', { name: 'Use what was read' });
  await expect(use).toBeEnabled({ timeout: 60_000 });
  const useWhatWasRead = await clickToFrame(page, use, {
    selector: 'input[aria-label="PVID, row 1"]',
    text: paste.firstDisk.pvid,
  });
  const diskTable = await typeTimed(
    page,
    page.getByLabel('Storage volume, row 1', { exact: true }),
    '0123456789abcdef',
  );
  const topOfPage = await typeTimed(page, page.getByLabel('Host name', { exact: true }), 'abcdefghijklmnop');
  const next = await clickToFrame(page, page.getByRole('link', { name: 'Next →' }), {
    selector: 'h1',
    text: 'Phase 1 · Configure LUNs',
  });

  // Review shows the script only without blockers: a complete runbook of the same size, imported.
  const name = `Big VG of ${disks} disks`;
  await openHome(page);
  await watchInput(page);
  await page.getByLabel('Runbook file to import').setInputFiles({
    name: 'big-vg.json',
    mimeType: 'application/json',
    buffer: Buffer.from(runbookToFile(name, bigVgFacts(disks, disks / 2))),
  });
  await page.getByRole('link', { name }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Start' })).toBeVisible({ timeout: 60_000 });
  const review = await clickToFrame(
    page,
    page.getByRole('navigation', { name: 'Wizard steps' }).getByRole('link', { name: /Review/ }),
    { selector: 'section[aria-label="The ksh script"] code.hljs [class^="hljs-"]' },
  );
  return { disks, useWhatWasRead, diskTable, topOfPage, next, review };
}

function quantile(times: readonly number[], q: number): number {
  const sorted = [...times].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
}

const ms = (t: number) => `${Math.round(t)} ms`;
const medianAndP95 = (times: readonly number[]) =>
  `${ms(quantile(times, 0.5))} / ${ms(quantile(times, 0.95))} (n=${times.length})`;

function table(figures: readonly SizeFigures[], firstPageKb: number): string {
  const rows: [string, (f: SizeFigures) => string][] = [
    ['"Use what was read" until the forms show', (f) => ms(f.useWhatWasRead)],
    ['keystroke in a disk-table field to next frame, median / p95', (f) => medianAndP95(f.diskTable.frame)],
    ['keystroke in a top-of-page field to next frame, median / p95', (f) => medianAndP95(f.topOfPage.frame)],
    [
      'keystroke to the checks panel updated, median / p95',
      (f) => medianAndP95([...f.diskTable.checks, ...f.topOfPage.checks]),
    ],
    ['Next page (Start to Phase 1)', (f) => ms(f.next)],
    ['Review with the script highlighted', (f) => ms(f.review)],
  ];
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [
    line(['disks / file systems', ...figures.map((f) => `${f.disks} / ${f.disks / 2}`)]),
    line(['---', ...figures.map(() => '---')]),
    ...rows.map(([label, cell]) => line([label, ...figures.map(cell)])),
    '',
    `first page JavaScript: ${firstPageKb.toFixed(1)} KB gzipped`,
  ].join('\n');
}

test('the wizard at 16, 256 and 1024 disks: what the admin waits for, measured and printed', async ({
  page,
  request,
}) => {
  // Until the long tables draw only the rows in view, a keystroke at 1024 disks takes seconds on a loaded machine.
  test.setTimeout(60 * 60_000);
  await page.setViewportSize({ width: 1280, height: 900 });
  const firstPageKb = totalKb(await firstPageScripts(page, request));
  const figures: SizeFigures[] = [];
  for (const disks of sizes) {
    figures.push(await measureSize(page, disks));
    // Each size as it is measured: the biggest takes minutes on a loaded machine.
    console.log(table(figures, firstPageKb));
  }
});
