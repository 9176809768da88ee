/**
 * The source VG's state on this host must be a possible one: a VG that is not defined on the host cannot
 * be varied on. The script's preflight re-checks this state on the real host.
 */
import { defineCheck } from './check';

export const sourceState = defineCheck('source-state', ({ facts }) => {
  if (facts.sourceOnHost.present || !facts.sourceOnHost.variedOn) return [];
  return [
    {
      severity: 'blocker',
      finding: `${facts.sourceVg.name || 'The source VG'} is said to be varied on but not defined on this host.`,
      reason:
        'Only a VG defined on the host can be varied on there; the plan and the preflight depend on this state.',
      fix: 'Say whether the source VG is on this host; if it is not, it is not varied on here either.',
      step: 'phase1',
      field: 'sourceOnHost.variedOn',
    },
  ];
});
