import { defineConfig, devices } from '@playwright/test';
import { chromiumExecutable } from './e2e/support/chromium';

/**
 * The server under test: the built app on its own port and a throwaway database. It binds to 127.0.0.1
 * only (no accounts), so it is reached by that address: `localhost` may resolve to ::1 first.
 */
const port = Number(process.env.E2E_PORT ?? 8181);

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          executablePath: chromiumExecutable(),
          // Without these, Chromium keeps trying to reach the network, which this machine refuses.
          args: [
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--no-first-run',
          ],
        },
      },
    },
  ],
  webServer: {
    command: 'node --import tsx src/server/main.ts',
    url: `http://127.0.0.1:${port}/api/health`,
    reuseExistingServer: false,
    timeout: 60_000,
    env: { PORT: String(port), VGCOPY_DB: `test-results/e2e-${port}.db` },
  },
});
