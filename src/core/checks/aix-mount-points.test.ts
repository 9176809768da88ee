import { describe, expect, it } from 'vitest';
import { contextFor } from '../test-support/facts';
import { aixMountPoints } from './aix-mount-points';

describe('aix-mount-points', () => {
  it('passes absolute mount points and prefix', () => {
    expect(aixMountPoints.run(contextFor())).toEqual([]);
  });

  it('blocks a relative prefix', () => {
    const ctx = contextFor((f) => {
      f.newVg.mountPrefix = 'fc';
    });
    expect(aixMountPoints.run(ctx)).toEqual([
      {
        id: 'aix-mount-points',
        severity: 'blocker',
        finding: 'The mount-point prefix is not valid: "fc" is not an absolute path; it must start with "/".',
        reason:
          'recreatevg -L puts the prefix in front of every mount point: it must be an absolute path without spaces, and "/" would reuse the source’s mount points.',
        fix: 'Choose a prefix such as /fc.',
        step: 'phase2',
        field: 'newVg.mountPrefix',
      },
    ]);
  });

  it('blocks "/" as prefix and mount points with spaces', () => {
    const ctx = contextFor((f) => {
      f.newVg.mountPrefix = '/';
      f.sourceVg.fileSystems[1].mountPoint = '/app data';
    });
    expect(aixMountPoints.run(ctx).map((f) => f.finding)).toEqual([
      'The mount-point prefix is not valid: "/" keeps the original mount points.',
      'Mount points of the source VG are not valid: "/app data" contains a space; AIX mount points cannot.',
    ]);
  });
});
