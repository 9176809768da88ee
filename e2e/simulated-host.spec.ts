import { expect, test } from './support/csp';
import { downloadScript, expectScriptParses } from './support/script-check';
import { exportedFacts, type SimulatedHost, simulatedHost, startPageCommands } from './support/simulator-run';
import {
  answer,
  answerLiveDb2Copy,
  answerUnmount,
  expectNoBlocker,
  goToStep,
  openHome,
} from './support/wizard';

/** Start page: the host's facts pasted from its own commands, the storage volume ids typed in. */
async function readHost(
  page: import('@playwright/test').Page,
  host: SimulatedHost,
  vg: string,
  volumes: string[],
) {
  await openHome(page);
  await page.getByRole('button', { name: 'New runbook' }).click();
  await page.getByLabel('Runbook name', { exact: true }).fill(`${vg} on a simulated host`);
  await page.getByLabel('AIX command output').fill(await host.transcript(startPageCommands(vg)));
  await page.getByRole('button', { name: 'Use what was read' }).click();
  await expect(page.getByLabel('Source volume group', { exact: true })).toHaveValue(vg);
  for (const [i, volume] of volumes.entries())
    await page.getByLabel(`Storage volume, row ${i + 1}`).fill(volume);
}

/** Phase 1: one target LUN per source disk, with its storage volume and its hdisk; the script runs dscli. */
async function targetLuns(
  page: import('@playwright/test').Page,
  targets: [string, string][],
  storage = 'ds8000',
) {
  await goToStep(page, /Phase 1/, 'Phase 1 · Configure LUNs');
  await page.getByRole('button', { name: /Add a target LUN for each source disk/ }).click();
  for (const [i, [volume, disk]] of targets.entries()) {
    await page.getByLabel(`Target volume, row ${i + 1}`).fill(volume);
    await page.getByLabel(`Target hdisk, row ${i + 1}`).fill(disk);
  }
  await page.getByLabel('The script, through the storage CLI reachable from this host').check();
  if (storage === 'ds8000')
    await page.getByLabel('DS8000 storage image id', { exact: true }).fill('IBM.2107-75ABCD1');
}

/**
 * Review: no blocker, the script downloaded, parsed, and rehearsed on the host to the end with the
 * runbook's answers: exit 0, the copy VG up, production as it was.
 */
async function runToTheEnd(page: import('@playwright/test').Page, host: SimulatedHost, runbook: string) {
  await goToStep(page, /Review/, 'Review & export');
  await expectNoBlocker(page);
  const script = await downloadScript(page);
  await expectScriptParses(script);
  const rehearsal = await host.rehearse(script, await exportedFacts(page, runbook));
  expect(rehearsal.problems, rehearsal.transcript).toEqual([]);
  expect(rehearsal.run.stdout).toContain('end of run, exit code 0');
  return rehearsal;
}

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

  await answerUnmount(page);
  await goToStep(page, /Phase 2/, 'Phase 2 · Access the VG');
  await page.getByLabel('Copy VG name', { exact: true }).fill('flashcopyvg');
  const rehearsal = await runToTheEnd(page, host, 'datavg to flashcopyvg on aixprod01');
  expect(rehearsal.verdict.copy.fileSystems).toEqual(['/fs/data', '/fs/arch']);
});

test('refresh of an existing copy on a simulated host, run there to the end', async ({ page }) => {
  test.setTimeout(120_000);
  const host = await simulatedHost('refresh-copy');
  await readHost(page, host, 'datavg', ['1000', '1001']);
  await targetLuns(page, [
    ['1100', 'hdisk3'],
    ['1101', 'hdisk4'],
  ]);
  await page.getByLabel('Refresh of an existing copy').check();
  await page.getByLabel('Existing copy VG name', { exact: true }).fill('flashcopyvg');
  await page.getByLabel('Its disks', { exact: true }).fill('hdisk3 hdisk4');
  await answerUnmount(page);
  await goToStep(page, /Phase 2/, 'Phase 2 · Access the VG');
  await page.getByLabel('Copy VG name', { exact: true }).fill('flashcopyvg');
  const rehearsal = await runToTheEnd(page, host, 'datavg on a simulated host');
  expect(rehearsal.run.stdout).toContain('exportvg');
});

test('JFS file systems unmounted for the copy on a simulated AIX 5.3 host, run there to the end', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const host = await simulatedHost('jfs-mounted');
  await readHost(page, host, 'appvg', ['1000', '1001']);
  await expect(page.getByLabel('Type, row 1', { exact: true })).toHaveValue('jfs');
  await targetLuns(page, [
    ['1100', 'hdisk3'],
    ['1101', 'hdisk4'],
  ]);
  await goToStep(page, /Consistency/, 'Consistency');
  await page
    .getByRole('group', { name: '1. Can the file systems be unmounted while the copy is taken?' })
    .getByLabel('No')
    .check();
  await expect(page.getByText('No freeze/thaw: JFS has no freeze: /app, /spool are JFS.')).toBeVisible();
  await page
    .getByRole('group', { name: '1. Can the file systems be unmounted while the copy is taken?' })
    .getByLabel('Yes')
    .check();
  // The batch job writes to both and cannot recover from a crash: it is stopped for the copy.
  await page.getByRole('button', { name: 'Add another application' }).click();
  await page.getByLabel('Application 1 name').fill('batch');
  await answer(page, 'Does Application batch run while the copy is taken?', true);
  await page
    .getByRole('group', { name: 'Can Application batch recover from a crash (as after a power cut)?' })
    .getByLabel('No')
    .check();
  await goToStep(page, /Phase 2/, 'Phase 2 · Access the VG');
  await page.getByLabel('Copy VG name', { exact: true }).fill('appcopyvg');
  // The application owner stops the job before the change window (the script would find /app busy).
  await expect(host.transcript(['appctl stop batch'])).resolves.toMatch(/^# appctl stop batch\n/);
  await runToTheEnd(page, host, 'appvg on a simulated host');
});

test('a live DB2 copy on a simulated SVC host: write suspend, freeze, consistency group, run there to the end', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const host = await simulatedHost('db2-freeze-thaw');
  await readHost(page, host, 'db2vg', ['0', '1']);
  await page.getByLabel('Storage', { exact: true }).selectOption('svc');
  await targetLuns(
    page,
    [
      ['2', 'hdisk3'],
      ['3', 'hdisk4'],
    ],
    'svc',
  );
  await goToStep(page, /Consistency/, 'Consistency');
  await answerLiveDb2Copy(page, 2);
  await goToStep(page, /Phase 2/, 'Phase 2 · Access the VG');
  await page.getByLabel('Copy VG name', { exact: true }).fill('db2copyvg');
  await page.getByLabel('Mount-point prefix', { exact: true }).fill('/fc');
  const rehearsal = await runToTheEnd(page, host, 'db2vg on a simulated host');
  expect(rehearsal.run.stdout).toContain('chfs -a freeze=60 /db2/PRD/data');
});
