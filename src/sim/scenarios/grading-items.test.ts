/**
 * The items a scenario's goal names: for a copy set (db2-two-vgs), each VG's file systems mounted where the
 * goal puts them, not only the first VG's (docs/procedure.md "Copy sets").
 */
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../index';
import { gradingItems } from './grading-items';

describe('the grading items of a copy set', () => {
  it('db2-two-vgs: the data and the log copies each mounted under /fc, the mount points sharing their points', () => {
    expect(gradingItems(loadScenario('db2-two-vgs')!).slice(0, 3)).toEqual([
      { check: 'copy-varied-on', points: 20 },
      { check: 'mounted', mountPoint: '/fc/db2/PRD/data', points: 10 },
      { check: 'mounted', mountPoint: '/fc/db2/PRD/log', vg: 'db2logcopyvg', points: 10 },
    ]);
  });
});
