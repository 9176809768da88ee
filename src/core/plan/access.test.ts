import { describe, expect, it } from 'vitest';
import { exampleFacts } from '../test-support/facts';
import { accessDecision } from './access';

/** A refresh of yesterday's copy on hdisk10-12, the new copy's target LUNs. */
const refresh = (sourceHere: boolean, oldDisks = ['hdisk10', 'hdisk11', 'hdisk12']) =>
  exampleFacts((f) => {
    f.mode = 'refresh';
    f.existingCopy = { vgName: 'datavg', disks: oldDisks, variedOn: true, mounted: true };
    f.newVg = { ...f.newVg, name: 'datavg', lvPrefix: '', mountPrefix: '' };
    f.sourceOnHost = { present: sourceHere, variedOn: sourceHere, otherCopies: [] };
  });

describe('the access decision (docs/procedure.md phase 2)', () => {
  it('a refresh on a DR or backup host: once the old copy is exported nothing else carries the PVIDs, so importvg keeps the names', () => {
    expect(accessDecision(refresh(false))).toEqual({
      method: 'importvg',
      reason:
        'importvg: no other copy of datavg is known on this host once the old copy datavg is exported (the new copy overwrites its disks), so the copy can keep its VG id, PVIDs, LV names and mount points.',
    });
  });

  it('a refresh on the source host: the source is still there, so recreatevg', () => {
    expect(accessDecision(refresh(true)).method).toBe('recreatevg');
  });

  it('a refresh whose old copy stays on disks of its own: two copies on the host, so recreatevg', () => {
    expect(accessDecision(refresh(false, ['hdisk20', 'hdisk21', 'hdisk22']))).toEqual({
      method: 'recreatevg',
      reason:
        'recreatevg: the earlier copy datavg is known on this host with the same VG id and PVIDs; recreatevg gives the copy new PVIDs, a new VG id and prefixed LV names and mount points, and loads the ODM itself.',
    });
  });
});
