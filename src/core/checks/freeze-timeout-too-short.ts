/**
 * docs/procedure.md: the freeze ends by itself when the timeout runs out, "so the timeout must cover the copy's
 * start"; a file system thawed before the copy is established is copied mid-write.
 */
import { usesFreeze } from '../model/copy-layout';
import { defineCheck } from './check';

export const freezeTimeoutTooShort = defineCheck('freeze-timeout-too-short', ({ facts }) => {
  if (!usesFreeze(facts)) return [];
  const timeout = facts.consistency.freezeTimeoutSeconds;
  const start = facts.copy.expectedStartSeconds;
  if (timeout > start * 2) return [];
  const blocker = timeout <= start;
  return [
    {
      severity: blocker ? 'blocker' : 'warning',
      finding: blocker
        ? `The freeze timeout (${timeout} s) is not longer than the time to start the copy (${start} s).`
        : `The freeze timeout (${timeout} s) leaves little margin over the time to start the copy (${start} s).`,
      reason:
        'A frozen file system thaws by itself when the timeout runs out; if that happens before the copy is established, the copy catches it mid-write.',
      fix: `Set the freeze timeout to at least ${start * 2 + 1} seconds (twice the copy's start time); the script thaws explicitly as soon as the copy is started.`,
      step: 'consistency',
      field: 'consistency.freezeTimeoutSeconds',
    },
  ];
});
