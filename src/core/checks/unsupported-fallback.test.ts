import { describe, expect, it } from 'vitest';
import { contextFor } from '../test-support/facts';
import { unsupportedFallback } from './unsupported-fallback';

function fallback(acknowledged: boolean) {
  return contextFor((f) => {
    f.consistency = {
      approach: 'unsupported-fallback',
      freezeTimeoutSeconds: 60,
      acknowledgeUnsupported: acknowledged,
    };
  });
}

describe('unsupported-fallback', () => {
  it('says nothing about a supported approach', () => {
    expect(unsupportedFallback.run(contextFor())).toEqual([]);
  });

  it('blocks the fallback without an explicit acknowledgement', () => {
    expect(unsupportedFallback.run(fallback(false))).toEqual([
      {
        id: 'unsupported-fallback',
        severity: 'blocker',
        finding: 'The unsupported fallback is chosen without acknowledging its risk.',
        reason:
          'Without unmount, freeze or a consistency group, the copy may hold metadata corruption that shows only later; IBM does not support it.',
        fix: 'Unmount, freeze or use a consistency group; or acknowledge the risk explicitly.',
        step: 'consistency',
        field: 'consistency.acknowledgeUnsupported',
      },
    ]);
  });

  it('warns, once acknowledged, that logredo and a full fsck come before any mount', () => {
    expect(unsupportedFallback.run(fallback(true)).map((f) => [f.severity, f.reason])).toEqual([
      [
        'warning',
        'The copy may be inconsistent: the plan runs logredo and a full fsck before any mount, and any fsck error means the copy must be discarded.',
      ],
    ]);
  });
});
