/** Steps an admin takes in the wizard, in the words of the page (roles and labels), shared by the journeys. */
import { expect, type Page } from '@playwright/test';

/** Opens a fresh home page with an empty browser store. */
export async function openHome(page: Page): Promise<void> {
  await page.goto('/');
  await expect(page.getByRole('button', { name: 'New runbook' })).toBeVisible();
}

/** Starts the sample runbook (datavg on three DS8000 LUNs, FlashCopy onto LUNs configured first). */
export async function startSample(page: Page): Promise<string> {
  await openHome(page);
  await page.getByRole('button', { name: 'Try the sample environment' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Start' })).toBeVisible();
  return runbookIdOf(page);
}

/** The runbook id in the current URL (/runbooks/:id/:step). */
export function runbookIdOf(page: Page): string {
  const match = /\/runbooks\/([^/]+)\//.exec(page.url());
  if (!match) throw new Error(`not on a runbook page: ${page.url()}`);
  return match[1];
}

/** Goes to a wizard page by its stepper link. */
export async function goToStep(page: Page, title: RegExp, heading: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Wizard steps' }).getByRole('link', { name: title }).click();
  await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
}

/** The checks panel, or on Review (which lists the checks itself, without the panel) its Checks section. */
export function checksPanel(page: Page) {
  return page
    .getByRole('complementary', { name: 'Checks' })
    .or(page.getByRole('region', { name: 'Checks', exact: true }));
}

/** Back to the list of runbooks by the header's home link. */
export async function goHome(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'vgcopy', exact: true }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Your runbooks' })).toBeVisible();
}

/** The checks panel reports no blocker (either nothing at all, or warnings and advice only). */
export async function expectNoBlocker(page: Page): Promise<void> {
  await expect(checksPanel(page).getByRole('status')).toHaveText(
    /^(0 blockers|No problem found so far|Every check passes)/,
  );
}

/** On the Consistency page, answers a yes/no question by its legend (nothing is answered for the admin). */
export async function answer(page: Page, question: string | RegExp, yes: boolean): Promise<void> {
  await page
    .getByRole('group', { name: question })
    .getByLabel(yes ? 'Yes' : 'No')
    .check();
}

/** Goes to the Consistency page and says the file systems can be unmounted while the copy is taken. */
export async function answerUnmount(page: Page): Promise<void> {
  await goToStep(page, /Consistency/, 'Consistency');
  await answer(page, '1. Can the file systems be unmounted while the copy is taken?', true);
}

/**
 * On the Consistency page, answers the decision path for a live DB2 copy: the file systems stay mounted,
 * the storage copies all `lunCount` LUNs in one consistency group, and DB2 database PRD goes into write
 * suspend around the copy. The path must end in freeze/thaw with a consistency group.
 */
export async function answerLiveDb2Copy(page: Page, lunCount: number): Promise<void> {
  await answer(page, '1. Can the file systems be unmounted while the copy is taken?', false);
  await answer(page, new RegExp(`3\\. Can the storage copy all ${lunCount} LUNs`), true);
  await expect(
    page.getByLabel('Both freeze/thaw and a consistency group · follows from your answers'),
  ).toBeChecked();
  await page.getByRole('button', { name: 'Add DB2' }).click();
  await page.getByLabel('DB2 database name').fill('PRD');
  await answer(page, 'Does DB2 PRD run while the copy is taken?', true);
  await answer(page, 'Can DB2 PRD recover from a crash (as after a power cut)?', true);
  await page.getByLabel('DB2 PRD: AIX user that owns it').fill('db2inst1');
  await page
    .getByLabel('DB2 PRD: command that starts hot-backup mode')
    .fill('db2 connect to PRD && db2 set write suspend for database');
  await page
    .getByLabel('DB2 PRD: command that ends hot-backup mode')
    .fill('db2 connect to PRD && db2 set write resume for database');
}
