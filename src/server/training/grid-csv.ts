/**
 * The progress grid as CSV (RFC 4180: every field quoted, quotes doubled, CRLF line ends), one line per
 * trainee and scenario, for a spreadsheet. A text field starting with =, +, -, @ (or a tab or carriage
 * return) gets a leading ' so a spreadsheet shows it as text instead of running it as a formula (OWASP
 * "CSV Injection"): trainee names and titles are typed by people.
 */
import type { ProgressGrid } from '../../sim/grader/cohort';

const header = [
  'Cohort',
  'Trainee',
  'Assignment',
  'Mode',
  'Due',
  'Scenario',
  'Attempts',
  'Best score',
  'Passed',
  'Time taken (s)',
  'Hints used',
  'Late',
];

/** One field, quoted, and defused when a spreadsheet would read it as a formula. */
function csvField(value: string | number | null): string {
  const text = value === null ? '' : String(value);
  const safe = typeof value === 'string' && /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return `"${safe.replaceAll('"', '""')}"`;
}

export function gridCsv(grid: ProgressGrid): string {
  const records: (string | number | null)[][] = [header];
  for (const row of grid.rows) {
    row.cells.forEach((cell, i) => {
      const column = grid.columns[i];
      const tried = cell.attempts > 0;
      records.push([
        grid.cohortName,
        row.trainee,
        column.assignmentTitle,
        column.mode,
        column.dueAt,
        column.scenarioTitle,
        cell.attempts,
        cell.bestScore,
        tried ? (cell.passed ? 'yes' : 'no') : '',
        cell.durationSeconds,
        cell.hintsUsed,
        tried ? (cell.late ? 'yes' : 'no') : '',
      ]);
    });
  }
  return records.map((fields) => `${fields.map(csvField).join(',')}\r\n`).join('');
}
