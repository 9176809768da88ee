import { startPrepared } from './test-support/svc-setup';
import { describe, expect, it } from 'vitest';
import { StorageSubsystem } from './subsystem';
import {
  ds8000Fixture,
  LOCAL_IMAGE,
  REMOTE_IMAGE,
  storageFixture,
  svcFixture,
} from './test-support/storage-fixture';

const plainFlash = {
  freeze: false,
  record: false,
  persist: false,
  nocp: false,
  tgtinhibit: false,
  seqnum: 0,
};

describe('StorageSubsystem: volumes and host mappings', () => {
  it('gives DS8000 LUNs to a host in LUN order with the 2107 serial and unique_id AIX reports', () => {
    const { storage } = ds8000Fixture();
    expect(storage.mapToHost('1100', 'aixprd')).toBe(0);
    expect(storage.mapToHost('1101', 'aixprd')).toBe(1);
    expect(storage.mapToHost('1100', 'aixprd')).toBe(0);
    expect(storage.volumesMappedTo('aixprd')).toEqual([
      {
        volumeId: '1100',
        name: '',
        lun: 0,
        sizeGb: 10,
        machineType: '2107',
        serial: '75ABCD11100',
        uniqueId: '200B75ABCD1110007210790003IBMfcp',
      },
      {
        volumeId: '1101',
        name: '',
        lun: 1,
        sizeGb: 10,
        machineType: '2107',
        serial: '75ABCD11101',
        uniqueId: '200B75ABCD1110107210790003IBMfcp',
      },
    ]);
    storage.unmapFromHost('1100', 'aixprd');
    expect(storage.volumesMappedTo('aixprd').map((l) => l.volumeId)).toEqual(['1101']);
  });

  it('gives SVC vdisks a 2145 vdisk UID and unique_id', () => {
    const { storage } = svcFixture();
    storage.mapToHost('40', 'aixprd');
    expect(storage.volumesMappedTo('aixprd')).toEqual([
      {
        volumeId: '40',
        name: 'aixfc_data1',
        lun: 0,
        sizeGb: 10,
        machineType: '2145',
        serial: '60050768018180D00000000000000028',
        uniqueId: '3321360050768018180D0000000000000002804214503IBMfcp',
      },
    ]);
  });

  it('rejects malformed and duplicate volume ids as scenario bugs', () => {
    const { storage } = ds8000Fixture();
    expect(() => storage.createVolume({ id: '1000', sizeGb: 1 })).toThrow('volume 1000 already exists');
    expect(() => storage.createVolume({ id: '10G0', sizeGb: 1 })).toThrow('malformed DS8000 volume id 10G0');
    expect(() => storage.createVolume({ id: '1200', sizeGb: 1, image: 'IBM.2107-75NOPE01' })).toThrow(
      'unknown storage image',
    );
  });
});

