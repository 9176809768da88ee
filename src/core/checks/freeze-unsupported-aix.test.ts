import { describe, expect, it } from 'vitest';
import { contextFor } from '../test-support/facts';
import { hasFreeze } from '../model/consistency-decision';
import { freezeUnsupportedAix } from './freeze-unsupported-aix';

describe('freeze-unsupported-aix', () => {
  it('knows which levels have JFS2 freeze', () => {
    expect(hasFreeze({ release: '5.2', technologyLevel: 8, hasIY66043: false })).toBe(false);
    expect(hasFreeze({ release: '5.2', technologyLevel: 8, hasIY66043: true })).toBe(true);
    expect(hasFreeze({ release: '5.3', technologyLevel: 0, hasIY66043: false })).toBe(false);
    expect(hasFreeze({ release: '5.3', technologyLevel: 1, hasIY66043: false })).toBe(true);
    expect(hasFreeze({ release: '6.1', technologyLevel: 0, hasIY66043: false })).toBe(true);
  });

  it('blocks freeze on AIX 5.2 without IY66043', () => {
    const ctx = contextFor((f) => {
      f.aix = { release: '5.2', technologyLevel: 8, hasIY66043: false };
      f.consistency.approach = 'freeze';
    });
    expect(freezeUnsupportedAix.run(ctx)).toEqual([
      {
        id: 'freeze-unsupported-aix',
        severity: 'blocker',
        finding: 'Freeze/thaw is planned on AIX 5.2 without APAR IY66043, which lacks JFS2 freeze.',
        reason:
          'chfs -a freeze exists from AIX 5.2 with IY66043 and AIX 5.3 ML1; on older levels nothing is frozen.',
        fix: 'Install APAR IY66043, or unmount the file systems, or use a storage consistency group only.',
        step: 'start',
        field: 'aix.hasIY66043',
      },
    ]);
  });

  it('blocks freeze on AIX 5.3 ML0 and passes a consistency group there', () => {
    const freeze = contextFor((f) => {
      f.aix = { release: '5.3', technologyLevel: 0, hasIY66043: false };
      f.consistency.approach = 'freeze-and-consistency-group';
    });
    expect(freezeUnsupportedAix.run(freeze).map((f) => [f.finding, f.field])).toEqual([
      ['Freeze/thaw is planned on AIX 5.3 ML0, which lacks JFS2 freeze.', 'aix.technologyLevel'],
    ]);
    const cg = contextFor((f) => {
      f.aix = { release: '5.3', technologyLevel: 0, hasIY66043: false };
      f.consistency.approach = 'consistency-group';
    });
    expect(freezeUnsupportedAix.run(cg)).toEqual([]);
  });
});
