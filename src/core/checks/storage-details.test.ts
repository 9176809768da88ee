import { describe, expect, it } from 'vitest';
import { contextFor } from '../test-support/facts';
import { retireFindings } from '../test-support/retire';
import { storageDetails } from './storage-details';

describe('storage-details', () => {
  it('passes DS8000 ids that are complete and well formed', () => {
    expect(storageDetails.run(contextFor())).toEqual([]);
  });

  it('blocks missing ids when the script prints the commands for the storage admin (pause mode)', () => {
    const ctx = contextFor((f) => {
      f.targets.luns[0].storageVolume = '';
      if (f.storage) f.storage.storageImage = '';
    });
    expect(storageDetails.run(ctx)).toEqual([
      {
        id: 'storage-details',
        severity: 'blocker',
        finding: 'Storage volume ids are missing for the copies of hdisk4.',
        reason:
          'The storage commands name each source and target volume. The script prints the commands for the storage admin to type, and a stand-in in them is not a value.',
        fix: 'Ask the storage admin for the source and target volume ids (lsfbvol on a DS8000, lsvdisk on SVC) and enter them with the target LUNs.',
        step: 'phase1',
        field: 'targets.luns',
      },
      {
        id: 'storage-details',
        severity: 'blocker',
        finding: 'The DS8000 storage image id is not given.',
        reason:
          'Every DS CLI command names the box it acts on (-dev). The script prints the commands for the storage admin to type, and a stand-in in them is not a value.',
        fix: 'Ask the storage admin: lssi on the DS CLI lists the storage image id (ID column), e.g. IBM.2107-75ABCD1.',
        step: 'phase1',
        field: 'storage.storageImage',
      },
    ]);
  });

  it('blocks ids that are not DS8000 volume ids on a DS8000, whatever the storage mode', () => {
    const ctx = contextFor((f) => {
      f.targets.luns[1].storageVolume = 'vd1101';
      f.targets.luns[2].sourceStorageVolume = '10020';
    });
    expect(storageDetails.run(ctx).map((f) => [f.severity, f.finding, f.field])).toEqual([
      [
        'blocker',
        'Storage volume ids are not DS8000 volume ids (4 hex digits): vd1101 and 10020.',
        'targets.luns',
      ],
    ]);
  });

  it('takes SVC vdisk names as they are (the schema gives them their shape)', () => {
    const ctx = contextFor((f) => {
      f.copy.storage = 'svc';
      f.targets.luns = f.targets.luns.map((l, i) => ({
        ...l,
        storageVolume: `aixfc_data${i}`,
        sourceStorageVolume: `aixprd_data${i}`,
      }));
      if (f.storage) f.storage.consistencyGroup = 'fccg_datavg';
    });
    expect(storageDetails.run(ctx)).toEqual([]);
  });

  it('blocks an SVC mirror without its remote copy group where the script runs the CLI', () => {
    const ctx = contextFor((f) => {
      f.copy.storage = 'svc';
      f.copy.method = 'global-mirror';
      if (f.storage) f.storage.commands = 'cli';
    });
    expect(storageDetails.run(ctx)).toEqual([
      {
        id: 'storage-details',
        severity: 'blocker',
        finding: 'The SVC remote copy consistency group is not given.',
        reason:
          'The DR test checks the group with lsrcconsistgrp and stops it with stoprcconsistgrp -access; the return step restarts it. The script runs the storage CLI itself and needs them.',
        fix: "Ask the storage admin: lsrcconsistgrp lists the groups; the one holding the VG's relationships (lsrcrelationship shows the group of each master vdisk).",
        step: 'phase1',
        field: 'storage.rcConsistencyGroup',
      },
    ]);
    const named = contextFor((f) => {
      f.copy.storage = 'svc';
      f.copy.method = 'global-mirror';
      if (f.storage) f.storage.rcConsistencyGroup = 'rccg_datavg';
    });
    expect(storageDetails.run(named)).toEqual([]);
  });

  it("blocks a retire without the host's DS8000 volume group: chvolgrp names it", () => {
    expect(
      retireFindings(storageDetails, (f) => {
        if (f.storage) delete f.storage.hostVolumeGroup;
      }),
    ).toEqual([
      {
        id: 'storage-details',
        severity: 'blocker',
        finding: "The DS8000 volume group of this host's volumes is not given.",
        reason:
          "chvolgrp -action remove names the volume group the copy's volumes are unmapped from. The script prints the commands for the storage admin to type, and a stand-in in them is not a value.",
        fix: 'Ask the storage admin: showvolgrp lists the volumes of each volume group (lsvolgrp the groups), e.g. V11.',
        step: 'phase1',
        field: 'storage.hostVolumeGroup',
      },
    ]);
  });
});