describe('StorageSubsystem: DS8000 FlashCopy physics', () => {
  it('copies each source as it was at the instant its relationship started', () => {
    const { storage, advance } = ds8000Fixture();
    storage.mkflash('1000', '1100', plainFlash);
    storage.write('1000', 'A1');
    storage.write('1001', 'B1');
    advance(1);
    storage.mkflash('1001', '1101', plainFlash);
    // 1100 caught the instant before A1, 1101 the instant after B1: two different instants.
    expect([storage.read('1100'), storage.read('1101')]).toEqual(['A0', 'B1']);
  });

  it('holds writes to frozen sources until unfreezeflash, so a group captures one instant', () => {
    const { storage, advance } = ds8000Fixture();
    const frozen = { ...plainFlash, freeze: true };
    storage.mkflash('1000', '1100', frozen);
    expect(storage.isFrozen('1000')).toBe(true);
    expect(storage.write('1000', 'A1')).toEqual({ ok: false, reason: 'held' });
    advance(2);
    storage.mkflash('1001', '1101', frozen);
    expect(storage.write('1001', 'B1')).toEqual({ ok: false, reason: 'held' });
    storage.unfreezeflash('10');
    expect(storage.isFrozen('1000')).toBe(false);
    expect(storage.write('1000', 'A1')).toEqual({ ok: true });
    expect([storage.read('1100'), storage.read('1101'), storage.read('1000')]).toEqual(['A0', 'B0', 'A1']);
  });

  it('ends a freeze by itself when the 60 s long busy timeout runs out', () => {
    const { storage, advance } = ds8000Fixture();
    storage.mkflash('1000', '1100', { ...plainFlash, freeze: true });
    advance(59);
    expect(storage.isFrozen('1000')).toBe(true);
    advance(1);
    expect(storage.isFrozen('1000')).toBe(false);
  });

  it('refuses host writes to a -tgtinhibit target until the relationship is removed', () => {
    const { storage } = ds8000Fixture();
    storage.mkflash('1000', '1100', { ...plainFlash, tgtinhibit: true, nocp: true });
    expect(storage.isHostReadable('1100')).toBe(true);
    expect(storage.isHostWritable('1100')).toBe(false);
    expect(storage.write('1100', 'X')).toEqual({ ok: false, reason: 'write-inhibited' });
    storage.rmflash('1000', '1100');
    expect(storage.write('1100', 'X')).toEqual({ ok: true });
  });

  it('refreshes a -record -persist pair with resyncflash: a new point in time', () => {
    const { storage, advance } = ds8000Fixture();
    storage.mkflash('1000', '1100', { ...plainFlash, record: true, persist: true });
    storage.write('1000', 'A1');
    advance(3600);
    expect(storage.read('1100')).toBe('A0');
    expect(storage.resyncflash('1000', '1100', { ...plainFlash, record: true, persist: true })).toMatchObject(
      {
        ok: true,
      },
    );
    expect(storage.read('1100')).toBe('A1');
  });

  it('refuses resyncflash on a pair made without -record', () => {
    const { storage } = ds8000Fixture();
    storage.mkflash('1000', '1100', { ...plainFlash, nocp: true });
    expect(storage.resyncflash('1000', '1100', plainFlash)).toEqual({
      ok: false,
      code: 'not-recordable',
      subject: '1000:1100',
    });
  });

  it('ends a relationship without -persist when its background copy completes, keeping the image', () => {
    const { storage, advance } = ds8000Fixture();
    storage.mkflash('1000', '1100', plainFlash);
    expect(storage.flashCopyActive('1000', '1100')).toBe(true);
    // 10 GiB at 200 MiB/s: 52 s.
    advance(51);
    expect(storage.flashCopies().map((f) => f.target)).toEqual(['1100']);
    advance(1);
    expect(storage.flashCopies()).toEqual([]);
    expect(storage.read('1100')).toBe('A0');
  });

  it('rejects a pair whose target is already a FlashCopy target', () => {
    const { storage } = ds8000Fixture();
    storage.mkflash('1000', '1100', plainFlash);
    expect(storage.mkflash('1001', '1100', plainFlash)).toEqual({
      ok: false,
      code: 'target-in-use',
      subject: '1001:1100',
    });
  });
});

