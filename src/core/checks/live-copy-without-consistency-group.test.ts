import { describe, expect, it } from 'vitest';
import { contextFor } from '../test-support/facts';
import { liveCopyWithoutConsistencyGroup } from './live-copy-without-consistency-group';

describe('live-copy-without-consistency-group', () => {
  it('passes freeze together with a consistency group', () => {
    const ctx = contextFor((f) => {
      f.consistency.approach = 'freeze-and-consistency-group';
    });
    expect(liveCopyWithoutConsistencyGroup.run(ctx)).toEqual([]);
  });

  it('warns about several LUNs copied live with freeze only', () => {
    const ctx = contextFor((f) => {
      f.consistency.approach = 'freeze';
    });
    expect(liveCopyWithoutConsistencyGroup.run(ctx)).toEqual([
      {
        id: 'live-copy-without-consistency-group',
        severity: 'warning',
        finding: '3 LUNs are copied while mounted without a storage consistency group.',
        reason:
          'Without a consistency group the LUNs are copied at slightly different instants; a file system and its log caught at different instants can replay into silent corruption.',
        fix: 'Put all LUNs of the VG in one consistency group (DS8000 mkflash -freeze, SVC FlashCopy consistency group).',
        step: 'consistency',
        field: 'consistency.approach',
      },
    ]);
  });

  it('passes Global Mirror, consistent by design at the secondary', () => {
    const ctx = contextFor((f) => {
      f.consistency.approach = 'freeze';
      f.copy.method = 'global-mirror';
    });
    expect(liveCopyWithoutConsistencyGroup.run(ctx)).toEqual([]);
  });
});
