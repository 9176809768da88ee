import { describe, expect, it } from 'vitest';
import { contextFor, runningDb2 } from '../test-support/facts';
import { hotBackupNotPlanned } from './hot-backup-not-planned';

const db2 = runningDb2();

describe('hot-backup-not-planned', () => {
  it('warns about a running DB2 copied live without write suspend', () => {
    const ctx = contextFor((f) => {
      f.applications = [db2];
      f.consistency.approach = 'consistency-group';
    });
    expect(hotBackupNotPlanned.run(ctx)).toEqual([
      {
        id: 'hot-backup-not-planned',
        severity: 'warning',
        finding: 'PRD runs during the copy without hot-backup commands.',
        reason:
          'Putting the database in hot-backup (write-suspend) mode around the copy makes its recovery on the copy quick and safe.',
        fix: 'Enter the commands that start and end hot-backup mode (db2 set write suspend for database / db2 set write resume for database).',
        step: 'consistency',
        field: 'applications.0.hotBackupStart',
      },
    ]);
  });

  it('passes once the commands are given', () => {
    const ctx = contextFor((f) => {
      f.applications = [
        {
          ...db2,
          hotBackupStart: 'db2 set write suspend for database',
          hotBackupEnd: 'db2 set write resume for database',
        },
      ];
      f.consistency.approach = 'consistency-group';
    });
    expect(hotBackupNotPlanned.run(ctx)).toEqual([]);
  });
});
