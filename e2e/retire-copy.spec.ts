import { copyPaste } from '../src/core/parse/test-support/retire-paste';
import { expect, test } from './support/csp';
import { downloadScript, expectScriptParses } from './support/script-check';
import { checksPanel, expectNoBlocker, goToStep, startSample } from './support/wizard';

test('retiring a copy: named by VG id and PVIDs, removed from the host, unmapped by the storage admin; never the source VG', async ({
  page,
}) => {
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

  // Named as the copy to retire, the source VG is refused before any script is written.
  await goToStep(page, /Start/, 'Start');
  await page.getByLabel('Copy VG name', { exact: true }).fill('datavg');
  await expect(checksPanel(page)).toContainText('The VG to retire, datavg, is the source VG.');
});
