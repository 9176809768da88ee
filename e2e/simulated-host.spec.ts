import { expect, test } from '@playwright/test';
import { downloadScript, expectScriptParses } from './support/script-check';
import { simulatedHost } from './support/simulator-run';
import { expectNoBlocker, goToStep, openHome } from './support/wizard';

test('first FlashCopy on a simulated host: facts read from the host, the script downloaded and run there to the end', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const host = await simulatedHost('first-flashcopy');
  await openHome(page);
  await page.getByRole('button', { name: 'New runbook' }).click();
  await page.getByLabel('Runbook name', { exact: true }).fill('datavg to flashcopyvg on aixprod01');
  await page
    .getByLabel('AIX command output')
    .fill(
      await host.transcript([
        'hostname',
        'oslevel -s',
        'lsvg -l datavg',
        'lsvg -p datavg',
        'lspv',
        'cat /etc/filesystems',
      ]),
    );
  await page.getByRole('button', { name: 'Use what was read' }).click();
  await expect(page.getByLabel('Disk, row 2')).toHaveValue('hdisk2');
  await page.getByLabel('Storage volume, row 1').fill('1000');
  await page.getByLabel('Storage volume, row 2').fill('1001');

  // Phase 1 as the note has it: the target LUNs are mapped and configured before the copy.
  await goToStep(page, /Phase 1/, 'Phase 1 · Configure LUNs');
  await page.getByRole('button', { name: /Add a target LUN for each source disk/ }).click();
  await page.getByLabel('Target volume, row 1').fill('1100');
  await page.getByLabel('Target volume, row 2').fill('1101');
  const before = await host.transcript(['lspv']);
  const after = await host.transcript(['cfgmgr', 'lspv']);
  await page.getByText('Find the new hdisks: compare lspv before and after cfgmgr').click();
  await page.getByLabel('lspv before cfgmgr').fill(before);
  await page.getByLabel('lspv after cfgmgr').fill(after.slice(after.indexOf('# lspv')));
  await page.getByRole('button', { name: 'Use them as target hdisks, in source-disk order' }).click();
  await expect(page.getByLabel('Target hdisk, row 1')).toHaveValue('hdisk3');
  await page.getByLabel('The script, through the storage CLI reachable from this host').check();
  await page.getByLabel('DS8000 storage image id', { exact: true }).fill('IBM.2107-75ABCD1');

  await goToStep(page, /Phase 2/, 'Phase 2 · Access the VG');
  await page.getByLabel('Copy VG name', { exact: true }).fill('flashcopyvg');
  await goToStep(page, /Review/, 'Review & export');
  await expectNoBlocker(page);
  const script = await downloadScript(page);
  await expectScriptParses(script);

  const run = await host.runScript(script);
  expect(run.exitCode, `${run.stdout}\n${run.stderr}`).toBe(0);
  expect(run.stdout).toContain('end of run, exit code 0');
  expect(run.state.vgs.find((vg) => vg.name === 'flashcopyvg')?.variedOn).toBe(true);
  expect(
    run.state.fileSystems
      .filter((fs) => fs.mountPoint.startsWith('/fs/'))
      .map((fs) => [fs.mountPoint, fs.mounted]),
  ).toEqual([
    ['/fs/data', true],
    ['/fs/arch', true],
  ]);
});
