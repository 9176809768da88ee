import { describe, expect, it } from 'vitest';
import type { ProgressGrid } from '../../sim-client/training-api';
import { type GridView, orderRows } from './grid-order';

const cell = (bestScore: number | null, late = false) => ({
  attempts: bestScore === null ? 0 : 1,
  bestAttemptId: bestScore === null ? null : 1,
  bestScore,
  passed: bestScore !== null && bestScore >= 70,
  durationSeconds: null,
  hintsUsed: null,
  late,
});
const grid: ProgressGrid = {
  cohortId: 1,
  cohortName: 'December',
  columns: [],
  rows: [
    { trainee: 'Carl', cells: [cell(40)] },
    { trainee: 'ann', cells: [cell(100, true)] },
    { trainee: 'Bob', cells: [cell(null)] },
    { trainee: 'Dora', cells: [cell(100)] },
  ],
};
const names = (view: Partial<GridView>) =>
  orderRows(grid, { sort: 'trainee', direction: 'ascending', name: '', show: 'all', ...view }).map(
    (r) => r.trainee,
  );

describe('the progress grid as the instructor sorts and filters it', () => {
  it('sorts by trainee either way, and by a score with the untried last either way', () => {
    expect(names({})).toEqual(['ann', 'Bob', 'Carl', 'Dora']);
    expect(names({ direction: 'descending' })).toEqual(['Dora', 'Carl', 'Bob', 'ann']);
    expect(names({ sort: 0, direction: 'descending' })).toEqual(['ann', 'Dora', 'Carl', 'Bob']);
    expect(names({ sort: 0 })).toEqual(['Carl', 'ann', 'Dora', 'Bob']);
  });

  it('filters by part of a name, by not passed yet, and by late', () => {
    expect(names({ name: 'A' })).toEqual(['ann', 'Carl', 'Dora']);
    expect(names({ show: 'not-passed' })).toEqual(['Bob', 'Carl']);
    expect(names({ show: 'late' })).toEqual(['ann']);
  });
});
