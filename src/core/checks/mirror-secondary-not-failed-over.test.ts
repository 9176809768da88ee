import { describe, expect, it } from 'vitest';
import type { StorageDetails } from '../model/facts';
import { contextFor } from '../test-support/facts';
import { mirrorSecondaryNotFailedOver } from './mirror-secondary-not-failed-over';

function mirror(access: StorageDetails['mirrorSecondary']) {
  return contextFor((f) => {
    f.copy.method = 'metro-mirror';
    if (f.storage) f.storage.mirrorSecondary = access;
  });
}

describe('mirror-secondary-not-failed-over', () => {
  it('passes secondaries that are failed over', () => {
    expect(mirrorSecondaryNotFailedOver.run(mirror('failover'))).toEqual([]);
  });

  it('blocks secondaries used while still mirroring', () => {
    expect(mirrorSecondaryNotFailedOver.run(mirror('as-is'))).toEqual([
      {
        id: 'mirror-secondary-not-failed-over',
        severity: 'blocker',
        finding: 'The mirror secondaries are to be used while the pairs still mirror.',
        reason:
          'A secondary in full duplex is not readable by the host: cfgmgr may configure it but reads fail and the VG cannot be imported.',
        fix: 'Fail the pairs over (DS8000: failoverpprc on the secondary box) before the host accesses the secondaries.',
        step: 'phase1',
        field: 'storage.mirrorSecondary',
      },
    ]);
  });

  it('warns about suspended but not failed-over secondaries', () => {
    expect(mirrorSecondaryNotFailedOver.run(mirror('suspend-only')).map((f) => f.severity)).toEqual([
      'warning',
    ]);
  });
});
