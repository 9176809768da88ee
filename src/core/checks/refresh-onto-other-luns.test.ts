import { describe, expect, it } from 'vitest';
import { contextFor } from '../test-support/facts';
import { refreshOntoOtherLuns } from './refresh-onto-other-luns';

/** A refresh of flashcopyvg, yesterday's copy on `disks`, onto the example's target LUNs hdisk10-12. */
const refreshOf = (disks: string[]) =>
  contextFor((f) => {
    f.mode = 'refresh';
    f.existingCopy = { vgName: 'flashcopyvg', disks, variedOn: true, mounted: true };
  });

describe('refresh-onto-other-luns', () => {
  it("passes a refresh onto the old copy's own LUNs", () => {
    expect(refreshOntoOtherLuns.run(refreshOf(['hdisk10', 'hdisk11', 'hdisk12']))).toEqual([]);
  });

  it('stops a refresh onto other LUNs and says how to move the copy in two runs', () => {
    expect(refreshOntoOtherLuns.run(refreshOf(['hdisk20', 'hdisk21', 'hdisk22']))).toEqual([
      {
        id: 'refresh-onto-other-luns',
        severity: 'blocker',
        finding:
          'Target LUNs hdisk10, hdisk11 and hdisk12 are not disks of the existing copy flashcopyvg: a refresh cannot move the copy to other LUNs.',
        reason:
          "A refresh renews the relationships of the old copy's LUNs (hdisk20, hdisk21 and hdisk22); for other LUNs those relationships were never made, the old disks would keep a second copy of the VG's PVIDs, and the retired hdisks would stay configured.",
        fix: "Move the copy in two runs. First retire the old copy: unmount its file systems, varyoffvg flashcopyvg, exportvg flashcopyvg, then rmdev -dl hdisk20, hdisk21 and hdisk22; the storage admin removes its relationships (rmflash (or rmpprc) of the old target LUNs) and unmaps the old LUNs from this host. Then plan a first copy (not a refresh) onto hdisk10, hdisk11 and hdisk12: it makes the new relationships, and its cfgmgr and disk checks take in the new LUNs. Or keep the old copy's disks as the target LUNs and refresh.",
        step: 'phase1',
        field: 'targets.luns',
      },
    ]);
  });
});
