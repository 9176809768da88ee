import { describe, expect, it } from 'vitest';
import { contextFor } from '../test-support/facts';
import { chdevPvUnnecessary } from './chdev-pv-unnecessary';

describe('chdev-pv-unnecessary', () => {
  it('passes when no chdev steps are asked for', () => {
    expect(chdevPvUnnecessary.run(contextFor())).toEqual([]);
  });

  it('flags chdev pv=clear / pv=yes as unnecessary', () => {
    const ctx = contextFor((f) => {
      f.chdevPvSteps = true;
    });
    expect(chdevPvUnnecessary.run(ctx)).toEqual([
      {
        id: 'chdev-pv-unnecessary',
        severity: 'warning',
        finding: 'chdev -a pv=clear / pv=yes steps are requested; they are unnecessary.',
        reason:
          'recreatevg gives the copy disks new PVIDs itself; clearing them by hand adds steps that can hit the wrong disk (0514-062 on a disk in use).',
        fix: 'Drop the chdev pv=clear / pv=yes steps: the plan leaves them out.',
        step: 'phase2',
        field: 'chdevPvSteps',
      },
    ]);
  });
});
