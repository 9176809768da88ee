/**
 * Nothing lost: two tabs of one browser on one runbook see each other's changes at once and both reach
 * the server; two admins (two browsers) saving over each other's change get a visible conflict, compare
 * both versions, and keep theirs or take the other.
 */
import type { Page } from '@playwright/test';
import { expectNoSeriousViolations } from './support/axe';
import { expect, test } from './support/csp';
import { runbookIdOf, startSample } from './support/wizard';

const saved = 'Saved in this browser and on the server';
const syncStatus = (page: Page) => page.getByRole('banner').getByRole('status');
const runbookName = (page: Page) => page.getByLabel('Runbook name', { exact: true });

async function onServer(page: Page, id: string) {
  return (await page.request.get(`/api/runbooks/${id}`)).json();
}

test("two tabs of one browser see each other's changes at once, and both reach the server", async ({
  context,
}) => {
  const first = await context.newPage();
  const id = await startSample(first);
  await expect(syncStatus(first)).toHaveText(saved);
  const second = await context.newPage();
  await second.goto(first.url());
  await expect(runbookName(second)).toHaveValue('Sample: datavg FlashCopy');

  await runbookName(first).fill('datavg nightly');
  await expect(runbookName(second)).toHaveValue('datavg nightly');
  await expect(second.getByRole('banner')).toContainText('Runbook: datavg nightly');

  await second.getByLabel('Host name', { exact: true }).fill('aixprod02');
  await expect(first.getByLabel('Host name', { exact: true })).toHaveValue('aixprod02');
  await expect(syncStatus(first)).toHaveText(saved);
  await expect(syncStatus(second)).toHaveText(saved);
  await expect(first.getByRole('alert').filter({ hasText: 'was changed' })).toHaveCount(0);
  expect(await onServer(first, id)).toMatchObject({
    name: 'datavg nightly',
    facts: { hostname: 'aixprod02' },
  });
});

test("a save over another admin's change is refused visibly: compare both, keep mine, or take theirs", async ({
  browser,
}) => {
  const ann = await (await browser.newContext()).newPage();
  const id = await startSample(ann);
  await expect(syncStatus(ann)).toHaveText(saved);
  const bob = await (await browser.newContext()).newPage();
  await bob.goto(ann.url());
  await expect(runbookName(bob)).toHaveValue('Sample: datavg FlashCopy');
  expect(runbookIdOf(bob)).toBe(id);

  // Bob saves first; Ann's change, made from the version before his, is not saved over it.
  await runbookName(bob).fill('datavg, as Bob named it');
  await expect(syncStatus(bob)).toHaveText(saved);
  await runbookName(ann).fill('datavg, as Ann named it');
  const conflict = ann.getByRole('alert').filter({ hasText: 'This runbook was changed on the server' });
  await expect(conflict).toContainText('Nothing was overwritten');
  await expect(conflict).toContainText('What differs: one answer on Start.');
  await expect(conflict.getByRole('listitem')).toHaveText(['Start: Runbook name']);
  await expect(syncStatus(ann)).toHaveText(
    'Saved in this browser, not on the server: it was changed elsewhere meanwhile (see the notice below)',
  );
  expect(await onServer(ann, id)).toMatchObject({ name: 'datavg, as Bob named it' });

  await conflict.getByRole('button', { name: 'Compare both' }).click();
  const both = conflict.getByRole('table', { name: 'Both versions, side by side' });
  await expect(both.getByRole('row')).toHaveText([
    'PageFieldYours (this tab)The other version',
    'StartRunbook namedatavg, as Ann named itdatavg, as Bob named it',
  ]);
  for (const width of [1280, 1024]) {
    await ann.setViewportSize({ width, height: 768 });
    await expectNoSeriousViolations(ann, `the conflict notice with both versions at ${width}`);
  }

  // Ann keeps hers: it is saved as a new version over Bob's.
  await conflict.getByRole('button', { name: 'Keep mine' }).click();
  await expect(conflict).toHaveCount(0);
  await expect(syncStatus(ann)).toHaveText(saved);
  expect(await onServer(ann, id)).toMatchObject({ name: 'datavg, as Ann named it' });

  // Bob goes on from the version he had: his save is refused in turn, and he takes Ann's.
  await bob.getByLabel('Host name', { exact: true }).fill('aixprod02');
  const bobsConflict = bob.getByRole('alert').filter({ hasText: 'This runbook was changed on the server' });
  await expect(bobsConflict).toContainText('What differs: 2 answers on Start.');
  await bobsConflict.getByRole('button', { name: 'Take the other version' }).click();
  await expect(bobsConflict).toHaveCount(0);
  await expect(runbookName(bob)).toHaveValue('datavg, as Ann named it');
  await expect(bob.getByLabel('Host name', { exact: true })).not.toHaveValue('aixprod02');
  await expect(syncStatus(bob)).toHaveText(saved);
  expect(await onServer(bob, id)).toMatchObject({ name: 'datavg, as Ann named it' });
});
