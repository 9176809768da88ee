import { describe, expect, it } from 'vitest';
import { changedPaths } from './picture-diff';

describe('changedPaths', () => {
  it('names nothing when varyonvg changed nothing', () => {
    const picture = { vgs: [{ name: 'datavg', variedOn: true }] };
    expect(changedPaths(picture, structuredClone(picture))).toEqual([]);
  });

  it('names the VG and its field when varyonvg varies the copy on', () => {
    const before = {
      vgs: [
        { name: 'datavg', variedOn: true },
        { name: 'flashcopyvg', variedOn: false },
      ],
    };
    const after = {
      vgs: [
        { name: 'datavg', variedOn: true },
        { name: 'flashcopyvg', variedOn: true },
      ],
    };
    expect(changedPaths(before, after)).toEqual(['vgs', 'vgs.1', 'vgs.1.variedOn']);
  });

  it('names a disk that appeared after cfgmgr and one whose PVID changed after recreatevg', () => {
    const before = { disks: [{ name: 'hdisk4', pvid: 'a' }] };
    const after = {
      disks: [
        { name: 'hdisk4', pvid: 'b' },
        { name: 'hdisk10', pvid: null },
      ],
    };
    expect(changedPaths(before, after)).toEqual(['disks', 'disks.0', 'disks.0.pvid', 'disks.1']);
  });
});
