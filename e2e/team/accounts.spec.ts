/**
 * The admin's side of accounts: sign in (by keyboard), a wrong password refused at the form, the users
 * page (three people in two teams, a refused and a confirmed deletion), sign out; axe on the new pages.
 */
import type { Page } from '@playwright/test';
import { expect, test } from '../support/csp';
import { expectNoSeriousViolations } from '../support/axe';
import { accountBar, e2eAdmin, person, signIn, unique } from '../support/accounts';
import { tabTo } from '../support/keyboard';

async function createUser(
  page: Page,
  who: { username: string; password: string; roles: string[]; team: string },
) {
  const form = page.getByRole('region', { name: 'New user' });
  await form.getByLabel('User name').fill(who.username);
  await form.getByLabel('First password').fill(who.password);
  await form.getByLabel('Team').fill(who.team);
  for (const role of ['admin', 'instructor', 'reviewer', 'operator', 'trainee']) {
    await form.getByLabel(role, { exact: true }).setChecked(who.roles.includes(role));
  }
  await form.getByRole('button', { name: 'Create user' }).click();
  await expect(form.getByRole('status')).toHaveText(`Created ${who.username}.`);
}

test('the admin signs in by keyboard, makes two operators in two teams and a trainee, and signs out', async ({
  page,
}) => {
  const teamA = unique('alpha');
  const teamB = unique('beta');
  const operatorA = person('opa', ['operator'], teamA);
  const operatorB = person('opb', ['operator'], teamB);
  const trainee = person('trainee', ['trainee'], teamA);

  // A visit before signing in lands on the sign-in page, which remembers where the visit was going.
  await page.goto('/train');
  await expect(page).toHaveURL(/\/login\?next=%2Ftrain$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();

  // A wrong password is refused at the form, in the server's words.
  await page.getByLabel('User name', { exact: true }).fill(e2eAdmin.username);
  await page.getByLabel('Password', { exact: true }).fill('not the admin password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('alert')).toHaveText('Wrong user name or password.');
  await expect(page).toHaveURL(/\/login/);

  // Signed in by keyboard only, the admin is taken on to the page the visit was for.
  await page.goto('/login');
  await tabTo(page, /^User name$/);
  await page.keyboard.type(e2eAdmin.username);
  await tabTo(page, /^Password$/);
  await page.keyboard.type(e2eAdmin.password);
  await page.keyboard.press('Enter');
  await expect(accountBar(page)).toContainText(`Signed in as ${e2eAdmin.username} (admin`);
  await expect(page.getByRole('heading', { level: 1, name: 'vgcopy' })).toBeVisible();
  await tabTo(page, /^Users$/);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Users' })).toBeVisible();

  for (const who of [operatorA, operatorB, trainee]) await createUser(page, who);
  const accounts = page.getByRole('list', { name: 'Accounts' });
  await expect(accounts.getByRole('listitem').filter({ hasText: operatorA.username })).toContainText(
    `operator · team ${teamA}`,
  );
  await expect(accounts.getByRole('listitem').filter({ hasText: operatorB.username })).toContainText(
    `operator · team ${teamB}`,
  );
  await expect(accounts.getByRole('listitem').filter({ hasText: trainee.username })).toContainText(
    `trainee · team ${teamA}`,
  );

  // A password the server refuses is explained at the form.
  const form = page.getByRole('region', { name: 'New user' });
  await form.getByLabel('User name').fill(unique('short'));
  await form.getByLabel('First password').fill('too short');
  await form.getByLabel('Team').fill(teamA);
  await form.getByRole('button', { name: 'Create user' }).click();
  await expect(form.getByRole('alert')).toContainText('12');

  // The trainee becomes a reviewer too; deletion asks first, and the last admin cannot be deleted.
  const traineeRow = accounts.getByRole('listitem').filter({ hasText: trainee.username });
  await traineeRow.getByRole('button', { name: `Change ${trainee.username}` }).click();
  await traineeRow.getByLabel('reviewer', { exact: true }).check();
  await traineeRow.getByRole('button', { name: 'Save roles and team' }).click();
  await expect(traineeRow.getByRole('status')).toHaveText(`Saved the roles and team of ${trainee.username}.`);
  await expect(traineeRow).toContainText(`reviewer, trainee · team ${teamA}`);

  const adminRow = accounts.getByRole('listitem').filter({ hasText: `${e2eAdmin.username} (you)` });
  await adminRow.getByRole('button', { name: `Change ${e2eAdmin.username}` }).click();
  await adminRow.getByRole('button', { name: `Delete ${e2eAdmin.username}` }).click();
  await adminRow.getByRole('button', { name: `Yes, delete ${e2eAdmin.username}` }).click();
  await expect(adminRow.getByRole('alert')).toHaveText(
    `"${e2eAdmin.username}" is the last admin who can sign in, so it cannot be deleted: make another account admin first.`,
  );

  const rowB = accounts.getByRole('listitem').filter({ hasText: operatorB.username });
  await rowB.getByRole('button', { name: `Change ${operatorB.username}` }).click();
  await rowB.getByRole('button', { name: `Delete ${operatorB.username}` }).click();
  await rowB.getByRole('button', { name: `Keep ${operatorB.username}` }).click();
  await rowB.getByRole('button', { name: `Disable ${operatorB.username}` }).click();
  await expect(rowB.getByRole('status')).toHaveText(`${operatorB.username} can no longer sign in.`);
  await expect(rowB).toContainText(`operator · team ${teamB} · disabled`);
  await rowB.getByRole('button', { name: `Delete ${operatorB.username}` }).click();
  await rowB.getByRole('button', { name: `Yes, delete ${operatorB.username}` }).click();
  await expect(accounts.getByRole('listitem').filter({ hasText: operatorB.username })).toHaveCount(0);

  // A new password for operator A, which A then signs in with.
  const rowA = accounts.getByRole('listitem').filter({ hasText: operatorA.username });
  operatorA.password = 'a new password for A';
  await rowA.getByRole('button', { name: `Change ${operatorA.username}` }).click();
  await rowA.getByLabel(`New password for ${operatorA.username}`).fill(operatorA.password);
  await rowA.getByRole('button', { name: 'Reset password' }).click();
  await expect(rowA.getByRole('status')).toHaveText(`Set a new password for ${operatorA.username}.`);

  // Signing out returns to the sign-in page, and the pages ask to sign in again.
  await accountBar(page).getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
  await page.goto('/admin/users');
  await expect(page).toHaveURL(/\/login\?next=%2Fadmin%2Fusers$/);

  // The operator made above signs in with the password the admin set.
  await signIn(page, operatorA);
  await expect(page.getByRole('heading', { level: 1, name: 'Users' })).toBeVisible();
  await expect(page.getByRole('alert')).toHaveText(
    'Only an admin manages users; ask one to change your account.',
  );
});

test('too many failed sign-ins are refused with the wait the server asks for', async ({ page }) => {
  const name = unique('guess');
  await page.goto('/login');
  for (let i = 0; i < 5; i++) {
    await page.getByLabel('User name', { exact: true }).fill(name);
    await page.getByLabel('Password', { exact: true }).fill(`guess number ${i}`);
    await page.getByRole('button', { name: 'Sign in' }).click();
    // The button is back once the server has answered this attempt.
    await expect(page.getByRole('button', { name: 'Sign in' })).toBeEnabled();
    await expect(page.getByRole('alert')).toHaveText('Wrong user name or password.');
  }
  await page.getByLabel('Password', { exact: true }).fill('one guess too many');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('alert')).toHaveText(
    `Too many failed sign-ins as "${name}" from your address; wait 15 minutes and try again, or ask an admin to set a new password.`,
  );
});

test('axe-core finds no serious or critical violation on the sign-in, users, home and instructor pages', async ({
  page,
}) => {
  await page.goto('/login');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
  await expectNoSeriousViolations(page, 'sign-in');
  await signIn(page, e2eAdmin);
  await expectNoSeriousViolations(page, 'home with accounts');
  await page.goto('/admin/users');
  const accounts = page.getByRole('list', { name: 'Accounts' });
  await accounts.getByRole('button', { name: `Change ${e2eAdmin.username}` }).click();
  await expect(accounts.getByLabel(`New password for ${e2eAdmin.username}`)).toBeVisible();
  await expectNoSeriousViolations(page, 'users');
  await page.goto('/instructor');
  await expect(page.getByRole('heading', { level: 2, name: 'All attempts' })).toBeVisible();
  await expectNoSeriousViolations(page, 'instructor with accounts');
});
