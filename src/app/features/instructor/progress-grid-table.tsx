/**
 * The trainee x scenario progress grid of a cohort: one row per trainee, one column per scenario of each
 * assignment; each cell the best attempt's score, result, time taken, hints used and lateness. Column
 * headers sort (aria-sort says how), a name filter and a state filter narrow the rows, and the grid
 * downloads as CSV (written by the server).
 */
import { useState } from 'react';
import type { ProgressGrid } from '../../sim-client/training-api';
import { smallButton } from '../../ui/buttons';
import { SelectField, TextField } from '../../ui/fields';
import { type GridView, orderRows, type RowFilter, type SortKey } from './grid-order';

type Cell = ProgressGrid['rows'][number]['cells'][number];

const filters: { value: RowFilter; label: string }[] = [
  { value: 'all', label: 'Every trainee' },
  { value: 'not-passed', label: 'Not passed yet' },
  { value: 'late', label: 'Late' },
];

function minutes(seconds: number): string {
  return seconds < 60 ? `${seconds} s` : `${Math.round(seconds / 60)} min`;
}

function CellText({ cell }: { cell: Cell }) {
  if (cell.attempts === 0) return <span className="text-slate-500">not tried</span>;
  const details = [
    `${cell.attempts} attempt${cell.attempts === 1 ? '' : 's'}`,
    ...(cell.durationSeconds !== null ? [minutes(cell.durationSeconds)] : []),
    ...(cell.hintsUsed !== null ? [`${cell.hintsUsed} hint${cell.hintsUsed === 1 ? '' : 's'}`] : []),
  ];
  return (
    <>
      <span className={cell.passed ? 'font-semibold text-green-800' : 'font-semibold text-red-700'}>
        {cell.bestScore} {cell.passed ? 'passed' : 'not passed'}
      </span>
      {cell.late && <span className="ml-1 rounded bg-amber-100 px-1 text-amber-900">late</span>}
      <span className="block text-xs text-slate-600">{details.join(' · ')}</span>
    </>
  );
}

function ReplayButton({ id, label, onReplay }: { id: number; label: string; onReplay(id: number): void }) {
  return (
    <button
      type="button"
      className="ml-1 text-xs text-brand-700 underline"
      aria-label={label}
      onClick={() => onReplay(id)}
    >
      replay
    </button>
  );
}

export function ProgressGridTable({
  grid,
  onDownload,
  onReplay,
}: {
  grid: ProgressGrid;
  onDownload(): void;
  onReplay(attemptId: number): void;
}) {
  const [view, setView] = useState<GridView>({
    sort: 'trainee',
    direction: 'ascending',
    name: '',
    show: 'all',
  });
  const rows = orderRows(grid, view);
  const sortBy = (sort: SortKey) =>
    setView((v) => ({
      ...v,
      sort,
      direction: v.sort === sort && v.direction === 'ascending' ? 'descending' : 'ascending',
    }));
  const ariaSort = (key: SortKey) => (view.sort === key ? view.direction : 'none');
  const header = (key: SortKey, label: React.ReactNode) => (
    <th scope="col" aria-sort={ariaSort(key)} className="px-2 py-1 align-bottom">
      <button type="button" className="text-left underline decoration-dotted" onClick={() => sortBy(key)}>
        {label}
        <span aria-hidden="true">
          {view.sort === key ? (view.direction === 'ascending' ? ' ▲' : ' ▼') : ''}
        </span>
      </button>
    </th>
  );
  return (
    <section aria-labelledby="grid-heading" className="mt-4">
      <div className="flex flex-wrap items-end gap-3">
        <h3 id="grid-heading" className="text-lg font-semibold">
          Progress of {grid.cohortName}
        </h3>
        <TextField
          label="Filter by name"
          value={view.name}
          onChange={(name) => setView((v) => ({ ...v, name }))}
        />
        <SelectField
          label="Show"
          value={view.show}
          options={filters}
          onChange={(show) => setView((v) => ({ ...v, show }))}
        />
        <button type="button" className={smallButton} onClick={onDownload}>
          Download CSV
        </button>
      </div>
      {grid.columns.length === 0 ? (
        <p className="mt-2 text-sm text-slate-600">
          No assignment yet: assign a scenario set to see progress.
        </p>
      ) : (
        <div className="mt-2 overflow-x-auto">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">
              Progress of {grid.cohortName}: trainees by scenario; column headers sort
            </caption>
            <thead>
              <tr>
                {header('trainee', 'Trainee')}
                {grid.columns.map((c, i) =>
                  header(
                    i,
                    <>
                      {c.scenarioTitle}
                      <span className="block text-xs font-normal text-slate-600">
                        {c.assignmentTitle} ({c.mode}), due {new Date(c.dueAt).toLocaleString()}
                      </span>
                    </>,
                  ),
                )}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.trainee} className="border-t border-slate-200">
                  <th scope="row" className="px-2 py-1 font-medium">
                    {row.trainee}
                  </th>
                  {row.cells.map((cell, i) => (
                    <td
                      key={`${grid.columns[i].assignmentId}-${grid.columns[i].scenarioId}`}
                      className="px-2 py-1"
                    >
                      <CellText cell={cell} />
                      {cell.bestAttemptId !== null && (
                        <ReplayButton
                          id={cell.bestAttemptId}
                          label={`Replay ${row.trainee}'s best attempt at ${grid.columns[i].scenarioTitle}`}
                          onReplay={onReplay}
                        />
                      )}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
          {rows.length === 0 && <p className="mt-2 text-sm text-slate-600">No trainee matches the filter.</p>}
        </div>
      )}
    </section>
  );
}
