import { describe, expect, it } from 'vitest';
import { contextFor } from '../test-support/facts';
import { applicationNotCrashRecoverable } from './application-not-crash-recoverable';

const fragileApp = {
  kind: 'other' as const,
  name: 'billing',
  owner: '',
  running: true,
  crashRecoverable: false,
  hotBackupStart: '',
  hotBackupEnd: '',
  fileSystems: [],
};

describe('application-not-crash-recoverable', () => {
  it('passes when the application is stopped and the file systems unmounted', () => {
    const ctx = contextFor((f) => {
      f.applications = [fragileApp];
    });
    expect(applicationNotCrashRecoverable.run(ctx)).toEqual([]);
  });

  it('blocks a live copy of a running application that cannot recover from a crash', () => {
    const ctx = contextFor((f) => {
      f.applications = [fragileApp];
      f.consistency.approach = 'freeze-and-consistency-group';
    });
    expect(applicationNotCrashRecoverable.run(ctx)).toEqual([
      {
        id: 'application-not-crash-recoverable',
        severity: 'blocker',
        finding: 'billing keeps running during a live copy but cannot recover from a crash.',
        reason:
          'A copy of mounted file systems is what a crash leaves behind; an application that cannot recover from a crash cannot use it.',
        fix: 'Stop the application and unmount its file systems before the copy (approach: unmount).',
        step: 'consistency',
        field: 'consistency.approach',
      },
    ]);
  });
});
