/**
 * docs/procedure.md "Consistency of the copy": for a copy taken while the file systems stay mounted, IBM's order is
 * hot-backup, sync, JFS2 freeze, copy, thaw, end hot-backup. A consistency group alone copies every LUN at
 * one instant, but dirty metadata still in memory is not on the LUNs; chfs -a freeze writes it out and
 * holds new writes, so the copy needs no logredo of half-written metadata.
 */
import { freezeSupport } from '../model/consistency-decision';
import { defineCheck } from './check';

export const freezeNotChosen = defineCheck('freeze-not-chosen', ({ facts }) => {
  const approach = facts.consistency.approach;
  if (approach !== 'consistency-group' && approach !== 'unsupported-fallback') return [];
  if (!freezeSupport(facts).available) return [];
  return [
    {
      severity: 'advice',
      finding: `The file systems stay mounted during the copy and JFS2 freeze/thaw is available on AIX ${facts.aix.release}, but it is not planned.`,
      reason:
        'chfs -a freeze flushes the JFS2 metadata and holds new writes for the instant of the copy: the copy then mounts without replaying half-written metadata. IBM orders it hot-backup, sync, freeze, copy, thaw, end hot-backup.',
      fix:
        approach === 'consistency-group'
          ? 'Choose both freeze/thaw and the consistency group.'
          : 'Choose JFS2 freeze/thaw instead of the unsupported fallback.',
      step: 'consistency',
      field: 'consistency.approach',
    },
  ];
});
