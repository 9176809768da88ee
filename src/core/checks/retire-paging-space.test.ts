import { describe, expect, it } from 'vitest';
import type { Facts } from '../model/facts';
import { retireFindings } from '../test-support/retire';
import { retirePagingSpace } from './retire-paging-space';

const run = (change?: (f: Facts) => void) => retireFindings(retirePagingSpace, change);

describe('retire-paging-space', () => {
  it('passes paging spaces on other disks only (hd6 on rootvg)', () => {
    expect(run()).toEqual([]);
  });

  it('blocks a paging space on a disk of the copy', () => {
    expect(
      run((f) => {
        f.host!.pagingSpaces!.push({ name: 'paging00', disk: 'hdisk11', vg: 'flashcopyvg', active: true });
      }),
    ).toEqual([
      {
        id: 'retire-paging-space',
        severity: 'blocker',
        finding: 'The paging space paging00 is on hdisk11 of the copy flashcopyvg.',
        reason:
          'lsps -a shows a paging space on the copy: an active one keeps the VG from being varied off, and removing its disk takes paging space from the system.',
        fix: 'Deactivate and remove it first (swapoff /dev/NAME, then rmps NAME; mkps another on rootvg if the space is needed), then paste lsps -a again.',
        step: 'start',
        field: 'host.pagingSpaces',
      },
    ]);
  });
});
