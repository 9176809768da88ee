import { expect, test } from './support/csp';
import { downloadScript, expectScriptParses } from './support/script-check';
import { checksPanel, expectNoBlocker, goToStep, startSample } from './support/wizard';
import { expectRehearsedInTwin, exportedFacts } from './support/simulator-run';

test('the duplicate-PVID trap: configuring after the copy while the source is varied on is blocked, and the wizard steers out', async ({
  page,
}) => {
  await startSample(page);
  await goToStep(page, /Phase 1/, 'Phase 1 · Configure LUNs');
  await page.getByLabel('After the copy is made').check();

  const trap = page.getByRole('region', { name: 'The duplicate-PVID trap' });
  await expect(trap).toContainText(
    'This runbook runs cfgmgr after the copy while the source VG datavg is varied on.',
  );
  // The words of the trap explain themselves, by click or keyboard.
  const pvid = trap.getByRole('button', { name: 'PVID (what is this?)' });
  await pvid.click();
  await expect(pvid).toHaveAttribute('aria-expanded', 'true');
  await expect(trap.getByText(/^PVID: Physical-volume identifier: 16 hex digits/)).toBeVisible();
  await pvid.press('Escape');
  await expect(trap.getByText(/^PVID: Physical-volume identifier/)).toBeHidden();
  const panel = checksPanel(page);
  await expect(panel.getByRole('status')).toHaveText(/^1 blocker/);
  await expect(panel).toContainText(
    'The copy is made before its LUNs are configured, while datavg is varied on',
  );
  // The error is shown at the field, with the fix.
  await expect(
    page.getByRole('group', { name: 'When are the target LUNs configured on this host?' }),
  ).toContainText('Configure the target LUNs on the host (cfgmgr) before the copy is made');

  await expect(
    page
      .getByRole('navigation', { name: 'Wizard steps' })
      .getByRole('link', { name: /Phase 1 · Configure LUNs \(has a blocker\)/ }),
  ).toBeVisible();

  // Review refuses to export and says why.
  await goToStep(page, /Review/, 'Review & export');
  await expect(page.getByRole('region', { name: 'Export is blocked' })).toContainText('One blocker stands');
  await expect(page.getByRole('button', { name: 'Download script (.ksh)' })).toHaveCount(0);

  // The finding links back to the field, which gets the focus.
  await page
    .getByRole('link', { name: /Fix on Phase 1 · Configure LUNs: The copy is made before/ })
    .first()
    .click();
  await expect(page.getByLabel('After the copy is made')).toBeFocused();
  await trap.getByRole('button', { name: 'Configure the LUNs before the copy instead' }).click();
  await expect(page.getByLabel('Before the copy is made (recommended)')).toBeChecked();
  await expectNoBlocker(page);

  await goToStep(page, /Review/, 'Review & export');
  const script = await downloadScript(page);
  expect(script).toContain('cfgmgr');
  await expectScriptParses(script);

  // The way the wizard steered to (configure first) rehearses to the end in the twin of the runbook.
  await expectRehearsedInTwin(script, await exportedFacts(page, 'Sample: datavg FlashCopy'));
});

test('the duplicate-PVID trap, other way out: vary off the source before cfgmgr', async ({ page }) => {
  await startSample(page);
  await goToStep(page, /Phase 1/, 'Phase 1 · Configure LUNs');
  await page.getByLabel('After the copy is made').check();
  const varyOff = page.getByRole('button', { name: 'Vary off the source VG before cfgmgr' });
  const trap = page.getByRole('region', { name: 'The duplicate-PVID trap' });
  await expect(varyOff).toHaveAttribute('aria-pressed', 'false');
  await expect(trap.getByText(/^No way out is chosen yet: as it stands, cfgmgr leaves/)).toBeVisible();
  await varyOff.click();
  // The runbook varies the source off itself (way b): the source is still varied on now.
  await expect(varyOff).toHaveAttribute('aria-pressed', 'true');
  await expect(trap.getByText(/^Chosen: vary off the source VG\. The copy already exists/)).toBeVisible();
  await expect(trap.getByText(/^No way out is chosen yet/)).toHaveCount(0);
  await expect(
    page.getByRole('group', { name: 'Is the source VG varied on?' }).getByLabel('Yes'),
  ).toBeChecked();
  await expectNoBlocker(page);
  await goToStep(page, /Review/, 'Review & export');
  const script = await downloadScript(page);
  await expectScriptParses(script);

  // The copy exists already: the downloaded script varies datavg off around cfgmgr and recreatevg and
  // rehearses to the end in the twin of the runbook, datavg given back as it was.
  const runs = await expectRehearsedInTwin(script, await exportedFacts(page, 'Sample: datavg FlashCopy'));
  expect(runs.at(-1)?.stdout).toContain('+ varyoffvg datavg\n');
});