describe('StorageSubsystem: Metro Mirror and Global Mirror', () => {
  it('keeps a Metro Mirror secondary unreadable until the pair is suspended, then it holds the last write', () => {
    const { storage, advance } = ds8000Fixture();
    storage.mkpprc('1000', '2000', { type: 'mmir', nocp: false, tgtread: false });
    expect(storage.pprcPairs(REMOTE_IMAGE)[0]?.state).toBe('Target Copy Pending');
    advance(103);
    expect(storage.pprcPairs(REMOTE_IMAGE)[0]?.state).toBe('Target Full Duplex');
    storage.write('1000', 'A1');
    expect(storage.isHostReadable('2000')).toBe(false);
    storage.pausepprc('1000', '2000');
    expect([storage.isHostReadable('2000'), storage.isHostWritable('2000')]).toEqual([true, false]);
    expect(storage.read('2000')).toBe('A1');
    storage.write('1000', 'A2');
    expect(storage.read('2000')).toBe('A1');
  });

  it('leaves a Metro Mirror secondary fuzzy when its pair is paused, frozen or failed over while Copy Pending', () => {
    const { storage, advance } = ds8000Fixture();
    storage.mkpprc('1000', '2000', { type: 'mmir', nocp: false, tgtread: false });
    storage.mkpprc('1001', '2001', { type: 'mmir', nocp: false, tgtread: false });
    advance(50);
    // Half of the first pass is on the secondaries: suspended now, each is a mix of old and new tracks.
    expect(storage.pausepprc('1000', '2000')).toMatchObject({ ok: true });
    expect(storage.freezepprc('10', '20')).toEqual({ ok: true, value: 2 });
    storage.unfreezepprc('10', '20');
    advance(200);
    expect([storage.read('2000'), storage.read('2001')]).toEqual(['A0~fuzzy', 'B0~fuzzy']);
    // A failback resync is a first pass too: failing over before Full Duplex leaves the secondary fuzzy.
    const again = ds8000Fixture();
    again.storage.mkpprc('1000', '2000', { type: 'mmir', nocp: false, tgtread: false });
    again.advance(103);
    again.storage.pausepprc('1000', '2000');
    again.storage.write('1000', 'A1');
    again.storage.resumepprc('1000', '2000', 'mmir');
    again.advance(10);
    again.storage.failoverpprc('2000', '1000', 'mmir');
    expect(again.storage.read('2000')).toBe('A1~fuzzy');
  });

  it('makes a failed-over secondary a suspended primary that a host can write', () => {
    const { storage, advance } = ds8000Fixture();
    storage.mkpprc('1000', '2000', { type: 'mmir', nocp: false, tgtread: false });
    advance(200);
    expect(storage.failoverpprc('2000', '1000', 'gcp')).toMatchObject({ ok: false, code: 'type-mismatch' });
    expect(storage.failoverpprc('2000', '1000', 'mmir')).toMatchObject({ ok: true });
    expect(storage.isHostWritable('2000')).toBe(true);
    expect(storage.pprcPairs(REMOTE_IMAGE)).toEqual([
      {
        id: '2000:1000',
        state: 'Suspended',
        reason: 'Host Source',
        type: 'mmir',
        sourceLss: '20',
        firstPassDone: true,
        outOfSyncTracks: 0,
        tgtread: false,
        suspendedAt: storage.now(),
      },
    ]);
    storage.write('2000', 'DR1');
    storage.failbackpprc('2000', '1000', 'mmir');
    advance(103);
    expect(storage.read('1000')).toBe('DR1');
    expect(storage.isHostWritable('1000')).toBe(false);
  });

  it('freezepprc suspends the LSS pair at one instant and holds primary writes until unfreezepprc', () => {
    const { storage, advance } = ds8000Fixture();
    storage.mkpprc('1000', '2000', { type: 'mmir', nocp: false, tgtread: false });
    storage.mkpprc('1001', '2001', { type: 'mmir', nocp: false, tgtread: false });
    advance(200);
    expect(storage.freezepprc('10', '20')).toEqual({ ok: true, value: 2 });
    expect(storage.write('1000', 'A1')).toEqual({ ok: false, reason: 'held' });
    storage.unfreezepprc('10', '20');
    expect(storage.write('1000', 'A1')).toEqual({ ok: true });
    expect([storage.read('2000'), storage.read('2001')]).toEqual(['A0', 'B0']);
    expect(storage.pprcPairs('IBM.2107-75ABCD1').map((p) => `${p.id} ${p.state} ${p.reason}`)).toEqual([
      '1000:2000 Suspended Freeze',
      '1001:2001 Suspended Freeze',
    ]);
  });

  it('keeps a Global Copy secondary fuzzy while tracks are out of sync, so a pause then leaves it fuzzy', () => {
    const { storage, advance } = ds8000Fixture();
    storage.mkpprc('1000', '2000', { type: 'gcp', nocp: false, tgtread: false });
    advance(105);
    // The first pass is done and nothing was written since: the secondary holds the primary.
    expect(storage.pprcPairs(LOCAL_IMAGE).map((p) => `${p.id} ${p.state} ${p.outOfSyncTracks}`)).toEqual([
      '1000:2000 Copy Pending 0',
    ]);
    storage.write('1000', 'A1');
    advance(1);
    // One write marks 4096 tracks; the links carry 1600 a second.
    expect(storage.pprcPairs(LOCAL_IMAGE)[0]?.outOfSyncTracks).toBe(2496);
    storage.pausepprc('1000', '2000');
    expect(storage.read('2000')).toBe('A1~fuzzy');
    advance(60);
    // Suspended: nothing drains, the tracks wait for the resync.
    expect(storage.pprcPairs(LOCAL_IMAGE)[0]?.outOfSyncTracks).toBe(2496);
    expect(storage.read('2000')).toBe('A1~fuzzy');
  });

  it('drains a Global Copy pair once the writes stop: at zero out-of-sync tracks the secondary is the primary', () => {
    const { storage, advance } = ds8000Fixture();
    storage.mkpprc('1000', '2000', { type: 'gcp', nocp: false, tgtread: false });
    advance(105);
    storage.write('1000', 'A1');
    advance(2);
    expect(storage.read('2000')).toBe('A1~fuzzy');
    advance(1);
    expect(storage.pprcPairs(LOCAL_IMAGE)[0]?.outOfSyncTracks).toBe(0);
    storage.pausepprc('1000', '2000');
    expect(storage.read('2000')).toBe('A1');
  });
});

