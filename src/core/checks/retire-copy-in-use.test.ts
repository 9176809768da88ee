import { describe, expect, it } from 'vitest';
import type { Facts } from '../model/facts';
import { retireFacts, retireFindings } from '../test-support/retire';
import { runChecks } from './index';
import { retireCopyInUse } from './retire-copy-in-use';

const run = (change?: (f: Facts) => void) => retireFindings(retireCopyInUse, change);

describe('retire-copy-in-use', () => {
  it('passes a mounted copy the admin lets the script unmount', () => {
    expect(run()).toEqual([]);
  });

  it('asks, never assumes, whether a copy in use may be unmounted', () => {
    const facts = retireFacts((f) => {
      f.existingCopy!.mayUnmount = null;
    });
    expect(runChecks(facts)).toEqual([
      {
        id: 'question-unanswered',
        severity: 'blocker',
        finding:
          'Not answered: “flashcopyvg is in use: may the script unmount it once whoever uses it has stopped?”',
        reason:
          'The answer decides what the script does to production (unmount, freeze, stop the application); vgcopy never assumes it.',
        fix: 'Answer it on the Start page.',
        step: 'start',
        field: 'existingCopy.mayUnmount',
      },
    ]);
  });

  it('stops the retire of a copy in use (a raw LV open) that may not be unmounted', () => {
    expect(
      run((f) => {
        f.existingCopy!.mounted = false;
        f.existingCopy!.openLvs = ['fcrawlv'];
        f.existingCopy!.mayUnmount = false;
      }),
    ).toEqual([
      {
        id: 'retire-copy-in-use',
        severity: 'blocker',
        finding: 'flashcopyvg is in use (raw LVs fcrawlv open) and may not be unmounted.',
        reason: 'A retire varies the copy off: nothing may use it then.',
        fix: 'Retire the copy once whoever uses it has stopped: answer yes then, or paste lsvg -l again.',
        step: 'start',
        field: 'existingCopy.mayUnmount',
      },
    ]);
  });

  it('needs the mount points of a mounted copy, to mount it back should the retire stop', () => {
    expect(
      run((f) => {
        delete f.existingCopy!.mountPoints;
      }).map((f) => f.finding),
    ).toEqual(['flashcopyvg is mounted, but its mount points are not given.']);
  });

  it('asks nothing about a copy nobody uses', () => {
    const facts = retireFacts((f) => {
      f.existingCopy!.mounted = false;
      f.existingCopy!.variedOn = false;
      f.existingCopy!.mayUnmount = null;
    });
    expect(runChecks(facts)).toEqual([]);
  });
});
