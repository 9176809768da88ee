import { describe, expect, it } from 'vitest';
import type { Facts } from '../model/facts';
import { buildPlan } from '../plan/build-plan';
import { contextFor, exampleFacts } from '../test-support/facts';
import { mountguardCopy } from './mountguard-copy';

describe('mountguard-copy', () => {
  it('a live copy of a guarded, mounted file system: AIX refuses its mount; the plan mounts it with -o noguard', () => {
    const guardData = (f: Facts) => {
      f.sourceVg.fileSystems[0].mountGuard = true;
      f.consistency.approach = 'freeze-and-consistency-group';
    };
    expect(mountguardCopy.run(contextFor(guardData))).toEqual([
      {
        id: 'mountguard-copy',
        severity: 'advice',
        finding:
          '/data has mountguard on and is mounted while the copy is taken: AIX refuses to mount the copy (0506-365, "Cannot mount guarded filesystem").',
        reason:
          'A guarded mount marks the superblock as mounted; the copy carries the mark, so AIX takes it for the same file system mounted on another node.',
        fix: "The plan mounts /fc/data once with mount -o noguard, which leaves the copy's mountguard as the source has it; its umount clears the mark for later mounts.",
        step: 'phase2',
        field: 'sourceVg.fileSystems',
      },
    ]);
    expect(buildPlan(exampleFacts(guardData)).steps.find((s) => s.id === 'mount-copy')).toMatchObject({
      commands: ['mount -o noguard /fc/data', 'mount /fc/app'],
      action: { kind: 'mount', mountPoints: ['/fc/data', '/fc/app'], noGuard: ['/fc/data'] },
    });
  });

  it('unmounted for the copy, the mark is cleared first: a plain mount, no finding', () => {
    const unmounted = (f: Facts) => {
      f.sourceVg.fileSystems[0].mountGuard = true;
      f.consistency.approach = 'unmount';
    };
    expect(mountguardCopy.run(contextFor(unmounted))).toEqual([]);
    expect(buildPlan(exampleFacts(unmounted)).steps.find((s) => s.id === 'mount-copy')?.commands).toEqual([
      'mount /fc/data',
      'mount /fc/app',
    ]);
  });
});
