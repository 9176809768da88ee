/**
 * docs/procedure.md "No chdev pv=clear / pv=yes needed": recreatevg clears and rewrites the PVIDs itself; the
 * wizard flags those steps and never generates them.
 */
import { defineCheck } from './check';

export const chdevPvUnnecessary = defineCheck('chdev-pv-unnecessary', ({ facts }) => {
  if (!facts.chdevPvSteps) return [];
  return [
    {
      severity: 'warning',
      finding: 'chdev -a pv=clear / pv=yes steps are requested; they are unnecessary.',
      reason:
        'recreatevg gives the copy disks new PVIDs itself; clearing them by hand adds steps that can hit the wrong disk (0514-062 on a disk in use).',
      fix: 'Drop the chdev pv=clear / pv=yes steps: the plan leaves them out.',
      step: 'phase2',
      field: 'chdevPvSteps',
    },
  ];
});
