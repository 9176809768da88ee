import { describe, expect, it } from 'vitest';
import { mountOrder } from './mount-order';

const nested = ['/data/sub/deep', '/app', '/data', '/data/sub'];

describe('the order of nested mount points', () => {
  it('mounts a parent before what is mounted below it', () => {
    expect(mountOrder('mount', nested)).toEqual(['/app', '/data', '/data/sub', '/data/sub/deep']);
  });

  it('unmounts what is mounted below a parent before the parent', () => {
    expect(mountOrder('umount', nested)).toEqual(['/data/sub/deep', '/data/sub', '/app', '/data']);
  });

  it('keeps the runbook’s order among mount points of one depth, and the given list as it was', () => {
    const given = [...nested];
    mountOrder('mount', given);
    expect(given).toEqual(nested);
  });
});
