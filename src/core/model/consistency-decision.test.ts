import { describe, expect, it } from 'vitest';
import {
  answerConsistency,
  answersOf,
  chooseApproach,
  decideApproach,
  freezeSupport,
  suggestedMethod,
} from './consistency-decision';
import type { Facts } from './facts';
import { emptyFacts, sampleFacts } from './sample';

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

  it('reads the answers back from the stored approach of a runbook saved before answers were kept', () => {
    const saved = (approach: Facts['consistency']['approach']) => ({
      approach,
      freezeTimeoutSeconds: 60,
      acknowledgeUnsupported: false,
    });
    expect(answersOf(saved('freeze-and-consistency-group'))).toEqual({
      canUnmount: false,
      consistencyGroup: true,
    });
    expect(answersOf(saved('unmount'))).toEqual({ canUnmount: true, consistencyGroup: null });
  });

  it('decides nothing while a question it needs is unanswered', () => {
    expect(decideApproach(jfs2, { canUnmount: null, consistencyGroup: true })).toBe(null);
    expect(decideApproach(jfs2, { canUnmount: false, consistencyGroup: null })).toBe(null);
  });

  it('keeps each answer as given, and the method once both are given', () => {
    const fresh = { ...sampleFacts(), consistency: emptyFacts().consistency };
    const mounted = answerConsistency(fresh, { canUnmount: false });
    expect(mounted.consistency).toEqual({
      approach: null,
      canUnmount: false,
      consistencyGroup: null,
      freezeTimeoutSeconds: 60,
      acknowledgeUnsupported: false,
    });
    expect(answerConsistency(mounted, { consistencyGroup: true }).consistency).toEqual({
      approach: 'freeze-and-consistency-group',
      canUnmount: false,
      consistencyGroup: true,
      freezeTimeoutSeconds: 60,
      acknowledgeUnsupported: false,
    });
  });

  it('records the answers a method chosen directly implies', () => {
    const fresh = { ...sampleFacts(), consistency: emptyFacts().consistency };
    expect(chooseApproach(fresh, 'consistency-group').consistency).toEqual({
      approach: 'consistency-group',
      canUnmount: false,
      consistencyGroup: true,
      freezeTimeoutSeconds: 60,
      acknowledgeUnsupported: false,
    });
  });

  it('suggests freeze/thaw with its reason for mounted JFS2 on a level that has it, and chooses nothing', () => {
    const fresh = { ...sampleFacts(), consistency: emptyFacts().consistency };
    expect(suggestedMethod(fresh)).toBe(undefined);
    const mounted = answerConsistency(fresh, { canUnmount: false });
    expect(suggestedMethod(mounted)).toEqual({
      approach: 'freeze',
      reason: 'Every file system is JFS2 and AIX 7.2 has JFS2 freeze/thaw.',
    });
    expect(mounted.consistency.approach).toBe(null);
    expect(suggestedMethod({ ...mounted, aix: oldAix.aix })).toBe(undefined);
    expect(suggestedMethod(answerConsistency(mounted, { consistencyGroup: false }))).toBe(undefined);
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
