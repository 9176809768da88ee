/**
 * Which rows of the progress grid show, and in which order: the instructor sorts by trainee or by any
 * column's best score, and filters by name and by state (not passed yet, late). Pure, so it is tested
 * without React.
 */
import type { ProgressGrid } from '../../sim-client/training-api';

type Row = ProgressGrid['rows'][number];

/** 'trainee', or the index of a column (its best score). */
export type SortKey = 'trainee' | number;
type SortDirection = 'ascending' | 'descending';
export type RowFilter = 'all' | 'not-passed' | 'late';

export interface GridView {
  sort: SortKey;
  direction: SortDirection;
  name: string;
  show: RowFilter;
}

const shown: Record<RowFilter, (row: Row) => boolean> = {
  all: () => true,
  'not-passed': (row) => row.cells.some((cell) => !cell.passed),
  late: (row) => row.cells.some((cell) => cell.late),
};

/** The rows to show, in order; a trainee with no attempt at the sorted column comes last either way. */
export function orderRows(grid: ProgressGrid, view: GridView): Row[] {
  const name = view.name.trim().toLowerCase();
  const sign = view.direction === 'ascending' ? 1 : -1;
  const byName = (a: Row, b: Row) => a.trainee.localeCompare(b.trainee);
  const column = view.sort;
  const compare =
    column === 'trainee'
      ? (a: Row, b: Row) => sign * byName(a, b)
      : (a: Row, b: Row) => {
          const x = a.cells[column]?.bestScore ?? null;
          const y = b.cells[column]?.bestScore ?? null;
          if (x === null || y === null) return (x === null ? 1 : 0) - (y === null ? 1 : 0) || byName(a, b);
          return sign * (x - y) || byName(a, b);
        };
  return grid.rows
    .filter((row) => row.trainee.toLowerCase().includes(name) && shown[view.show](row))
    .sort(compare);
}
