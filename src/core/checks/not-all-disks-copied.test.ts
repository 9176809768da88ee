import { describe, expect, it } from 'vitest';
import { contextFor } from '../test-support/facts';
import { notAllDisksCopied } from './not-all-disks-copied';

describe('not-all-disks-copied', () => {
  it('passes when every disk has a target LUN', () => {
    expect(notAllDisksCopied.run(contextFor())).toEqual([]);
  });

  it('blocks a copy that leaves a disk out', () => {
    const ctx = contextFor((f) => {
      f.targets.luns = f.targets.luns.filter((l) => l.sourceDisk !== 'hdisk6');
    });
    expect(notAllDisksCopied.run(ctx)).toEqual([
      {
        id: 'not-all-disks-copied',
        severity: 'blocker',
        finding: 'Disks hdisk6 of datavg have no target LUN.',
        reason:
          'Every disk of the VG must be copied: recreatevg needs all of them, and a VG with disks missing cannot be varied on without quorum, or loses the LVs on the missing disks.',
        fix: 'Add a target LUN for each of hdisk6.',
        step: 'phase1',
        field: 'targets.luns',
      },
    ]);
  });
});
