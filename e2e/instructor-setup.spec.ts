/**
 * The instructor page of a server without accounts at its first start: the password is set with the
 * token from the server's log and typed twice. The server under test has its password from the
 * environment (playwright.config.ts), so the page is shown the status of a fresh server; what the page
 * sends still reaches the real server, which answers that the password is set already.
 */
import { expectNoSeriousViolations } from './support/axe';
import { expect, test } from './support/csp';

test("the first instructor password asks for the log's token and the password twice", async ({ page }) => {
  await page.route('**/api/instructor/status', (route) => route.fulfill({ json: { passwordSet: false } }));
  await page.goto('/instructor');
  await expect(page.getByText('No instructor password is set yet.')).toContainText(
    'Set it with the setup token the vgcopy server printed in its log at start',
  );
  const set = page.getByRole('button', { name: 'Set the password' });
  await page.getByLabel('Choose the instructor password (at least 8 characters)').fill('train the trainers');
  await expect(set).toBeDisabled();
  await page.getByLabel('Type the instructor password again').fill('train the trainers');
  await expect(set).toBeDisabled();
  await page.getByLabel("Setup token from the server's log").fill('token-from-the-log');
  await expect(set).toBeEnabled();
  for (const width of [1280, 1024]) {
    await page.setViewportSize({ width, height: 768 });
    await expectNoSeriousViolations(page, `the instructor password's first setting at ${width}`);
  }
  await set.click();
  await expect(page.getByRole('alert')).toHaveText(
    'The instructor password is already set; start the server with VGCOPY_INSTRUCTOR_PASSWORD to change it.',
  );
});
