import { describe, expect, it } from 'vitest';
import { asRefresh, contextFor } from '../test-support/facts';
import { globalMirrorRefresh } from './global-mirror-refresh';

describe('global-mirror-refresh', () => {
  it('passes a first Global Mirror DR copy and a Global Copy refresh', () => {
    const first = contextFor((f) => {
      f.copy.method = 'global-mirror';
    });
    const globalCopy = contextFor((f) => {
      asRefresh(f);
      f.copy.method = 'global-copy';
    });
    expect([globalMirrorRefresh.run(first), globalMirrorRefresh.run(globalCopy)]).toEqual([[], []]);
  });

  it('blocks a Global Mirror refresh: the journals are consistent again only after a new consistency group', () => {
    const ctx = contextFor((f) => {
      asRefresh(f);
      f.copy.method = 'global-mirror';
    });
    expect(globalMirrorRefresh.run(ctx)).toEqual([
      {
        id: 'global-mirror-refresh',
        severity: 'blocker',
        finding: 'vgcopy does not plan the refresh of a Global Mirror DR copy.',
        reason:
          'After the failback and resumegmir, the journals hold a consistent image only once the first pass is done and a new consistency group has formed; restored before that, they give a fuzzy copy.',
        fix: 'Unmount, vary off and export the old copy; have the storage admin return Global Mirror (failbackpprc, mkflash of the journals, resumegmir) and wait until showgmir shows a CG Time after the resume; then plan a first copy.',
        step: 'phase1',
        field: 'mode',
      },
    ]);
  });
});
