import { expectNoSeriousViolations } from './support/axe';
import { expect, test } from './support/csp';
import { checksPanel, goToStep, openHome } from './support/wizard';

// lsvg -l and lsvg -p of DB2's two VGs as AIX prints them for two names (docs/aix-behaviour.md 2.3, 2.4).
const paste = `# lsvg -l db2datavg db2logvg
db2datavg:
LV NAME             TYPE       LPs     PPs     PVs  LV STATE      MOUNT POINT
db2datalv           jfs2       1600    1600    1    open/syncd    /db2/PRD/data
db2logvg:
LV NAME             TYPE       LPs     PPs     PVs  LV STATE      MOUNT POINT
db2loglv            jfs2       400     400     1    open/syncd    /db2/PRD/log
# lsvg -p db2datavg db2logvg
db2datavg:
PV_NAME           PV STATE          TOTAL PPs   FREE PPs    FREE DISTRIBUTION
hdisk2            active            1599        0           00..00..00..00..00
db2logvg:
PV_NAME           PV STATE          TOTAL PPs   FREE PPs    FREE DISTRIBUTION
hdisk3            active            1599        1199        320..79..160..320..320
`;

test('a copy set: the Start page takes a second VG, the paste fills both, Phase 2 names each copy beside its source', async ({
  page,
}) => {
  await openHome(page);
  await page.getByRole('button', { name: 'New runbook' }).click();
  await page.getByLabel('Source volume group', { exact: true }).fill('db2datavg');
  await page.getByRole('button', { name: 'Add a VG to the copy set' }).click();
  await page.getByLabel('Name of VG 2 of the copy set').fill('db2logvg');
  await page.getByLabel('AIX command output').fill(paste);
  await page.getByRole('button', { name: 'Use what was read' }).click();
  await expect(page.getByText('Disks hdisk3; 1 LVs; file systems /db2/PRD/log.')).toBeVisible();

  await goToStep(page, /Phase 1/, 'Phase 1 · Configure LUNs');
  await page.getByRole('button', { name: 'Add a target LUN for each source disk (hdisk2, hdisk3)' }).click();

  await goToStep(page, /Phase 2/, 'Phase 2 · Access the VG');
  await page.getByLabel('Copy VG name', { exact: true }).fill('db2copyvg');
  await page.getByLabel('Copy VG name for db2logvg').fill('db2copyvg');
  await expect(
    checksPanel(page).getByText('The copies of db2datavg and db2logvg are both named db2copyvg.'),
  ).toBeVisible();
  await page.getByLabel('Copy VG name for db2logvg').fill('db2logcopyvg');
  await page.getByLabel('Mount-point prefix for db2logvg').fill('/fc');
  const logNames = page.getByRole('region', { name: 'Names on the copy of db2logvg' });
  await expect(logNames.getByRole('row', { name: /db2loglv/ })).toHaveText(
    /db2loglv\s*\/db2\/PRD\/log\s*fsdb2loglv\s*\/fc\/db2\/PRD\/log/,
  );
  await expect(checksPanel(page).getByText(/both named/)).toHaveCount(0);
  await expectNoSeriousViolations(page, 'Phase 2 of a copy set');

  await goToStep(page, /Start/, 'Start');
  await page.getByRole('button', { name: 'Remove db2logvg from the copy set' }).click();
  await expect(page.getByLabel('Name of db2logvg of the copy set')).toHaveCount(0);
});
