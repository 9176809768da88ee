import { describe, expect, it } from 'vitest';
import { contextFor } from '../test-support/facts';
import { storageCommandsManual } from './storage-commands-manual';

describe('storage-commands-manual', () => {
  it('says nothing for DS8000, whose commands vgcopy writes', () => {
    expect(storageCommandsManual.run(contextFor())).toEqual([]);
  });

  it('advises that the storage admin brings the commands for other storage', () => {
    const ctx = contextFor((f) => {
      f.copy.storage = 'other';
    });
    expect(storageCommandsManual.run(ctx)).toEqual([
      {
        id: 'storage-commands-manual',
        severity: 'advice',
        finding: 'vgcopy does not write the storage commands for this storage and copy method.',
        reason:
          'The host procedure is the same; the storage admin makes the copy with their own tools at the points the plan marks.',
        fix: 'Give the storage admin the plan: the script pauses where the copy is made.',
        step: 'phase1',
        field: 'copy.storage',
      },
    ]);
  });

  it('blocks the CLI mode where vgcopy knows no commands (other storage)', () => {
    const ctx = contextFor((f) => {
      f.copy.storage = 'other';
      if (f.storage) f.storage.commands = 'cli';
    });
    expect(storageCommandsManual.run(ctx).map((f) => [f.severity, f.field])).toEqual([
      ['blocker', 'storage.commands'],
    ]);
  });

  it('says nothing for SVC Global Mirror, whose remote copy commands vgcopy writes', () => {
    const ctx = contextFor((f) => {
      f.copy.storage = 'svc';
      f.copy.method = 'global-mirror';
      if (f.storage) f.storage.commands = 'cli';
    });
    expect(storageCommandsManual.run(ctx)).toEqual([]);
  });
});
