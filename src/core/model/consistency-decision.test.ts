import { describe, expect, it } from 'vitest';
import { answersOf, decideApproach, freezeSupport } from './consistency-decision';
import type { Facts } from './facts';
import { sampleFacts } from './sample';

const jfs2 = sampleFacts();
const oldAix: Facts = { ...jfs2, aix: { release: '5.3', technologyLevel: 0, hasIY66043: false } };

describe('the consistency decision', () => {
  it('unmounts whenever the file systems can be unmounted', () => {
    expect(decideApproach(jfs2, { canUnmount: true, consistencyGroup: true })).toBe('unmount');
  });

  it('freezes JFS2 and uses a consistency group when both are there, either alone otherwise', () => {
    expect(decideApproach(jfs2, { canUnmount: false, consistencyGroup: true })).toBe(
      'freeze-and-consistency-group',
    );
    expect(decideApproach(oldAix, { canUnmount: false, consistencyGroup: true })).toBe('consistency-group');
    expect(decideApproach(jfs2, { canUnmount: false, consistencyGroup: false })).toBe('freeze');
  });

  it('ends in the unsupported fallback with neither freeze nor consistency group', () => {
    expect(decideApproach(oldAix, { canUnmount: false, consistencyGroup: false })).toBe(
      'unsupported-fallback',
    );
  });

  it('reads the answers back from the stored approach', () => {
    expect(answersOf('freeze-and-consistency-group')).toEqual({ canUnmount: false, consistencyGroup: true });
    expect(answersOf('unmount')).toEqual({ canUnmount: true, consistencyGroup: false });
  });

  it('has no freeze on AIX 5.2 without IY66043, on AIX 5.3 ML0, or for a JFS file system', () => {
    expect(freezeSupport(jfs2)).toEqual({ available: true });
    expect(
      freezeSupport({ ...jfs2, aix: { release: '5.2', technologyLevel: 8, hasIY66043: false } }),
    ).toEqual({
      available: false,
      reason: 'AIX 5.2 has freeze/thaw only with APAR IY66043.',
    });
    expect(freezeSupport(oldAix)).toEqual({
      available: false,
      reason: 'AIX 5.3 has freeze/thaw from maintenance level 1; this host is at ML0.',
    });
    const jfs = structuredClone(jfs2);
    jfs.sourceVg.fileSystems[0].vfs = 'jfs';
    expect(freezeSupport(jfs)).toEqual({ available: false, reason: 'JFS has no freeze: /data is JFS.' });
  });
});
