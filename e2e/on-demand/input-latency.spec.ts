/**
 * `npm run bench:ui`: the time from each input to the checks panel's update and to the next painted
 * frame, typed as an admin types on the Start, Phase 1 and Phase 2 pages. A benchmark that prints its
 * figures: the machine's load decides them, so no test asserts on them.
 */
import { test } from '../support/csp';
import { goToStep, startSample } from '../support/wizard';

/** Time from each input event to the checks panel's update (its performance mark) and to the next frame. */
async function startTiming(page: import('@playwright/test').Page) {
  await page.evaluate(() => {
    const w = window as unknown as {
      vgcopyTimes: { update: number[]; frame: number[] };
      vgcopyInput?: number;
    };
    w.vgcopyTimes = { update: [], frame: [] };
    document.addEventListener('input', (e) => (w.vgcopyInput = e.timeStamp), true);
    document.addEventListener('change', (e) => (w.vgcopyInput = e.timeStamp), true);
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        const start = w.vgcopyInput;
        if (entry.name !== 'vgcopy:checks-updated' || start === undefined) continue;
        w.vgcopyInput = undefined;
        w.vgcopyTimes.update.push(entry.startTime - start);
        requestAnimationFrame(() => setTimeout(() => w.vgcopyTimes.frame.push(performance.now() - start)));
      }
    }).observe({ type: 'mark' });
  });
}

function summary(times: number[]): string {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))].toFixed(1);
  return `n=${sorted.length} median ${at(0.5)} ms, p95 ${at(0.95)} ms, max ${sorted[sorted.length - 1].toFixed(1)} ms`;
}

test('input to checks panel update and to the next frame, measured and printed', async ({ page }) => {
  await startSample(page);
  await startTiming(page);
  // Typing on the Start page (the biggest form): host name and a PVID, key by key.
  await page.getByLabel('Host name', { exact: true }).pressSequentially('aixbackup02', { delay: 20 });
  await page.getByLabel('PVID, row 1').fill('');
  await page.getByLabel('PVID, row 1').pressSequentially('00c8d3e4a1b2c3d9', { delay: 20 });
  await goToStep(page, /Phase 1/, 'Phase 1 · Configure LUNs');
  await startTiming(page);
  for (const choice of [
    'After the copy is made',
    'Before the copy is made (recommended)',
    'Refresh of an existing copy',
    'First copy',
  ]) {
    await page.getByLabel(choice).check();
  }
  await page.getByLabel('Target hdisk, row 3').pressSequentially('0', { delay: 20 });
  await goToStep(page, /Phase 2/, 'Phase 2 · Access the VG');
  await startTiming(page);
  await page.getByLabel('Copy VG name', { exact: true }).fill('');
  await page.getByLabel('Copy VG name', { exact: true }).pressSequentially('nightlycopyvg', { delay: 20 });
  await page.getByLabel('LV prefix', { exact: true }).pressSequentially('nc', { delay: 20 });
  await page.waitForTimeout(100);
  const times = await page.evaluate(
    () => (window as unknown as { vgcopyTimes: { update: number[]; frame: number[] } }).vgcopyTimes,
  );
  console.log(`input -> checks panel updated: ${summary(times.update)}`);
  console.log(`input -> next frame painted:   ${summary(times.frame)}`);
});
