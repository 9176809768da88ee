import { describe, expect, it } from 'vitest';
import { contextFor } from '../test-support/facts';
import { storageDetails } from './storage-details';

describe('storage-details', () => {
  it('passes DS8000 ids that are complete and well formed', () => {
    expect(storageDetails.run(contextFor())).toEqual([]);
  });

  it('warns about missing ids when the storage admin completes them', () => {
    const ctx = contextFor((f) => {
      f.targets.luns[0].storageVolume = '';
      if (f.storage) f.storage.storageImage = '';
    });
    expect(storageDetails.run(ctx)).toEqual([
      {
        id: 'storage-details',
        severity: 'warning',
        finding: 'Storage volume ids are missing for the copies of hdisk4.',
        reason:
          'The storage commands name each source and target volume. Without them the storage script shows markers the storage admin must fill in.',
        fix: 'Ask the storage admin for the source and target volume ids and enter them with the target LUNs.',
        step: 'phase1',
        field: 'targets.luns',
      },
      {
        id: 'storage-details',
        severity: 'warning',
        finding: 'The DS8000 storage image id is not given.',
        reason:
          'Every DS CLI command names the box it acts on (-dev). Without them the storage script shows markers the storage admin must fill in.',
        fix: 'Enter the storage image id as lssi shows it, e.g. IBM.2107-75ABCD1.',
        step: 'phase1',
        field: 'storage.storageImage',
      },
    ]);
  });

  it('blocks missing ids when the script runs the CLI, and malformed ids always', () => {
    const ctx = contextFor((f) => {
      f.copy.method = 'metro-mirror';
      f.targets.luns[1].storageVolume = '11 01';
      if (f.storage) {
        f.storage.commands = 'cli';
        f.storage.remoteStorageImage = '2107-75WXYZ1';
      }
    });
    expect(storageDetails.run(ctx).map((f) => [f.severity, f.finding])).toEqual([
      ['blocker', 'Storage volume ids are not valid: "11 01" is not a DS8000 volume id (4 hex digits).'],
      ['blocker', '"2107-75WXYZ1" is not a DS8000 storage image id.'],
    ]);
  });

  it('checks SVC vdisk names and the consistency group name', () => {
    const ctx = contextFor((f) => {
      f.copy.storage = 'svc';
      f.targets.luns = f.targets.luns.map((l, i) => ({
        ...l,
        storageVolume: `aixfc_data${i}`,
        sourceStorageVolume: `aixprd_data${i}`,
      }));
      if (f.storage) f.storage.consistencyGroup = '1group';
    });
    expect(storageDetails.run(ctx).map((f) => [f.finding, f.field])).toEqual([
      ['"1group" is not a valid SVC consistency group name.', 'storage.consistencyGroup'],
    ]);
  });
});
