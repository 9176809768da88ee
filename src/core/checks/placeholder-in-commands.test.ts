import { describe, expect, it } from 'vitest';
import { contextFor, db2WithoutName } from '../test-support/facts';
import { placeholderInCommands } from './placeholder-in-commands';

const db2 = db2WithoutName;

const teller = 'as the instance owner, db2 list database directory lists the database names';

describe('placeholder-in-commands', () => {
  it('blocks DB2 added without its database name, at the name and at each command that says DBNAME', () => {
    const ctx = contextFor((f) => {
      f.applications = [db2];
    });
    expect(placeholderInCommands.run(ctx)).toEqual([
      {
        id: 'placeholder-in-commands',
        severity: 'blocker',
        finding: 'DB2 1 has no database name.',
        reason: 'The DB2 commands connect to the database by name before they suspend or resume its writes.',
        fix: `Enter the database name (${teller}).`,
        step: 'consistency',
        field: 'applications.0.name',
      },
      {
        id: 'placeholder-in-commands',
        severity: 'blocker',
        finding: 'The command that starts hot-backup mode of DB2 1 still says DBNAME.',
        reason: 'The script runs the command as written: DBNAME is a stand-in, not a value.',
        fix: `Replace DBNAME with the real value (${teller}).`,
        step: 'consistency',
        field: 'applications.0.hotBackupStart',
      },
      {
        id: 'placeholder-in-commands',
        severity: 'blocker',
        finding: 'The command that ends hot-backup mode of DB2 1 still says DBNAME.',
        reason: 'The script runs the command as written: DBNAME is a stand-in, not a value.',
        fix: `Replace DBNAME with the real value (${teller}).`,
        step: 'consistency',
        field: 'applications.0.hotBackupEnd',
      },
    ]);
  });

  it('blocks a <marker> left in a stop command', () => {
    const ctx = contextFor((f) => {
      f.applications = [
        {
          ...db2,
          kind: 'other',
          name: 'batch',
          owner: '',
          hotBackupStart: '',
          hotBackupEnd: '',
          stopCommand: '/opt/batch/bin/ctl stop <instance>',
          startCommand: '/opt/batch/bin/ctl start batch1',
        },
      ];
    });
    expect(placeholderInCommands.run(ctx).map((f) => [f.finding, f.fix, f.field])).toEqual([
      [
        'The stop command of batch still says <instance>.',
        'Replace <instance> with the real value (the application owner knows it).',
        'applications.0.stopCommand',
      ],
    ]);
  });

  it('passes DB2 with its name in the commands, and redirections that are no markers', () => {
    const ctx = contextFor((f) => {
      f.applications = [
        {
          ...db2,
          name: 'PRD',
          hotBackupStart: 'db2 connect to PRD && db2 set write suspend for database',
          hotBackupEnd: 'db2 connect to PRD && db2 set write resume for database > /tmp/resume.out',
        },
      ];
    });
    expect(placeholderInCommands.run(ctx)).toEqual([]);
  });
});