describe('StorageSubsystem: SVC FlashCopy consistency groups', () => {
  it('starts every mapping of a group at one instant, with targets offline while prepared', () => {
    const { storage, advance } = svcFixture();
    storage.mkfcconsistgrp('fccg_aixprd', false);
    storage.mkfcmap({
      source: 'aixprd_data1',
      target: 'aixfc_data1',
      group: 'fccg_aixprd',
      copyrate: 0,
      autodelete: false,
      incremental: false,
    });
    storage.mkfcmap({
      source: '13',
      target: '41',
      group: '1',
      copyrate: 0,
      autodelete: false,
      incremental: false,
    });
    storage.prestartfcconsistgrp('fccg_aixprd');
    expect(storage.isHostReadable('40')).toBe(false);
    storage.write('12', 'A1');
    advance(5);
    storage.startfcconsistgrp('fccg_aixprd');
    storage.write('13', 'B1');
    expect([storage.read('40'), storage.read('41'), storage.isHostReadable('40')]).toEqual([
      'A1',
      'B0',
      true,
    ]);
    expect(storage.fcGroups()).toEqual([
      { id: 1, name: 'fccg_aixprd', autodelete: false, status: 'copying', mapIds: [0, 1] },
    ]);
  });

  it('refuses to start an unprepared group without -prep (CMMVC5903E case)', () => {
    const { storage } = svcFixture();
    storage.mkfcconsistgrp(undefined, false);
    storage.mkfcmap({
      source: '12',
      target: '40',
      group: 'fccstgrp1',
      copyrate: 50,
      autodelete: false,
      incremental: false,
    });
    expect(storage.startfcconsistgrp('fccstgrp1')).toEqual({
      ok: false,
      code: 'wrong-state',
      subject: 'fccstgrp1',
    });
  });

  it('takes a stopped snapshot target offline until it is started again', () => {
    const fixture = svcFixture();
    const { storage } = fixture;
    storage.mkfcconsistgrp('cg', false);
    storage.mkfcmap({
      source: '12',
      target: '40',
      group: 'cg',
      copyrate: 0,
      autodelete: false,
      incremental: false,
    });
    startPrepared(fixture, 'cg');
    storage.stopfcconsistgrp('cg');
    expect(storage.fcMaps()[0]?.status).toBe('stopped');
    expect(storage.isHostReadable('40')).toBe(false);
    startPrepared(fixture, 'cg');
    expect(storage.isHostReadable('40')).toBe(true);
  });

  it('goes idle_or_copied when the background copy reaches 100%', () => {
    const fixture = svcFixture();
    const { storage, advance } = fixture;
    storage.mkfcconsistgrp('cg', false);
    storage.mkfcmap({
      source: '12',
      target: '40',
      group: 'cg',
      copyrate: 50,
      autodelete: false,
      incremental: false,
    });
    startPrepared(fixture, 'cg');
    // copyrate 50 = 2 MiB/s; 10 GiB takes 5120 s.
    advance(2560);
    expect(storage.fcMaps()[0]).toMatchObject({ status: 'copying', progress: 50 });
    advance(2560);
    expect(storage.fcMaps()[0]).toMatchObject({ status: 'idle_or_copied', progress: 100 });
  });
});

describe('StorageSubsystem: snapshots', () => {
  it('restores contents and relationships exactly, unshared with later changes', () => {
    const { storage, advance } = ds8000Fixture();
    storage.mkflash('1000', '1100', { ...plainFlash, nocp: true, freeze: true });
    const saved = storage.snapshot();
    expect(JSON.parse(JSON.stringify(saved))).toEqual(saved);
    advance(120);
    storage.write('1000', 'A9');
    storage.rmflash('1000', '1100');
    storage.restore(saved);
    expect(storage.read('1000')).toBe('A0');
    expect(storage.flashCopies().map((f) => `${f.source}:${f.target}`)).toEqual(['1000:1100']);
    // The saved hold had a deadline 60 s after the flash; time has moved past it.
    expect(storage.isFrozen('1000')).toBe(false);
  });

  it('refuses a snapshot of the other flavour', () => {
    const svc = storageFixture('svc').storage;
    const ds = new StorageSubsystem<string>({
      flavour: 'ds8000',
      clone: (c) => c,
      blank: () => '',
      clock: () => 0,
    });
    expect(() => ds.restore(svc.snapshot())).toThrow('cannot restore a svc v1 snapshot');
  });
});
