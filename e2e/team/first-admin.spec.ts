/**
 * The first admin of a fresh server with accounts and no admin in its environment: every page leads to
 * First admin, which takes the setup token from the server's log (a wrong one is refused in the server's
 * words), and signs the new admin in. This journey starts its own server: the team server has its admin.
 */
import AxeBuilder from '@axe-core/playwright';
import { spawnServer } from '../../src/server/sessions/spawn-server';
import { accountBar } from '../support/accounts';
import { expect, test } from '../support/csp';

test('the first admin is made with the setup token from the log, and is signed in', async ({ page }) => {
  const server = await spawnServer(
    {
      VGCOPY_ACCOUNTS: 'on',
      VGCOPY_DB: `test-results/first-admin-${Date.now()}.db`,
      VGCOPY_SESSION_WORKERS: '0',
    },
    'build',
  );
  try {
    await expect.poll(() => /with the token (\S+)/.exec(server.output())?.[1]).toBeTruthy();
    const token = /with the token (\S+)/.exec(server.output())?.[1] ?? '';

    await page.goto(`${server.url}/runbooks/abc/start`);
    await expect(page).toHaveURL(`${server.url}/setup`);
    await expect(page.getByRole('heading', { level: 1, name: 'First admin' })).toBeVisible();
    const { violations } = await new AxeBuilder({ page }).analyze();
    expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);

    await page.getByLabel('Setup token').fill('not the token');
    await page.getByLabel('User name').fill('root-admin');
    await page.getByLabel('Password', { exact: true }).fill('the first admin password');
    await page.getByLabel('Confirm the password').fill('the first admin passwrod');
    await page.getByRole('button', { name: 'Create the admin and sign in' }).click();
    await expect(page.getByRole('alert')).toHaveText(
      'The two passwords differ; type the same password twice.',
    );

    await page.getByLabel('Confirm the password').fill('the first admin password');
    await page.getByRole('button', { name: 'Create the admin and sign in' }).click();
    await expect(page.getByRole('alert')).toHaveText(
      'That is not the setup token, or it was used already: copy it from the line "vgcopy: no admin yet" in the server log (restarting the server prints a new one).',
    );

    await page.getByLabel('Setup token').fill(token);
    await page.getByRole('button', { name: 'Create the admin and sign in' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Users' })).toBeVisible();
    await expect(accountBar(page)).toContainText('Signed in as root-admin (admin; team admins)');
    await expect(page.getByRole('list', { name: 'Accounts' })).toContainText('root-admin (you)');
  } finally {
    await server.stop();
  }
});
