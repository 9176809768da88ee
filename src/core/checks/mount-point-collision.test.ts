import { describe, expect, it } from 'vitest';
import { asRefresh, contextFor } from '../test-support/facts';
import { mountPointCollision } from './mount-point-collision';

describe('mount-point-collision', () => {
  it('passes recreatevg with its own mount-point prefix', () => {
    expect(mountPointCollision.run(contextFor())).toEqual([]);
  });

  it('blocks a prefix another copy already uses', () => {
    const ctx = contextFor((f) => {
      f.host = { mountPoints: ['/', '/fc/data'] };
    });
    expect(mountPointCollision.run(ctx)).toEqual([
      {
        id: 'mount-point-collision',
        severity: 'blocker',
        finding: "The copy's mount points /fc/data are already used on this host.",
        reason:
          'Two file systems cannot share a mount point: the copy would hide the other file system, and /etc/filesystems cannot hold the stanza twice.',
        fix: 'Choose a mount-point prefix (-L) that no other copy on this host uses.',
        step: 'phase2',
        field: 'newVg.mountPrefix',
      },
    ]);
  });

  it('blocks importvg onto mount points the host already has (imfs skips the stanza)', () => {
    const ctx = contextFor((f) => {
      f.sourceOnHost = { present: false, variedOn: false, otherCopies: [] };
      f.host = { mountPoints: ['/data'] };
    });
    expect(mountPointCollision.run(ctx).map((f) => [f.finding, f.reason, f.field])).toEqual([
      [
        "The copy's mount points /data are already used on this host.",
        'importvg does not rename mount points: it skips the clashing stanzas, and those file systems of the copy cannot be mounted.',
        'newVg.access',
      ],
    ]);
  });
});

describe('mount-point-collision on a refresh', () => {
  it('does not count the old copy’s own mount points, freed by exportvg', () => {
    const ctx = contextFor((f) => {
      asRefresh(f);
      f.host = { mountPoints: ['/fc/data', '/fc/app'] };
    });
    expect(mountPointCollision.run(ctx)).toEqual([]);
  });
});
