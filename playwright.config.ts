import { defineConfig, devices } from '@playwright/test';
import { e2eAdmin, e2eInstructorPassword } from './e2e/support/accounts';
import { chromiumExecutable } from './e2e/support/chromium';

/**
 * The servers under test, each the built server and app (`npm run build`) on its own port with a throwaway database: one without
 * accounts (one person on localhost, as most admins run it) for the wizard's journeys, and one with
 * accounts (E2E_PORT + 1) for the team journeys in e2e/team. Both bind to 127.0.0.1 only, so they are
 * reached by that address: `localhost` may resolve to ::1 first.
 */
const port = Number(process.env.E2E_PORT ?? 8181);
const teamPort = port + 1;

const chromium = {
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
};

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
    { name: 'chromium', testIgnore: ['team/**', 'on-demand/**'], use: chromium },
    {
      name: 'team',
      testMatch: 'team/*.spec.ts',
      use: { ...chromium, baseURL: `http://127.0.0.1:${teamPort}` },
    },
  ],
  webServer: [
    {
      command: 'node --enable-source-maps dist-server/main.js',
      url: `http://127.0.0.1:${port}/api/health`,
      reuseExistingServer: false,
      timeout: 60_000,
      // The instructor password comes from the environment: the first-run token is only in the log.
      env: {
        PORT: String(port),
        VGCOPY_DB: `test-results/e2e-${port}.db`,
        VGCOPY_INSTRUCTOR_PASSWORD: e2eInstructorPassword,
      },
    },
    {
      command: 'node --enable-source-maps dist-server/main.js',
      url: `http://127.0.0.1:${teamPort}/api/health`,
      reuseExistingServer: false,
      timeout: 60_000,
      env: {
        PORT: String(teamPort),
        VGCOPY_DB: `test-results/e2e-${teamPort}.db`,
        VGCOPY_ACCOUNTS: 'on',
        VGCOPY_ADMIN_USER: e2eAdmin.username,
        VGCOPY_ADMIN_PASSWORD: e2eAdmin.password,
        // One session worker: the team journeys open few sessions, and the machine is shared.
        VGCOPY_SESSION_WORKERS: '1',
      },
    },
  ],
});
