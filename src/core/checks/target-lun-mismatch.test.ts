import { describe, expect, it } from 'vitest';
import { contextFor } from '../test-support/facts';
import { targetLunMismatch } from './target-lun-mismatch';

describe('target-lun-mismatch', () => {
  it('passes one target LUN per source disk', () => {
    expect(targetLunMismatch.run(contextFor())).toEqual([]);
  });

  it('blocks a target that is a disk of the source VG', () => {
    const ctx = contextFor((f) => {
      f.targets.luns[2].name = 'hdisk4';
    });
    expect(targetLunMismatch.run(ctx)).toEqual([
      {
        id: 'target-lun-mismatch',
        severity: 'blocker',
        finding: 'Target LUNs hdisk4 are disks of the source VG.',
        reason:
          'recreatevg rewrites the PVIDs and VGDA of the disks it is given: naming a source disk would destroy the source VG.',
        fix: 'Enter the host names of the target LUNs (the new hdisks cfgmgr configures), not the source disks.',
        step: 'phase1',
        field: 'targets.luns',
      },
    ]);
  });

  it('allows the same disk names when the source VG lives on another host', () => {
    const ctx = contextFor((f) => {
      f.sourceOnHost = { present: false, variedOn: false, otherCopies: [] };
      f.targets.luns = f.targets.luns.map((l) => ({ ...l, name: l.sourceDisk }));
    });
    expect(targetLunMismatch.run(ctx)).toEqual([]);
  });

  it('blocks unknown source disks, doubles and missing names (the schema refuses malformed ones)', () => {
    const ctx = contextFor((f) => {
      f.targets.luns = [
        { name: 'hdisk10', sourceDisk: 'hdisk4', storageVolume: '1100', sourceStorageVolume: '1000' },
        { name: 'hdisk10', sourceDisk: 'hdisk5', storageVolume: '1101', sourceStorageVolume: '1001' },
        { name: '', sourceDisk: 'hdisk6', storageVolume: '1102', sourceStorageVolume: '1002' },
        { name: 'hdisk13', sourceDisk: 'hdisk9', storageVolume: '1103', sourceStorageVolume: '1003' },
      ];
    });
    expect(targetLunMismatch.run(ctx).map((f) => f.finding)).toEqual([
      'Target LUNs name source disks hdisk9 that are not in datavg.',
      'The same disk appears twice among the target LUNs: hdisk10.',
      'The host names of the target LUNs for hdisk6 are not given.',
    ]);
  });
});
