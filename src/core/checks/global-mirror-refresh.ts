/**
 * A refresh of a Global Mirror DR copy is not planned (docs/copy-services.md "Global Mirror DR test"):
 * after the failback and resumegmir the journals hold a consistent image only once the pairs' first pass
 * is done and a new consistency group has formed. A journal restored before that gives the DR host a fuzzy
 * copy, and the plan has no step that waits for it yet.
 */
import { defineCheck } from './check';

export const globalMirrorRefresh = defineCheck('global-mirror-refresh', ({ facts }) => {
  if (facts.mode !== 'refresh' || facts.copy.method !== 'global-mirror') return [];
  return [
    {
      severity: 'blocker',
      finding: 'vgcopy does not plan the refresh of a Global Mirror DR copy.',
      reason:
        'After the failback and resumegmir, the journals hold a consistent image only once the first pass is done and a new consistency group has formed; restored before that, they give a fuzzy copy.',
      fix: 'Unmount, vary off and export the old copy; have the storage admin return Global Mirror (failbackpprc, mkflash of the journals, resumegmir) and wait until showgmir shows a CG Time after the resume; then plan a first copy.',
      step: 'phase1',
      field: 'mode',
    },
  ];
});
