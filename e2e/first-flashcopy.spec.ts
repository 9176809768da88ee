import { readFileSync } from 'node:fs';
import { expect, test } from './support/csp';
import { downloadScript, expectScriptParses } from './support/script-check';
import { expectNoBlocker, goToStep, openHome } from './support/wizard';
import { expectRehearsedInTwin, exportedFacts } from './support/simulator-run';

// Output of the AIX commands as docs/aix-behaviour.md gives them (lspv 1.2, lsvg -l 2.3, lsvg -p 2.4).
const hostOutput = readFileSync(new URL('./fixtures/datavg-host.txt', import.meta.url), 'utf8');
const lspvBefore = hostOutput.split('# lspv\n')[1].split('# cat')[0];

test('first FlashCopy, target LUNs configured before the copy: pasted output fills the forms, the script is written', async ({
  page,
}) => {
  await openHome(page);
  await page.getByRole('button', { name: 'New runbook' }).click();
  await page.getByLabel('Runbook name', { exact: true }).fill('First FlashCopy of datavg');

  // The paste box recognises each command by its prompt line and shows what it read.
  await page.getByLabel('AIX command output').fill(hostOutput);
  await expect(page.getByRole('heading', { name: 'Read as lsvg -l datavg' })).toBeVisible();
  await expect(page.getByText('datavg: datalv (jfs2, open/syncd, /data)')).toBeVisible();
  await expect(page.getByText('/data: /dev/datalv, jfs2, log /dev/loglv00')).toBeVisible();
  await page.getByRole('button', { name: 'Use what was read' }).click();
  await expect(page.getByText('The forms below now hold what was read.')).toBeVisible();

  await expect(page.getByLabel('Host name', { exact: true })).toHaveValue('aixprod01');
  await expect(page.getByLabel('AIX release')).toHaveValue('7.2');
  await expect(page.getByLabel('Technology level (TL / ML)')).toHaveValue('5');
  await expect(page.getByLabel('Source volume group', { exact: true })).toHaveValue('datavg');
  await expect(page.getByLabel('Disk, row 1')).toHaveValue('hdisk2');
  await expect(page.getByLabel('PVID, row 2')).toHaveValue('00c8b12cd9de2b17');
  await expect(page.getByLabel('LV name, row 2')).toHaveValue('datalv');
  await expect(page.getByLabel('Log, row 1')).toHaveValue('loglv00');
  await expect(page.getByLabel('Log, row 2')).toHaveValue('INLINE');
  await page.getByLabel('Storage volume, row 1').fill('1000');
  await page.getByLabel('Storage volume, row 2').fill('1001');

  await page.getByRole('link', { name: 'Next →' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Phase 1 · Configure LUNs' })).toBeVisible();
  await expect(page.getByLabel('First copy')).toBeChecked();
  await expect(page.getByLabel('Before the copy is made (recommended)')).toBeChecked();
  await page.getByRole('button', { name: /Add a target LUN for each source disk/ }).click();
  await page.getByLabel('Target volume, row 1').fill('1100');
  await page.getByLabel('Target volume, row 2').fill('1101');

  // cfgmgr configured two new LUNs: lspv before and after finds them, without a PVID.
  await page.getByText('Find the new hdisks: compare lspv before and after cfgmgr').click();
  await page.getByLabel('lspv before cfgmgr').fill(lspvBefore);
  await page
    .getByLabel('lspv after cfgmgr')
    .fill(
      `${lspvBefore}hdisk4          none                                None\nhdisk5          none                                None\n`,
    );
  await expect(page.getByText('2 new disks, in lspv order, in the table below.')).toBeVisible();
  const newDisks = page.getByRole('table', { name: 'New disks after cfgmgr' }).getByRole('row');
  await expect(newDisks).toHaveCount(3);
  await expect(newDisks.nth(1)).toHaveAccessibleName('hdisk4 none');
  await expect(newDisks.nth(2)).toHaveAccessibleName('hdisk5 none');
  await page.getByRole('button', { name: 'Use them as target hdisks, in source-disk order' }).click();
  await expect(page.getByLabel('Target hdisk, row 1')).toHaveValue('hdisk4');
  await expect(page.getByLabel('Target hdisk, row 2')).toHaveValue('hdisk5');
  await page.getByLabel('DS8000 storage image id', { exact: true }).fill('IBM.2107-75ABCD1');

  await page.getByRole('link', { name: 'Next →' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Consistency' })).toBeVisible();
  const unmount = page.getByRole('group', {
    name: '1. Can the file systems be unmounted while the copy is taken?',
  });
  // Nothing is answered for the admin: unmounting production is their decision.
  await expect(unmount.getByText('Not answered yet.')).toBeVisible();
  await expect(unmount.getByLabel('Yes')).not.toBeChecked();
  await expect(unmount.getByLabel('No')).not.toBeChecked();
  await unmount.getByLabel('Yes').check();

  await page.getByRole('link', { name: 'Next →' }).click();
  await expect(page.getByText('The copy is brought up with recreatevg')).toBeVisible();
  await page.getByLabel('Copy VG name', { exact: true }).fill('fcdatavg');
  const names = page.getByRole('table', { name: "Source names beside the copy's names" });
  await expect(names.getByRole('row', { name: 'datalv /data fsdatalv /fs/data' })).toBeVisible();
  await expect(names.getByRole('row', { name: 'loglv00 N/A fsloglv00 N/A' })).toBeVisible();

  await goToStep(page, /Review/, 'Review & export');
  await expectNoBlocker(page);
  const script = await downloadScript(page);
  expect(script).toContain("run recreatevg -y 'fcdatavg' -Y 'fs' -L '/fs' 'hdisk4' 'hdisk5'");
  expect(script).toContain('# Target disks:  hdisk4 hdisk5\n# Mount points:  /fs/data /fs/arch\n');
  await expectScriptParses(script);

  // The downloaded script rehearses to the end in the twin of the runbook: hdisk2/3 with their PVIDs,
  // the new LUNs becoming hdisk4/5.
  await expectRehearsedInTwin(script, await exportedFacts(page, 'First FlashCopy of datavg'));
});
