import { describe, expect, it } from 'vitest';
import type { Facts } from '../model/facts';
import { retireFindings } from '../test-support/retire';
import { retireDisksInOtherVg } from './retire-disks-in-other-vg';

const run = (change?: (f: Facts) => void) => retireFindings(retireDisksInOtherVg, change);

describe('retire-disks-in-other-vg', () => {
  it("passes the copy's disks in the copy, or in no VG", () => {
    expect(
      run((f) => {
        f.host!.disks = f.host!.disks!.map((d) => (d.name === 'hdisk12' ? { ...d, vg: null } : d));
      }),
    ).toEqual([]);
  });

  it('blocks a disk lspv shows in another VG: rmdev -dl would take it from that VG', () => {
    expect(
      run((f) => {
        f.host!.disks = f.host!.disks!.map((d) => (d.name === 'hdisk12' ? { ...d, vg: 'appvg' } : d));
      }),
    ).toEqual([
      {
        id: 'retire-disks-in-other-vg',
        severity: 'blocker',
        finding: 'hdisk12 (in appvg) belongs to another VG than flashcopyvg.',
        reason: 'lspv shows it in another VG: rmdev -dl would take it from that VG.',
        fix: 'List only the disks lspv shows in flashcopyvg.',
        step: 'start',
        field: 'existingCopy.disks',
      },
    ]);
  });
});
