/**
 * The first page's JavaScript budget, printed with its figures. The time from an input to the checks
 * panel's update is a benchmark, not a test: `npm run bench:ui` (e2e/on-demand/input-latency.spec.ts).
 */
import { gzipSync } from 'node:zlib';
import { expect, test } from './support/csp';

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
