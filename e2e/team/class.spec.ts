/**
 * A class run on vgcopy: an instructor creates a cohort and assigns it a scenario set as a timed exam; a
 * trainee of the cohort cannot preview its scenario as free training, takes the exam (no world panel, no
 * hints, a countdown) once; the instructor sees the trainee x scenario grid, sorts it and downloads it as CSV.
 */
import { readFile } from 'node:fs/promises';
import { createPeople, person, signIn, unique } from '../support/accounts';
import { expect, test } from '../support/csp';
import { typeCommand } from '../support/terminal';

const scenario = 'First FlashCopy of datavg, targets configured first';

test('an instructor assigns an exam to a cohort, a trainee takes it once, and the instructor grades the class', async ({
  page,
  browser,
  baseURL,
}) => {
  const team = unique('class');
  const instructor = person('ins', ['instructor'], team);
  const trainee = person('stu', ['trainee'], team);
  await createPeople(baseURL ?? '', instructor, trainee);
  const cohortName = unique('Cohort');

  // The instructor makes the cohort and gives it a 30-minute exam.
  await page.goto('/instructor');
  await signIn(page, instructor);
  const newCohort = page.getByRole('form', { name: 'New cohort' });
  await newCohort.getByLabel("New cohort's name").fill(cohortName);
  await newCohort.getByLabel('Its trainees, one name a line').fill(`${trainee.username}\n`);
  await newCohort.getByRole('button', { name: 'Create the cohort' }).click();
  await expect(page.getByRole('heading', { name: `Trainees of ${cohortName}` })).toBeVisible();
  await expect(page.getByRole('button', { name: `Reset ${trainee.username}` })).toBeVisible();
  const assign = page.getByRole('form', { name: 'Assign a scenario set' });
  await assign.getByLabel('Assignment title').fill('Final exam');
  await assign.getByRole('checkbox', { name: scenario }).check();
  await assign.getByLabel('Due').fill('2030-01-31T17:00');
  await assign.getByRole('radio', { name: /^Exam/ }).check();
  await assign.getByLabel('Time limit (minutes)').fill('30');
  await assign.getByRole('button', { name: 'Assign' }).click();
  const grid = page.getByRole('table', { name: /^Progress of / });
  await expect(grid.getByRole('row', { name: new RegExp(trainee.username) })).toContainText('not tried');

  // The trainee sees the assignment and takes the exam: no world panel, no hint, a timer.
  const traineeContext = await browser.newContext();
  const exam = await traineeContext.newPage();
  await exam.goto('/train');
  await signIn(exam, trainee);
  const assignments = exam.getByRole('region', { name: 'Your assignments' });
  await expect(assignments).toContainText('Exam, 30 minutes, one attempt');
  // Before the exam, its scenario does not open as free training: the server refuses the preview.
  await exam.getByRole('button', { name: `Start: ${scenario}` }).click();
  // The due date is given in UTC: its hour depends on the browser's time zone.
  await expect(
    exam.getByText(
      new RegExp(
        `^"${scenario}" is in your exam Final exam due 2030-01-31 \\d\\d:00 UTC: take it from Your assignments\\.$`,
      ),
    ),
  ).toBeVisible();
  await assignments.getByRole('button', { name: `Take the exam: ${scenario}` }).click();
  await expect(exam.getByRole('heading', { name: `Exam: Final exam, ${scenario}` })).toBeVisible();
  await expect(exam.getByRole('timer', { name: 'Time left' })).toHaveText(/^(30:00|29:[0-5]\d)$/);
  await expect(exam.getByText('The exam has started: 30 minutes.')).toBeAttached();
  await expect(exam.getByRole('heading', { name: 'The world now' })).toHaveCount(0);
  await expect(exam.getByRole('button', { name: /Show a hint/ })).toHaveCount(0);
  await expect(exam.getByRole('button', { name: /Storage: play/ })).toHaveCount(0);
  await typeCommand(exam, 'lspv', 'Exam transcript');
  await exam.getByRole('button', { name: 'Finish and grade' }).click();
  await expect(exam.getByRole('region', { name: /^Your exam result \(attempt \d+\)$/ })).toContainText(
    'not passed',
  );
  await expect(exam.getByRole('timer')).toHaveCount(0);
  // One attempt: back on the list, the exam is taken.
  await exam.goto('/train');
  await expect(exam.getByRole('button', { name: `Exam taken: ${scenario}` })).toBeDisabled();
  await traineeContext.close();

  // The instructor sees the attempt in the grid, sorts it, replays it with the world, and downloads CSV.
  await page.reload();
  await page.getByRole('combobox', { name: 'Cohort' }).selectOption({ label: `${cohortName} (1 trainee)` });
  const row = grid.getByRole('row', { name: new RegExp(trainee.username) });
  await expect(row).toContainText('not passed');
  await expect(row).toContainText('1 attempt');
  await expect(row).toContainText('0 hints');
  const scoreHeader = grid.getByRole('columnheader', { name: new RegExp(scenario) });
  await expect(scoreHeader).toHaveAttribute('aria-sort', 'none');
  await scoreHeader.getByRole('button').click();
  await expect(scoreHeader).toHaveAttribute('aria-sort', 'ascending');
  await expect(grid.getByRole('columnheader', { name: 'Trainee' })).toHaveAttribute('aria-sort', 'none');
  await row.getByRole('button', { name: `Replay ${trainee.username}'s best attempt at ${scenario}` }).click();
  await expect(page.getByRole('heading', { name: 'The world now' })).toBeVisible();
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download CSV' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe(`${cohortName}-progress.csv`);
  const csv = (await readFile((await download.path()) ?? '', 'utf8')).split('\r\n');
  expect(csv[0]).toBe(
    '"Cohort","Trainee","Assignment","Mode","Due","Scenario","Attempts","Best score","Passed","Time taken (s)","Hints used","Late"',
  );
  expect(csv[1]).toMatch(
    new RegExp(
      `^"${cohortName}","${trainee.username}","Final exam","exam","2030-01-31T\\d\\d:00:00.000Z","${scenario}","1","\\d+","no","\\d+","0","no"$`,
    ),
  );

  // Resetting and removing a trainee are asked to be confirmed first.
  await page.getByRole('button', { name: `Reset ${trainee.username}` }).click();
  const confirm = page.getByRole('alertdialog');
  await expect(confirm).toContainText(
    `Delete every attempt of ${trainee.username} at this cohort's scenarios`,
  );
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  await expect(row).toContainText('1 attempt');
  await page.getByRole('button', { name: `Reset ${trainee.username}` }).click();
  await confirm.getByRole('button', { name: `Yes, reset ${trainee.username}` }).click();
  await expect(row).toContainText('not tried');
  await page.getByRole('button', { name: `Remove ${trainee.username}` }).click();
  await confirm.getByRole('button', { name: `Yes, remove ${trainee.username}` }).click();
  await expect(row).toHaveCount(0);
});
