import { describe, expect, it } from 'vitest';
import type { Facts } from '../model/facts';
import { contextFor } from '../test-support/facts';
import { mountedJfsWithoutUnmount } from './mounted-jfs-without-unmount';

function jfs(approach: Facts['consistency']['approach']) {
  return contextFor((f) => {
    f.sourceVg.fileSystems[0].vfs = 'jfs';
    f.consistency.approach = approach;
  });
}

describe('mounted-jfs-without-unmount', () => {
  it('passes a mounted JFS that is unmounted for the copy', () => {
    expect(mountedJfsWithoutUnmount.run(jfs('unmount'))).toEqual([]);
  });

  it('blocks freeze-only for a mounted JFS, which cannot be frozen', () => {
    expect(mountedJfsWithoutUnmount.run(jfs('freeze'))).toEqual([
      {
        id: 'mounted-jfs-without-unmount',
        severity: 'blocker',
        finding: 'JFS file systems /data stay mounted during the copy, and JFS cannot be frozen.',
        reason:
          'chfs -a freeze works on JFS2 only: a JFS file system keeps writing, its cache is not flushed, and the copy catches it mid-write.',
        fix: 'Unmount the JFS file systems before the copy (or migrate them to JFS2).',
        step: 'consistency',
        field: 'consistency.approach',
      },
    ]);
  });

  it('warns with a consistency group only', () => {
    expect(mountedJfsWithoutUnmount.run(jfs('consistency-group')).map((f) => [f.severity, f.reason])).toEqual(
      [['warning', 'JFS has no freeze: only unmounting flushes its cache before the copy.']],
    );
  });

  it('passes a JFS on a source varied off beforehand: nothing of it is mounted or written', () => {
    const ctx = contextFor((f) => {
      f.sourceVg.fileSystems[0].vfs = 'jfs';
      f.consistency.approach = 'freeze';
      f.sourceOnHost.variedOn = false;
    });
    expect(mountedJfsWithoutUnmount.run(ctx)).toEqual([]);
  });
});
