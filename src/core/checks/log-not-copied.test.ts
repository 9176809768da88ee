import { describe, expect, it } from 'vitest';
import { contextFor } from '../test-support/facts';
import { logNotCopied } from './log-not-copied';

describe('log-not-copied', () => {
  it('passes when each log is on a copied disk', () => {
    expect(logNotCopied.run(contextFor())).toEqual([]);
  });

  it('blocks a log on a disk that is not copied', () => {
    const ctx = contextFor((f) => {
      f.targets.luns = f.targets.luns.filter((l) => l.sourceDisk !== 'hdisk4');
    });
    expect(logNotCopied.run(ctx)).toEqual([
      {
        id: 'log-not-copied',
        severity: 'blocker',
        finding: 'The log loglv00 of /data sits on a disk that is not copied.',
        reason:
          'A file system and its log must be copied at the same instant; without the log the copy cannot be replayed, and a log from another instant can corrupt metadata silently.',
        fix: 'Add target LUNs for the disks of loglv00.',
        step: 'phase1',
        field: 'targets.luns',
      },
    ]);
  });

  it('blocks a log kept outside the VG (rootvg’s hd8)', () => {
    const ctx = contextFor((f) => {
      f.sourceVg.fileSystems[0].log = 'hd8';
    });
    expect(logNotCopied.run(ctx).map((f) => [f.finding, f.step, f.field])).toEqual([
      ['The log hd8 of /data is not a logical volume of datavg.', 'start', 'sourceVg.fileSystems'],
    ]);
  });
});
