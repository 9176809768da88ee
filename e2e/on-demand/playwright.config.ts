import { fileURLToPath } from 'node:url';
import { defineConfig } from '@playwright/test';
import base from '../../playwright.config';

/**
 * What runs on demand, never in `npm test`: `npm run screenshots` (the README's pictures, written into
 * docs/screenshots) and `npm run bench:ui` (figures that depend on the machine's load). The browser and
 * the server without accounts are the browser tests' own (../../playwright.config.ts).
 */
const root = fileURLToPath(new URL('../../', import.meta.url));
const [server] = [base.webServer ?? []].flat();
const [project] = base.projects ?? [];

export default defineConfig({
  ...base,
  testDir: '.',
  outputDir: `${root}test-results/on-demand`,
  projects: [{ ...project, testIgnore: undefined }],
  webServer: { ...server, cwd: root },
});
