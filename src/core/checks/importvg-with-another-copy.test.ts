import { describe, expect, it } from 'vitest';
import { contextFor } from '../test-support/facts';
import { importvgWithAnotherCopy } from './importvg-with-another-copy';

describe('importvg-with-another-copy', () => {
  it('passes with the automatic choice', () => {
    expect(importvgWithAnotherCopy.run(contextFor())).toEqual([]);
  });

  it('blocks importvg while the source VG is on the host', () => {
    const ctx = contextFor((f) => {
      f.newVg.access = 'importvg';
    });
    expect(importvgWithAnotherCopy.run(ctx)).toEqual([
      {
        id: 'importvg-with-another-copy',
        severity: 'blocker',
        finding: 'importvg is chosen although the source VG datavg is on this host.',
        reason:
          'The copy carries the same VG id and PVIDs as the other copy: importvg fails ("Volume Group already exists") and AIX tolerates duplicate PVIDs only briefly. recreatevg gives the copy new PVIDs, a new VG id and new LV and mount-point names.',
        fix: 'Choose recreatevg (or "automatic") as the access method.',
        step: 'phase2',
        field: 'newVg.access',
      },
    ]);
  });

  it('blocks importvg when only another copy is on the host', () => {
    const ctx = contextFor((f) => {
      f.newVg.access = 'importvg';
      f.sourceOnHost = {
        present: false,
        variedOn: false,
        otherCopies: [{ vgName: 'bkvg', variedOn: false, disks: [] }],
      };
    });
    expect(importvgWithAnotherCopy.run(ctx).map((f) => f.finding)).toEqual([
      'importvg is chosen although other copies (bkvg) are on this host.',
    ]);
  });

  it('passes importvg on a host that knows no copy of the VG', () => {
    const ctx = contextFor((f) => {
      f.newVg.access = 'importvg';
      f.sourceOnHost = { present: false, variedOn: false, otherCopies: [] };
    });
    expect(importvgWithAnotherCopy.run(ctx)).toEqual([]);
  });
});
