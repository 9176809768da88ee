import { describe, expect, it } from 'vitest';
import type { Facts } from '../model/facts';
import { retireFindings } from '../test-support/retire';
import { retireSourceVg } from './retire-source-vg';

const run = (change?: (f: Facts) => void) => retireFindings(retireSourceVg, change);

const reason =
  'A retire varies off and exports the VG and removes its disks: run on the source, it would take production off the host.';

describe('retire-source-vg', () => {
  it('passes the retire of a copy beside its source', () => {
    expect(run()).toEqual([]);
  });

  it('blocks the source VG named as the copy to retire, with its disks', () => {
    expect(
      run((f) => {
        f.existingCopy!.vgName = 'datavg';
        f.existingCopy!.disks = ['hdisk4', 'hdisk5', 'hdisk6'];
      }),
    ).toEqual([
      {
        id: 'retire-source-vg',
        severity: 'blocker',
        finding: 'The VG to retire, datavg, is the source VG.',
        fix: "Name the copy's VG (lsvg lists it beside datavg).",
        field: 'existingCopy.vgName',
        reason,
        step: 'start',
      },
      {
        id: 'retire-source-vg',
        severity: 'blocker',
        finding: 'hdisk4, hdisk5 and hdisk6 are disks of the source VG datavg.',
        fix: "List only the copy's disks (lspv shows them in datavg).",
        field: 'existingCopy.disks',
        reason,
        step: 'start',
      },
      {
        id: 'retire-source-vg',
        severity: 'blocker',
        finding: 'hdisk4, hdisk5 and hdisk6 carry a PVID of the source VG.',
        fix: "Check the disks with lspv: a copy brought up with recreatevg has PVIDs of its own; a disk with the source's PVID is the source, or a copy never brought up.",
        field: 'existingCopy.disks',
        reason,
        step: 'start',
      },
    ]);
  });

  it('blocks a VG that holds a source disk under another name (the source imported as another VG)', () => {
    expect(
      run((f) => {
        f.host!.disks = f.host!.disks!.map((d) => (d.name === 'hdisk4' ? { ...d, vg: 'flashcopyvg' } : d));
      }).map((f) => f.finding),
    ).toEqual(["The VG to retire, flashcopyvg, is the source VG (it holds the source's disks)."]);
  });
});
