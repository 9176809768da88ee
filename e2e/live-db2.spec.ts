import { expect, test } from './support/csp';
import { downloadScript, expectScriptParses } from './support/script-check';
import {
  answer,
  answerLiveDb2Copy,
  checksPanel,
  expectNoBlocker,
  goToStep,
  startSample,
} from './support/wizard';
import { expectRehearsedInTwin, exportedFacts } from './support/simulator-run';

test('a live DB2 copy: write suspend, JFS2 freeze/thaw and a consistency group', async ({ page }) => {
  await startSample(page);
  await goToStep(page, /Phase 1/, 'Phase 1 · Configure LUNs');
  await page.getByLabel('DS8000 storage image id', { exact: true }).fill('IBM.2107-75ABCD1');
  await goToStep(page, /Consistency/, 'Consistency');

  await answerLiveDb2Copy(page, 3);
  await expect(page.getByText('Every file system is JFS2 and AIX 7.2 has JFS2 freeze/thaw.')).toBeVisible();

  // A freeze shorter than the copy's start would thaw before the copy is established.
  await page.getByRole('spinbutton', { name: 'Expected copy start time (seconds)' }).fill('30');
  await page.getByRole('spinbutton', { name: 'Freeze timeout (seconds)' }).fill('20');
  await page.getByRole('spinbutton', { name: 'Freeze timeout (seconds)' }).press('Tab');
  const panel = checksPanel(page);
  await expect(panel.getByRole('status')).toHaveText(/^1 blocker/);
  await expect(page.getByRole('spinbutton', { name: 'Freeze timeout (seconds)' })).toHaveAttribute(
    'aria-invalid',
    'true',
  );
  await page.getByRole('spinbutton', { name: 'Freeze timeout (seconds)' }).fill('90');
  await expectNoBlocker(page);

  await goToStep(page, /Review/, 'Review & export');
  const script = await downloadScript(page);
  // Run as the instance owner, never as root.
  expect(script).toContain(
    "'su - db2inst1 -c '\\''db2 connect to PRD && db2 set write suspend for database'\\'''",
  );
  expect(script).toContain(
    "'mkflash -dev IBM.2107-75ABCD1 -freeze -record -persist -nocp 1000:1100 1001:1101 1002:1102'",
  );
  expect(script).toContain("'freeze=90'");
  // The steps in the order of the procedure (docs/procedure.md, "A running application that recovers from crashes"),
  // as the script's header lists them.
  const at = [
    'Put the applications in hot-backup mode (application)',
    'Freeze the JFS2 file systems for at most 90 seconds (aix)',
    'Take the copy of all LUNs as one consistency group (storage)',
    'Thaw the file systems (aix)',
    'End hot-backup mode (application)',
    'Replay the logs of the copy (logredo) (aix)',
  ].map((title) => script.indexOf(`. ${title}\n`));
  expect(at.every((i) => i > 0)).toBe(true);
  expect([...at].sort((x, y) => x - y)).toEqual(at);
  await expectScriptParses(script);

  // The printed checklist says what DB2 needs on the copy, as the Markdown checklist does: recreatevg
  // prefixed its paths, so db2relocatedb runs before db2inidb, as the instance owner.
  await page.emulateMedia({ media: 'print' });
  const db2 = page.getByRole('region', { name: 'DB2 on the copy' });
  await expect(db2).toBeVisible();
  await expect(db2.locator('pre').last()).toHaveText(
    "su - db2inst1 -c 'db2relocatedb -f /home/db2inst1/PRD-relocate.cfg'\nsu - db2inst1 -c 'db2inidb PRD as snapshot'",
  );
  await page.emulateMedia({ media: 'screen' });

  // The downloaded script rehearses to the end in the twin of the runbook, DB2 PRD writing to datavg.
  await expectRehearsedInTwin(script, await exportedFacts(page, 'Sample: datavg FlashCopy'));
});

test('DB2 added before its database name and owner are known: blockers at both, and the commands follow the name once typed', async ({
  page,
}) => {
  await startSample(page);
  await goToStep(page, /Consistency/, 'Consistency');
  await page.getByRole('button', { name: 'Add DB2' }).click();
  const name = page.getByLabel('DB2 database name');
  // The name, the two preset commands that still say DBNAME, and whether it runs and recovers from a crash
  // (never assumed): no script is written.
  await expect(checksPanel(page).getByRole('status')).toHaveText(/^5 blockers/);
  await expect(checksPanel(page)).toContainText('DB2 1 has no database name.');
  await expect(checksPanel(page)).toContainText('Not answered: “Does DB2 run while the copy is taken?”');
  await answer(page, 'Does DB2 run while the copy is taken?', true);
  await answer(page, 'Can DB2 recover from a crash (as after a power cut)?', true);
  // Running during the copy, it needs its instance owner too.
  await expect(checksPanel(page).getByRole('status')).toHaveText(/^4 blockers/);
  await name.focus();
  await name.press('Tab');
  await expect(name).toHaveAttribute('aria-invalid', 'true');
  await name.fill('PRD');
  await expect(page.getByLabel('DB2 PRD: command that starts hot-backup mode')).toHaveValue(
    'db2 connect to PRD && db2 set write suspend for database',
  );
  await expect(page.getByLabel('DB2 PRD: command that ends hot-backup mode')).toHaveValue(
    'db2 connect to PRD && db2 set write resume for database',
  );
  const owner = page.getByLabel('DB2 PRD: AIX user that owns it');
  await owner.focus();
  await owner.press('Tab');
  await expect(owner).toHaveAttribute('aria-invalid', 'true');
  await owner.fill('db2inst1');
  await expectNoBlocker(page);
});
