import { expect, test } from './support/csp';
import { downloadScript, expectScriptParses } from './support/script-check';
import { expectNoBlocker, goToStep, startSample } from './support/wizard';
import { expectRehearsedInTwin, exportedFacts } from './support/simulator-run';

test('refresh of an existing copy: the old copy is unmounted, varied off and exported before recreatevg', async ({
  page,
}) => {
  await startSample(page);
  await page.getByLabel('Runbook name', { exact: true }).fill('Nightly refresh of flashcopyvg');
  await goToStep(page, /Phase 1/, 'Phase 1 · Configure LUNs');
  await page.getByLabel('Refresh of an existing copy').check();
  // Until the existing copy is named, the page says what it still needs.
  await expect(
    page.getByRole('navigation', { name: 'Wizard steps' }).getByRole('link', { name: /Phase 1/ }),
  ).toHaveAttribute('title', 'Still needed: the existing copy VG name');
  await page.getByLabel('Existing copy VG name', { exact: true }).fill('flashcopyvg');
  await page.getByLabel('Its disks', { exact: true }).fill('hdisk10 hdisk11 hdisk12');
  await expect(
    page.getByRole('group', { name: 'Is the copy VG varied on now?' }).getByLabel('Yes'),
  ).toBeChecked();
  await page.getByLabel('DS8000 storage image id', { exact: true }).fill('IBM.2107-75ABCD1');

  await goToStep(page, /Phase 2/, 'Phase 2 · Access the VG');
  // The old copy is exported and overwritten on its own disks: only the source makes it recreatevg.
  await expect(
    page.getByText(/^recreatevg: the source VG datavg is known on this host with the same VG id/),
  ).toBeVisible();
  await expect(page.getByLabel('Copy VG name', { exact: true })).toHaveValue('flashcopyvg');

  await goToStep(page, /Review/, 'Review & export');
  await expectNoBlocker(page);
  const plan = page.getByRole('region', { name: 'The plan, step by step' });
  await expect(plan).toContainText('varyoffvg flashcopyvg');
  await expect(plan).toContainText('exportvg flashcopyvg');
  const script = await downloadScript(page);
  // The old copy is retired before the new one is re-created under its name (docs/procedure.md "Refreshing an
  // existing copy"), in the order the script's header lists its steps.
  const order = [
    'Vary off the old copy flashcopyvg (aix)',
    'Export the old copy flashcopyvg (aix)',
    'Take the copy (storage)',
    'Re-create the copy as flashcopyvg (recreatevg) (aix)',
  ].map((title) => script.indexOf(`. ${title}\n`));
  expect(order.every((at) => at > 0)).toBe(true);
  expect([...order].sort((a, b) => a - b)).toEqual(order);
  expect(script).toContain("run exportvg 'flashcopyvg'");
  await expectScriptParses(script);

  // The downloaded script rehearses to the end in the twin of the runbook, yesterday's copy on hdisk10-12.
  await expectRehearsedInTwin(script, await exportedFacts(page, 'Nightly refresh of flashcopyvg'));
});
