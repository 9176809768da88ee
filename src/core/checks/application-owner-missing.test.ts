import { describe, expect, it } from 'vitest';
import { contextFor, runningDb2 } from '../test-support/facts';
import { applicationOwnerMissing } from './application-owner-missing';

describe('application-owner-missing', () => {
  it('blocks a running DB2 whose instance owner is not given, at the owner field', () => {
    const ctx = contextFor((f) => {
      f.applications = [runningDb2({ owner: '' })];
    });
    expect(applicationOwnerMissing.run(ctx)).toEqual([
      {
        id: 'application-owner-missing',
        severity: 'blocker',
        finding: 'The AIX user that owns PRD is not given.',
        reason:
          "The script runs PRD's commands as its owner (su - OWNER -c ...), never as root: without the owner's environment the commands fail or act on nothing.",
        fix: 'Enter the owner (ps -ef | grep db2sysc shows the instance owner in its first column).',
        step: 'consistency',
        field: 'applications.0.owner',
      },
    ]);
  });

  it('names the command that shows an Oracle owner', () => {
    const ctx = contextFor((f) => {
      f.applications = [runningDb2({ kind: 'oracle', name: '', owner: '' })];
    });
    expect(applicationOwnerMissing.run(ctx).map((f) => [f.finding, f.fix])).toEqual([
      [
        'The AIX user that owns Oracle 1 is not given.',
        'Enter the owner (ps -ef | grep ora_pmon_ shows the Oracle owner in its first column).',
      ],
    ]);
  });

  it('passes an owner given, a stopped database, and another application without one', () => {
    const ctx = contextFor((f) => {
      f.applications = [
        runningDb2(),
        runningDb2({ owner: '', running: false }),
        runningDb2({ kind: 'other', name: 'batch', owner: '' }),
      ];
    });
    expect(applicationOwnerMissing.run(ctx)).toEqual([]);
  });
});
