import { startPrepared } from './test-support/svc-setup';
import { describe, expect, it } from 'vitest';
import { ds8000Fixture, svcFixture } from './test-support/storage-fixture';

describe('StorageSubsystem.picture', () => {
  it('shows DS8000 volumes with host access, relationships with their states and frozen LSSs', () => {
    const { storage } = ds8000Fixture();
    storage.mapToHost('1100', 'aixprd');
    storage.mkflash('1000', '1100', {
      freeze: true,
      record: true,
      persist: true,
      nocp: true,
      tgtinhibit: true,
      seqnum: 0,
    });
    storage.mkpprc('1001', '2001', { type: 'mmir', nocp: true, tgtread: false });
    const picture = storage.picture();
    expect(picture.relationships).toEqual([
      { kind: 'flashcopy', source: '1000', target: '1100', state: 'Valid', progress: 0 },
      { kind: 'metro-mirror', source: '1001', target: '2001', state: 'Full Duplex', progress: 100 },
    ]);
    expect(picture.consistencyGroups).toEqual([{ name: 'LSS 10', state: 'frozen', members: ['1000'] }]);
    expect(picture.volumes.filter((v) => ['1000', '1100', '2001'].includes(v.id))).toEqual([
      {
        id: '1000',
        name: '',
        sizeGb: 10,
        serial: '75ABCD11000',
        image: 'IBM.2107-75ABCD1',
        hosts: [],
        hostReadable: true,
        hostWritable: true,
        frozen: true,
      },
      {
        id: '1100',
        name: '',
        sizeGb: 10,
        serial: '75ABCD11100',
        image: 'IBM.2107-75ABCD1',
        hosts: ['aixprd'],
        hostReadable: true,
        hostWritable: false,
        frozen: false,
      },
      {
        id: '2001',
        name: '',
        sizeGb: 10,
        serial: '75WXYZ12001',
        image: 'IBM.2107-75WXYZ1',
        hosts: [],
        hostReadable: false,
        hostWritable: false,
        frozen: false,
      },
    ]);
    expect(JSON.parse(JSON.stringify(picture))).toEqual(picture);
  });

  it('shows SVC mappings with status and progress, and groups with their members', () => {
    const fixture = svcFixture();
    const { storage, advance } = fixture;
    storage.mkfcconsistgrp('fccg_aixprd', false);
    storage.mkfcmap({
      source: '12',
      target: '40',
      group: 'fccg_aixprd',
      copyrate: 50,
      autodelete: false,
      incremental: false,
    });
    startPrepared(fixture, 'fccg_aixprd');
    advance(512);
    const picture = storage.picture();
    expect(picture.relationships).toEqual([
      { kind: 'flashcopy', source: '12', target: '40', state: 'copying', progress: 10 },
    ]);
    expect(picture.consistencyGroups).toEqual([
      { name: 'fccg_aixprd', state: 'copying', members: ['12:40'] },
    ]);
  });
});
