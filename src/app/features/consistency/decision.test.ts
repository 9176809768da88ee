import { describe, expect, it } from 'vitest';
import { sampleFacts } from '../../../core/model/sample';
import { answersOf, decideApproach, freezeSupport, sharedLogs } from './decision';

describe('the consistency decision path', () => {
  it('unmounts whenever the file systems can be unmounted', () => {
    expect(decideApproach({ canUnmount: true, consistencyGroup: true }, { available: true })).toBe('unmount');
  });

  it('freezes JFS2 and uses a consistency group when both are there, either alone otherwise', () => {
    expect(decideApproach({ canUnmount: false, consistencyGroup: true }, { available: true })).toBe(
      'freeze-and-consistency-group',
    );
    expect(decideApproach({ canUnmount: false, consistencyGroup: true }, { available: false })).toBe(
      'consistency-group',
    );
    expect(decideApproach({ canUnmount: false, consistencyGroup: false }, { available: true })).toBe(
      'freeze',
    );
  });

  it('ends in the unsupported fallback with neither freeze nor consistency group', () => {
    expect(decideApproach({ canUnmount: false, consistencyGroup: false }, { available: false })).toBe(
      'unsupported-fallback',
    );
  });

  it('reads the answers back from the stored approach', () => {
    expect(answersOf('freeze-and-consistency-group')).toEqual({ canUnmount: false, consistencyGroup: true });
    expect(answersOf('unmount')).toEqual({ canUnmount: true, consistencyGroup: false });
  });

  it('has no freeze on AIX 5.2 without IY66043, on AIX 5.3 ML0, or for a JFS file system', () => {
    const facts = sampleFacts();
    expect(freezeSupport(facts)).toEqual({ available: true });
    expect(
      freezeSupport({ ...facts, aix: { release: '5.2', technologyLevel: 8, hasIY66043: false } }),
    ).toEqual({
      available: false,
      reason: 'AIX 5.2 has freeze/thaw only with APAR IY66043.',
    });
    expect(
      freezeSupport({ ...facts, aix: { release: '5.3', technologyLevel: 0, hasIY66043: false } }),
    ).toEqual({
      available: false,
      reason: 'AIX 5.3 has freeze/thaw from maintenance level 1; this host is at ML0.',
    });
    const jfs = structuredClone(facts);
    jfs.sourceVg.fileSystems[0].vfs = 'jfs';
    expect(freezeSupport(jfs)).toEqual({ available: false, reason: 'JFS has no freeze: /data is JFS.' });
  });

  it('lists the file systems that share one log', () => {
    const facts = structuredClone(sampleFacts());
    expect(sharedLogs(facts)).toEqual([]);
    facts.sourceVg.fileSystems[1].log = 'loglv00';
    expect(sharedLogs(facts)).toEqual([{ log: 'loglv00', mountPoints: ['/data', '/app'] }]);
  });
});
