import { describe, expect, it } from 'vitest';
import { sampleFacts } from '../../../core/model/sample';
import { pairWithSourceDisks } from './target-pairs';

describe('pairing target LUNs with the source disks', () => {
  it('adds a LUN for each source disk without one, keeping what was typed, in the source order', () => {
    const facts = structuredClone(sampleFacts());
    facts.targets.luns = [
      { name: 'hdisk11', sourceDisk: 'hdisk5', storageVolume: '1101', sourceStorageVolume: '1001' },
    ];
    expect(pairWithSourceDisks(facts)).toEqual([
      { name: '', sourceDisk: 'hdisk4', storageVolume: '', sourceStorageVolume: '1000' },
      { name: 'hdisk11', sourceDisk: 'hdisk5', storageVolume: '1101', sourceStorageVolume: '1001' },
      { name: '', sourceDisk: 'hdisk6', storageVolume: '', sourceStorageVolume: '1002' },
    ]);
  });
});

describe('pairing target LUNs for a copy set', () => {
  it('adds a LUN for each disk of every VG of the set, in the set order', () => {
    const facts = structuredClone(sampleFacts());
    facts.targets.luns = [];
    facts.moreVgs = [
      {
        sourceVg: {
          name: 'logvg',
          type: 'scalable',
          disks: [{ name: 'hdisk7', pvid: null, storageVolume: '1003' }],
          lvs: [],
          fileSystems: [],
        },
        newVg: { name: 'logcopyvg', lvPrefix: '', mountPrefix: '', access: 'auto' },
      },
    ];
    expect(pairWithSourceDisks(facts).map((l) => [l.sourceDisk, l.sourceStorageVolume])).toEqual([
      ['hdisk4', '1000'],
      ['hdisk5', '1001'],
      ['hdisk6', '1002'],
      ['hdisk7', '1003'],
    ]);
  });
});
