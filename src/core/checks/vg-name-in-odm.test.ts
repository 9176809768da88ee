import { describe, expect, it } from 'vitest';
import { contextFor } from '../test-support/facts';
import { vgNameInOdm } from './vg-name-in-odm';

describe('vg-name-in-odm', () => {
  it('passes a new name', () => {
    expect(vgNameInOdm.run(contextFor())).toEqual([]);
  });

  it('blocks the source VG name on the same host', () => {
    const ctx = contextFor((f) => {
      f.newVg.name = 'datavg';
    });
    expect(vgNameInOdm.run(ctx)).toEqual([
      {
        id: 'vg-name-in-odm',
        severity: 'blocker',
        finding: "The copy's VG name datavg is already in the ODM of this host.",
        reason:
          'A VG name already defined in the ODM cannot be defined again: recreatevg or importvg stops with "The device name is already used".',
        fix: 'Choose another VG name for the copy (e.g. the source name with a prefix such as fc).',
        step: 'phase2',
        field: 'newVg.name',
      },
    ]);
  });

  it('blocks a name the host inventory lists', () => {
    const ctx = contextFor((f) => {
      f.host = { vgs: ['rootvg', 'flashcopyvg'] };
    });
    expect(vgNameInOdm.run(ctx).map((f) => f.field)).toEqual(['newVg.name']);
  });

  it('allows the old copy’s own name on a refresh, since the old copy is exported first', () => {
    const ctx = contextFor((f) => {
      f.mode = 'refresh';
      f.existingCopy = { vgName: 'flashcopyvg', disks: [], variedOn: true, mounted: true };
      f.host = { vgs: ['rootvg', 'datavg', 'flashcopyvg'] };
    });
    expect(vgNameInOdm.run(ctx)).toEqual([]);
  });
});
