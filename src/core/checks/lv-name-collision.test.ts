import { describe, expect, it } from 'vitest';
import { asRefresh, contextFor } from '../test-support/facts';
import { lvNameCollision } from './lv-name-collision';

describe('lv-name-collision', () => {
  it('passes recreatevg with a prefix no other LV uses', () => {
    expect(lvNameCollision.run(contextFor())).toEqual([]);
  });

  it('blocks recreatevg whose prefixed names exist (a second copy with the same prefix)', () => {
    const ctx = contextFor((f) => {
      f.host = { lvNames: ['fcloglv00', 'fcdatalv', 'fcapplv'] };
    });
    expect(lvNameCollision.run(ctx)).toEqual([
      {
        id: 'lv-name-collision',
        severity: 'blocker',
        finding: "The copy's LV names fcloglv00, fcdatalv and fcapplv already exist on this host.",
        reason: 'LV names are device names, unique on the whole host: recreatevg cannot define them twice.',
        fix: 'Choose an LV prefix (-Y) that no other copy on this host uses.',
        step: 'phase2',
        field: 'newVg.lvPrefix',
      },
    ]);
  });

  it('warns when a prefixed LV name exceeds 15 characters', () => {
    const ctx = contextFor((f) => {
      f.newVg.lvPrefix = 'copy2';
      f.sourceVg.lvs.push({ name: 'archivelogslv', type: 'jfs2', mountPoint: '/arch', disks: ['hdisk6'] });
    });
    expect(lvNameCollision.run(ctx).map((f) => [f.severity, f.finding])).toEqual([
      ['warning', 'With the LV prefix "copy2", archivelogslv would exceed 15 characters.'],
    ]);
  });

  it('warns that importvg renames clashing LV names on another host', () => {
    const ctx = contextFor((f) => {
      f.sourceOnHost = { present: false, variedOn: false, otherCopies: [] };
      f.host = { lvNames: ['loglv00'] };
    });
    expect(lvNameCollision.run(ctx).map((f) => [f.severity, f.finding, f.field])).toEqual([
      [
        'warning',
        'importvg would rename loglv00: those LV names already exist on this host.',
        'newVg.access',
      ],
    ]);
  });
});

describe('lv-name-collision on a refresh', () => {
  it('does not count the old copy’s own LV names, freed by exportvg', () => {
    const ctx = contextFor((f) => {
      asRefresh(f);
      f.host = { lvNames: ['fcloglv00', 'fcdatalv', 'fcapplv'] };
    });
    expect(lvNameCollision.run(ctx)).toEqual([]);
  });
});
