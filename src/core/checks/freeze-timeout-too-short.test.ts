import { describe, expect, it } from 'vitest';
import { contextFor } from '../test-support/facts';
import { freezeTimeoutTooShort } from './freeze-timeout-too-short';

function freeze(timeout: number, start: number) {
  return contextFor((f) => {
    f.consistency = { approach: 'freeze', freezeTimeoutSeconds: timeout, acknowledgeUnsupported: false };
    f.copy.expectedStartSeconds = start;
  });
}

describe('freeze-timeout-too-short', () => {
  it('passes a timeout of more than twice the copy start', () => {
    expect(freezeTimeoutTooShort.run(freeze(60, 10))).toEqual([]);
  });

  it('blocks a timeout that runs out before the copy has started', () => {
    expect(freezeTimeoutTooShort.run(freeze(30, 45))).toEqual([
      {
        id: 'freeze-timeout-too-short',
        severity: 'blocker',
        finding: 'The freeze timeout (30 s) is not longer than the time to start the copy (45 s).',
        reason:
          'A frozen file system thaws by itself when the timeout runs out; if that happens before the copy is established, the copy catches it mid-write.',
        fix: "Set the freeze timeout to at least 91 seconds (twice the copy's start time); the script thaws explicitly as soon as the copy is started.",
        step: 'consistency',
        field: 'consistency.freezeTimeoutSeconds',
      },
    ]);
  });

  it('warns about a thin margin', () => {
    expect(freezeTimeoutTooShort.run(freeze(60, 40)).map((f) => f.severity)).toEqual(['warning']);
  });
});
