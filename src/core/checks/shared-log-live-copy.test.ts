import { describe, expect, it } from 'vitest';
import { contextFor } from '../test-support/facts';
import { sharedLogLiveCopy } from './shared-log-live-copy';

describe('shared-log-live-copy', () => {
  it('says nothing when the file systems are unmounted for the copy', () => {
    const ctx = contextFor((f) => {
      f.sourceVg.fileSystems[1].log = 'loglv00';
    });
    expect(sharedLogLiveCopy.run(ctx)).toEqual([]);
  });

  it('advises one log per file system for a live copy', () => {
    const ctx = contextFor((f) => {
      f.sourceVg.fileSystems[1].log = 'loglv00';
      f.consistency.approach = 'freeze-and-consistency-group';
    });
    expect(sharedLogLiveCopy.run(ctx)).toEqual([
      {
        id: 'shared-log-live-copy',
        severity: 'advice',
        finding: '/data and /app share the log loglv00 and are copied while mounted.',
        reason:
          'A live copy replays each log on the copy; one log per file system, or an inline log, keeps a problem in one file system from reaching the others.',
        fix: 'Prefer JFS2 with an inline log, or one log per file system.',
        step: 'consistency',
        field: 'consistency.approach',
      },
    ]);
  });

  it('warns under the unsupported fallback, which forbids shared logs', () => {
    const ctx = contextFor((f) => {
      f.sourceVg.fileSystems[1].log = 'loglv00';
      f.consistency = {
        approach: 'unsupported-fallback',
        freezeTimeoutSeconds: 60,
        acknowledgeUnsupported: true,
      };
    });
    expect(sharedLogLiveCopy.run(ctx).map((f) => f.severity)).toEqual(['warning']);
  });
});
