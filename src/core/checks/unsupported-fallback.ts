/**
 * docs/procedure.md "Unsupported fallback" (no freeze, no consistency group, no unmount): allowed only with an
 * explicit acknowledgement; it reduces but does not remove the risk, so the copy is not mounted until
 * logredo has run and a full fsck has passed, and any fsck error means the copy must not be used.
 */
import { defineCheck } from './check';

export const unsupportedFallback = defineCheck('unsupported-fallback', ({ facts }) => {
  if (facts.consistency.approach !== 'unsupported-fallback') return [];
  if (!facts.consistency.acknowledgeUnsupported)
    return [
      {
        severity: 'blocker',
        finding: 'The unsupported fallback is chosen without acknowledging its risk.',
        reason:
          'Without unmount, freeze or a consistency group, the copy may hold metadata corruption that shows only later; IBM does not support it.',
        fix: 'Unmount, freeze or use a consistency group; or acknowledge the risk explicitly.',
        step: 'consistency',
        field: 'consistency.acknowledgeUnsupported',
      },
    ];
  return [
    {
      severity: 'warning',
      finding: 'The copy is taken with the unsupported fallback (acknowledged).',
      reason:
        'The copy may be inconsistent: the plan runs logredo and a full fsck before any mount, and any fsck error means the copy must be discarded.',
      fix: 'Quiesce the applications and sync before the copy; prefer JFS2 with inline logs. Better: freeze/thaw or a consistency group.',
      step: 'consistency',
      field: 'consistency.approach',
    },
  ];
});
