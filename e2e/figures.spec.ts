/**
 * The figures of issue 5, printed by the tests (a benchmark, not a timed assertion, except the size
 * budget): the first page's JavaScript gzipped, and the time from an input to the checks panel's update.
 */
import { gzipSync } from 'node:zlib';
import { expect, test } from './support/csp';
import { goToStep, startSample } from './support/wizard';

test('the first page loads under 150 KB of gzipped JavaScript, and neither the terminal nor the shell', async ({
  page,
  request,
}) => {
  const scripts: string[] = [];
  page.on('response', (res) => {
    if (res.request().resourceType() === 'script') scripts.push(res.url());
  });
  await page.goto('/');
  await expect(page.getByRole('button', { name: 'New runbook' })).toBeVisible();
  await page.waitForLoadState('networkidle');
  let total = 0;
  const sizes: string[] = [];
  for (const url of scripts) {
    const body = await (await request.get(url)).body();
    const gz = gzipSync(body, { level: 9 }).length;
    total += gz;
    sizes.push(`${new URL(url).pathname} ${(gz / 1024).toFixed(1)} KB`);
    // xterm.js and just-bash must stay out of the first page: their code carries these names.
    expect(body.toString('utf8'), `${url} holds the terminal or the shell`).not.toMatch(
      /xterm-helper-textarea|just-bash/,
    );
  }
  console.log(
    `first page JavaScript: ${(total / 1024).toFixed(1)} KB gzipped in ${scripts.length} files\n  ${sizes.join('\n  ')}`,
  );
  expect(total).toBeLessThan(150 * 1024);
});

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

test('every interaction answers quickly: input to checks panel update, measured and printed', async ({
  page,
}) => {
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
  expect(times.update.length).toBeGreaterThan(10);
});
