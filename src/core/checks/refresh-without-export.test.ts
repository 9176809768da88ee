import { describe, expect, it } from 'vitest';
import { asRefresh, contextFor } from '../test-support/facts';
import { refreshWithoutExport } from './refresh-without-export';

describe('refresh-without-export', () => {
  it('passes a refresh of a known copy on the same LUNs', () => {
    const ctx = contextFor((f) => {
      asRefresh(f);
    });
    expect(refreshWithoutExport.run(ctx)).toEqual([]);
  });

  it('blocks a refresh whose old copy is unknown, since it cannot be varied off and exported', () => {
    const ctx = contextFor((f) => {
      f.mode = 'refresh';
    });
    expect(refreshWithoutExport.run(ctx)).toEqual([
      {
        id: 'refresh-without-export',
        severity: 'blocker',
        finding: 'A refresh is planned but the existing copy (its VG name) is not given.',
        reason:
          'The old copy must be unmounted, varied off (varyoffvg) and exported (exportvg) before the new copy; without its name the plan cannot do that, and recreatevg would fail on a name still in the ODM.',
        fix: 'Enter the VG name, disks and state of the existing copy.',
        step: 'phase1',
        field: 'existingCopy.vgName',
      },
    ]);
  });
});
