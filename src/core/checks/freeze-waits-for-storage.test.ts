import { describe, expect, it } from 'vitest';
import { contextFor } from '../test-support/facts';
import { freezeWaitsForStorage } from './freeze-waits-for-storage';

describe('freeze-waits-for-storage', () => {
  it('says nothing when the script runs the storage CLI itself', () => {
    const ctx = contextFor((f) => {
      f.consistency.approach = 'freeze';
      if (f.storage) f.storage.commands = 'cli';
    });
    expect(freezeWaitsForStorage.run(ctx)).toEqual([]);
  });

  it('warns that the freeze lasts while the storage admin is asked to copy', () => {
    const ctx = contextFor((f) => {
      f.consistency.approach = 'freeze-and-consistency-group';
    });
    expect(freezeWaitsForStorage.run(ctx)).toEqual([
      {
        id: 'freeze-waits-for-storage',
        severity: 'warning',
        finding: 'The file systems stay frozen (at most 60 s) while the script waits for the storage admin.',
        reason:
          'Writers wait while a file system is frozen, and the freeze ends by itself at the timeout: the storage admin must start the copy and answer within it.',
        fix: 'Let the script run the storage CLI (storage commands: CLI), or have the storage admin ready on the line and set a freeze timeout that covers their reply.',
        step: 'consistency',
        field: 'storage.commands',
      },
    ]);
  });
});
