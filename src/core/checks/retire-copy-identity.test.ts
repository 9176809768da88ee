import { describe, expect, it } from 'vitest';
import type { Facts } from '../model/facts';
import { retireFindings } from '../test-support/retire';
import { retireCopyIdentity } from './retire-copy-identity';

const run = (change?: (f: Facts) => void) => retireFindings(retireCopyIdentity, change);

describe('retire-copy-identity', () => {
  it('passes a retire that names the copy by VG id and PVIDs, its LUNs its disks', () => {
    expect(run()).toEqual([]);
  });

  it('blocks a retire without the VG id, the PVIDs, or with a copy VG named otherwise', () => {
    expect(
      run((f) => {
        delete f.existingCopy!.vgId;
        f.host!.disks = f.host!.disks!.filter((d) => d.name !== 'hdisk11');
        f.newVg.name = 'fcvg';
      }),
    ).toEqual([
      {
        id: 'retire-copy-identity',
        severity: 'blocker',
        finding: 'The VG identifier of flashcopyvg is not given.',
        reason:
          "The preflight reads lsvg VG and goes on only where the VG IDENTIFIER is the copy's: a VG of the same name on another host, or the source VG named by mistake, is never touched.",
        fix: 'Paste the output of lsvg flashcopyvg (the VG IDENTIFIER on its first line), or enter the identifier.',
        step: 'start',
        field: 'existingCopy.vgId',
      },
      {
        id: 'retire-copy-identity',
        severity: 'blocker',
        finding: 'The PVIDs of hdisk11 are not known.',
        reason:
          'The preflight goes on only where each disk carries the PVID the runbook recorded: after a cfgmgr an hdisk number can name another LUN.',
        fix: 'Paste the output of lspv: it lists each disk with its PVID.',
        step: 'start',
        field: 'host.disks',
      },
      {
        id: 'retire-copy-identity',
        severity: 'blocker',
        finding: 'The copy VG is named fcvg, but the copy to retire is flashcopyvg.',
        reason: 'A retire runbook takes no new copy: its copy VG is the copy it retires.',
        fix: 'Name the copy VG flashcopyvg.',
        step: 'start',
        field: 'newVg.name',
      },
    ]);
  });

  it('blocks target LUNs that are not the disks the host removes: their unmapping would hit a LUN in use', () => {
    expect(
      run((f) => {
        f.targets.luns[2]!.name = 'hdisk13';
      }),
    ).toEqual([
      {
        id: 'retire-copy-identity',
        severity: 'blocker',
        finding:
          "The target LUNs (hdisk10, hdisk11 and hdisk13) are not the copy's disks (hdisk10, hdisk11 and hdisk12).",
        reason:
          "The storage admin unmaps the target LUNs' volumes and removes their relationships: they must be exactly the disks the host removes, or a LUN still in use loses its mapping.",
        fix: 'List each disk of flashcopyvg as a target LUN, with its source disk and storage volumes.',
        step: 'phase1',
        field: 'targets.luns',
      },
    ]);
  });

  it('blocks a retire that does not name its copy', () => {
    expect(
      run((f) => {
        delete f.existingCopy;
      }).map((f) => f.field),
    ).toEqual(['existingCopy.vgName']);
  });
});
