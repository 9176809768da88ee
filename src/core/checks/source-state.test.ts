import { describe, expect, it } from 'vitest';
import { contextFor } from '../test-support/facts';
import { sourceState } from './source-state';

describe('source-state', () => {
  it('passes a source VG defined and varied on here', () => {
    expect(sourceState.run(contextFor())).toEqual([]);
  });

  it('blocks a source said to be varied on but not on this host', () => {
    const ctx = contextFor((f) => {
      f.sourceOnHost = { present: false, variedOn: true, otherCopies: [] };
    });
    expect(sourceState.run(ctx)).toEqual([
      {
        id: 'source-state',
        severity: 'blocker',
        finding: 'datavg is said to be varied on but not defined on this host.',
        reason:
          'Only a VG defined on the host can be varied on there; the plan and the preflight depend on this state.',
        fix: 'Say whether the source VG is on this host; if it is not, it is not varied on here either.',
        step: 'phase1',
        field: 'sourceOnHost.variedOn',
      },
    ]);
  });
});
