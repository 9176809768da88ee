import { copyPaste } from '../src/core/parse/test-support/retire-paste';
import { expect, test } from './support/csp';
import { scriptStatus, startRehearsal, typeAt } from './support/rehearsal';
import { downloadScript, expectScriptParses } from './support/script-check';
import { checksPanel, expectNoBlocker, goToStep, startSample } from './support/wizard';

test('retiring a copy: named by VG id and PVIDs, removed from the host, unmapped by the storage admin; never the source VG', async ({
  page,
}) => {
  // The rehearsal runs the whole script, a round trip to the server per command: give a loaded machine time.
  test.setTimeout(180_000);
  await startSample(page);
  await page.getByLabel('Runbook name', { exact: true }).fill('Retire flashcopyvg');
  await page.getByLabel('Retire a copy').check();
  await page.getByLabel('Copy VG name', { exact: true }).fill('flashcopyvg');
  await page.getByLabel('AIX command output').fill(copyPaste());
  await page.getByRole('button', { name: 'Use what was read' }).click();
  await expect(page.getByLabel('Its VG identifier', { exact: true })).toHaveValue(
    '00c8d3e400004c000000019a3b5e7c21',
  );
  await expect(page.getByLabel('Its disks', { exact: true })).toHaveValue('hdisk10 hdisk11 hdisk12');
  await expect(page.getByLabel('Its mount points', { exact: true })).toHaveValue(
    '/fc/data /fc/data/logs /fc/app',
  );
  // The copy is mounted: whether the script may unmount it is asked, never assumed.
  await page
    .getByRole('group', { name: /flashcopyvg is in use: may the script unmount it/ })
    .getByLabel('Yes')
    .check();

  await goToStep(page, /Phase 1/, 'Phase 1 · Configure LUNs');
  await page.getByLabel("Volume group of this host's volumes", { exact: true }).fill('V11');
  await goToStep(page, /Consistency/, 'Consistency');
  await expect(
    page.getByText(/This page does not apply: this runbook retires the copy flashcopyvg/),
  ).toBeVisible();

  await goToStep(page, /Review/, 'Review & export');
  await expectNoBlocker(page);
  const plan = page.getByRole('region', { name: 'The plan, step by step' });
  for (const command of [
    'exportvg flashcopyvg',
    'rmdev -dl hdisk12',
    'rmflash -dev IBM.2107-75ABCD1 -quiet 1000:1100 1001:1101 1002:1102',
    'chvolgrp -dev IBM.2107-75ABCD1 -action remove -volume 1100,1101,1102 V11',
  ])
    await expect(plan).toContainText(command);
  const script = await downloadScript(page);
  expect(script).toContain('[ "$vgid" = \'00c8d3e400004c000000019a3b5e7c21\' ]');
  expect(script).toContain(
    "set -- 'hdisk10:00c8d3e4b7a10e10' 'hdisk11:00c8d3e4b7a10e11' 'hdisk12:00c8d3e4b7a10e12'",
  );
  await expectScriptParses(script);

  // Rehearsed on the runbook's own layout: flashcopyvg as the host shows it, mounted, its FlashCopy pairs
  // in place; the script removes it from the host, the storage admin's part is played, and the verdict says
  // the copy is gone while datavg is as it was.
  await startRehearsal(page);
  const vgs = page.getByRole('table', { name: 'Volume groups' });
  await expect(vgs.getByRole('row', { name: /^flashcopyvg / })).toContainText('yes');
  await page.getByRole('button', { name: 'Run the script' }).click();
  const status = scriptStatus(page);
  await expect(status).toHaveText(/^Paused before line \d+ of \d+\.$/);
  await page.getByRole('button', { name: 'Run to end' }).focus();
  await page.keyboard.press('Enter');
  for (let wait = 0; wait < 4; wait++) {
    await expect(status).toHaveText(/^(Waiting|The script ran|Stopped)/, { timeout: 60_000 });
    const text = (await status.textContent()) ?? '';
    if (!text.startsWith('Waiting')) break;
    // The script waits for the storage admin: the Storage button plays their part, then the AIX admin answers.
    await page.getByRole('button', { name: "Storage: play the storage admin's part" }).click();
    await typeAt(page, 'AIX host', 'done');
    await expect(status).not.toHaveText(text, { timeout: 15_000 });
  }
  await expect(status).toHaveText('The script ran to the end without an error.');
  await expect(page.getByRole('log', { name: 'Session transcript' })).toContainText('chvolgrp');
  await expect(
    page.getByText(
      'The copy is gone (no VG, hdisks, /etc/filesystems stanzas, relationships or mappings of it left) and production is as it was.',
    ),
  ).toBeVisible();
  await expect(vgs.getByRole('row', { name: /^flashcopyvg / })).toHaveCount(0);
  await expect(vgs.getByRole('row', { name: /^datavg / })).toContainText('yes');

  // Named as the copy to retire, the source VG is refused before any script is written.
  await goToStep(page, /Start/, 'Start');
  await page.getByLabel('Copy VG name', { exact: true }).fill('datavg');
  await expect(checksPanel(page)).toContainText('The VG to retire, datavg, is the source VG.');
});
