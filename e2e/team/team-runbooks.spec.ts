/**
 * Runbooks in a team: the owner's runbook is saved on the server and listed with its owner, team and
 * history; an operator of another team neither sees it nor opens its link; a reviewer of the team reads
 * it but the server refuses their change, and the page says so; a session that ends while the owner types
 * loses nothing: after signing in again the change reaches the server.
 */
import { expect, test } from '../support/csp';
import { accountBar, createPeople, person, signIn, unique } from '../support/accounts';
import { goHome, goToStep, runbookIdOf, startSample } from '../support/wizard';

test('a runbook is its team’s: listed with its owner, hidden from another team, read-only for a reviewer', async ({
  page: pageA,
  browser,
  baseURL,
}) => {
  const teamA = unique('alpha');
  const operatorA = person('opa', ['operator'], teamA);
  const operatorB = person('opb', ['operator'], unique('beta'));
  const reviewerA = person('rev', ['reviewer'], teamA);
  await createPeople(baseURL ?? '', operatorA, operatorB, reviewerA);
  const name = unique('Alpha datavg');

  // Operator A makes a runbook; it reaches the server and is listed with its owner and team.
  await pageA.goto('/');
  await signIn(pageA, operatorA);
  await startSample(pageA);
  const id = runbookIdOf(pageA);
  await pageA.getByLabel('Runbook name', { exact: true }).fill(name);
  await expect(pageA.getByText('Saved in this browser and on the server')).toBeVisible();
  await goHome(pageA);
  const row = pageA
    .getByRole('list', { name: 'Your runbooks' })
    .getByRole('listitem')
    .filter({ hasText: name });
  await expect(row).toContainText(`Owner ${operatorA.username} · team ${teamA}`);
  await row.getByText('History').click();
  await expect(row.getByRole('list', { name: `History of ${name}` })).toContainText(operatorA.username);

  // Operator B, of another team, does not see it, and its link says it is not theirs.
  const contextB = await browser.newContext();
  const pageB = await contextB.newPage();
  await pageB.goto('/');
  await signIn(pageB, operatorB);
  await expect(pageB.getByRole('heading', { level: 2, name: 'Your runbooks' })).toBeVisible();
  await expect(pageB.getByText(name)).toHaveCount(0);
  await pageB.goto(`/runbooks/${id}/start`);
  await expect(pageB.getByRole('heading', { level: 1, name: 'Not your runbook' })).toBeVisible();
  await expect(pageB.getByRole('alert')).toHaveText(
    `Runbook “${id}” is not yours to open. Runbook "${id}" belongs to another team (${teamA}); ask one of its operators or an admin.`,
  );
  await contextB.close();

  // A reviewer of team A finds it in the list and reads it; a change stays in their browser, and says why.
  const contextR = await browser.newContext();
  const pageR = await contextR.newPage();
  await pageR.goto('/');
  await signIn(pageR, reviewerA);
  await pageR.getByRole('link', { name }).click();
  await expect(pageR.getByText('You may only read this runbook')).toBeVisible();
  await goToStep(pageR, /Phase 2/, 'Phase 2 · Access the VG');
  await pageR.getByLabel('Copy VG name', { exact: true }).fill('reviewvg');
  await expect(pageR.getByRole('status').filter({ hasText: 'Saved in this browser' })).toHaveText(
    'Saved in this browser, not saved on the server: you may only read this runbook',
  );
  await contextR.close();

  // A's session ends while A types: the page asks to sign in again, and the change is not lost.
  await pageA.getByRole('link', { name }).click();
  await goToStep(pageA, /Phase 2/, 'Phase 2 · Access the VG');
  await pageA.context().clearCookies();
  await pageA.getByLabel('Copy VG name', { exact: true }).fill('alphavg');
  await expect(pageA.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
  await expect(pageA.getByRole('status')).toContainText('Your session has ended');
  await signIn(pageA, operatorA);
  await expect(pageA.getByRole('heading', { level: 1, name: 'Phase 2 · Access the VG' })).toBeVisible();
  await expect(pageA.getByLabel('Copy VG name', { exact: true })).toHaveValue('alphavg');
  await expect(pageA.getByText('Saved in this browser and on the server')).toBeVisible();
  const onServer = await pageA.request.get(`/api/runbooks/${id}`);
  expect((await onServer.json()).facts.newVg.name).toBe('alphavg');

  await accountBar(pageA).getByRole('button', { name: 'Sign out' }).click();
  await expect(pageA.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
});
