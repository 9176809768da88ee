/**
 * The browser tests' `test`, with a guard: the test fails if the page (or its Web Worker) reports a
 * Content-Security-Policy violation, so the policy the server sends (src/server/security/headers.ts)
 * is proven against the built app on every page a journey visits. Chromium logs each violation to the
 * console and fires `securitypolicyviolation`; both are caught, the event through a script Playwright
 * adds outside the page's policy.
 */
import { test as base, expect } from '@playwright/test';

export { expect };

export const test = base.extend<{ contentSecurityPolicyGuard: undefined }>({
  contentSecurityPolicyGuard: [
    async ({ page }, use) => {
      const violations: string[] = [];
      const watch = (text: string) => {
        if (/Content Security Policy|securitypolicyviolation/i.test(text)) violations.push(text);
      };
      page.on('console', (message) => watch(message.text()));
      page.on('worker', (worker) => worker.on('console', (message) => watch(message.text())));
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (event) => {
          console.error(
            `securitypolicyviolation: ${event.effectiveDirective} refused ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`,
          );
        });
      });
      await use(undefined);
      expect(violations, 'Content-Security-Policy violations reported by the page').toEqual([]);
    },
    { auto: true },
  ],
});
