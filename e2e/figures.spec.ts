/**
 * The first page's JavaScript budget, printed with its figures. The time from an input to the next frame,
 * and the other timings of the wizard at 16 to 1024 disks, are a benchmark, not a test: `npm run bench:ui`
 * (e2e/on-demand/input-latency.spec.ts).
 */
import { expect, test } from './support/csp';
import { firstPageScripts, totalKb } from './support/first-page-js';

test('the first page loads under 150 KB of gzipped JavaScript, and neither the terminal nor the shell', async ({
  page,
  request,
}) => {
  const scripts = await firstPageScripts(page, request);
  for (const { path, body } of scripts) {
    // xterm.js and just-bash must stay out of the first page: their code carries these names.
    expect(body, `${path} holds the terminal or the shell`).not.toMatch(/xterm-helper-textarea|just-bash/);
  }
  const sizes = scripts.map((s) => `${s.path} ${(s.gzippedBytes / 1024).toFixed(1)} KB`);
  console.log(
    `first page JavaScript: ${totalKb(scripts).toFixed(1)} KB gzipped in ${scripts.length} files\n  ${sizes.join('\n  ')}`,
  );
  expect(totalKb(scripts)).toBeLessThan(150);
});
