/**
 * The storage commands the wizard generates (src/core/plan/storage) run on the simulated storage exactly as
 * the AIX script would call them (`dscli [-cfg PROFILE] ...`, `ssh HOST svctask ...`), and leave the copy
 * the procedure promises.
 */
import { describe, expect, it } from 'vitest';
import type { CommandResult } from '../command-result';
import { storageProcedure } from '../../core/plan/storage';
import type { Facts } from '../../core/model/facts';
import { exampleFacts } from '../../core/test-support/facts';
import { storageCommands } from './commands';
import { type StorageFixture, storageFixture } from './test-support/storage-fixture';

const LOCAL = 'IBM.2107-75ABCD1';
const REMOTE = 'IBM.2107-75WXYZ1';
const SOURCES = ['1000', '1001', '1002'];
const TARGETS = ['1100', '1101', '1102'];

/** A subsystem holding the example's LUNs: sources hold S0..S2; mirror targets live on the remote image. */
function storageFor(facts: Facts): StorageFixture {
  const mirror = facts.copy.method !== 'flashcopy';
  const fixture =
    facts.copy.storage === 'svc'
      ? storageFixture('svc')
      : storageFixture('ds8000', mirror ? [LOCAL, REMOTE] : [LOCAL]);
  for (const id of SOURCES) fixture.storage.createVolume({ id, sizeGb: 50 });
  for (const id of TARGETS)
    fixture.storage.createVolume({ id, sizeGb: 50, ...(mirror ? { image: REMOTE } : {}) });
  for (const [i, id] of SOURCES.entries()) fixture.storage.write(id, `S${i}`);
  return fixture;
}

/** Runs each line behind the CLI prefix, as the generated AIX script does; all must succeed. */
function play(fixture: StorageFixture, prefix: string[], lines: string[]): CommandResult[] {
  return lines.map((line) => {
    const [name, ...args] = [...prefix, ...line.split(/\s+/)];
    const command = storageCommands.find((c) => c.name === name);
    if (!command) throw new Error(`no storage command ${name}`);
    const result = command.run(args, { storage: fixture.storage, now: fixture.now, wait: fixture.advance });
    expect(result, line).toMatchObject({ stderr: '', exitCode: 0 });
    return result;
  });
}

const contents = (fixture: StorageFixture, ids: string[]) => ids.map((id) => fixture.storage.read(id));

describe('generated storage procedures on the simulated storage', () => {
  it('DS8000 FlashCopy with a consistency group: one instant for all LUNs, writes released after', () => {
    const facts = exampleFacts((f) => {
      f.consistency.approach = 'freeze-and-consistency-group';
      f.storage!.dscliProfile = '/opt/ibm/dscli/profile/aixprod.profile';
    });
    const proc = storageProcedure(facts)!;
    const ds = storageFor(facts);
    play(ds, proc.cliPrefix, [...proc.setup, ...proc.copy, ...proc.release]);
    expect(contents(ds, TARGETS)).toEqual(['S0', 'S1', 'S2']);
    expect(SOURCES.map((id) => ds.storage.isFrozen(id))).toEqual([false, false, false]);
  });

  it('DS8000 refresh: resyncflash takes a new point in time on the -record -persist pairs', () => {
    const first = exampleFacts((f) => {
      f.consistency.approach = 'consistency-group';
    });
    const ds = storageFor(first);
    const proc = storageProcedure(first)!;
    play(ds, proc.cliPrefix, proc.copy);
    ds.advance(86_400);
    ds.storage.write('1001', 'S1-next-day');
    const refresh = storageProcedure(exampleFacts((f) => Object.assign(f, { mode: 'refresh' })))!;
    play(ds, refresh.cliPrefix, [...refresh.beforeRefresh, ...refresh.copy]);
    expect(contents(ds, TARGETS)).toEqual(['S0', 'S1-next-day', 'S2']);
  });

  it('Metro Mirror with freezepprc: consistent secondaries, usable by the host after failoverpprc', () => {
    const facts = exampleFacts((f) => {
      f.copy.method = 'metro-mirror';
      f.consistency.approach = 'consistency-group';
      f.storage!.remoteStorageImage = REMOTE;
    });
    const proc = storageProcedure(facts)!;
    const ds = storageFor(facts);
    play(ds, proc.cliPrefix, proc.setup);
    // 50 GiB at 100 MiB/s: the first pass takes 512 s.
    ds.advance(600);
    ds.storage.write('1002', 'S2-synced');
    expect(TARGETS.map((id) => ds.storage.isHostReadable(id))).toEqual([false, false, false]);
    play(ds, proc.cliPrefix, [...proc.copy, ...proc.release]);
    expect(contents(ds, TARGETS)).toEqual(['S0', 'S1', 'S2-synced']);
    expect(TARGETS.map((id) => ds.storage.isHostWritable(id))).toEqual([true, true, true]);
  });

  it('Metro Mirror refresh: failbackpprc resyncs the secondaries before the next freeze', () => {
    const facts = exampleFacts((f) => {
      f.copy.method = 'metro-mirror';
      f.consistency.approach = 'consistency-group';
      f.storage!.remoteStorageImage = REMOTE;
    });
    const proc = storageProcedure(facts)!;
    const ds = storageFor(facts);
    play(ds, proc.cliPrefix, proc.setup);
    ds.advance(600);
    play(ds, proc.cliPrefix, [...proc.copy, ...proc.release]);
    ds.storage.write('1000', 'S0-later');
    const refresh = storageProcedure(exampleFacts((f) => Object.assign(f, facts, { mode: 'refresh' })))!;
    play(ds, refresh.cliPrefix, refresh.beforeRefresh);
    ds.advance(600);
    play(ds, refresh.cliPrefix, [...refresh.copy, ...refresh.release]);
    expect(contents(ds, TARGETS)).toEqual(['S0-later', 'S1', 'S2']);
  });

  /** A Global Copy mirror set up, first pass done, and one write to the first primary just now. */
  function globalCopyWrittenLast() {
    const facts = exampleFacts((f) => {
      f.copy.method = 'global-copy';
      f.storage!.remoteStorageImage = REMOTE;
    });
    const proc = storageProcedure(facts)!;
    const ds = storageFor(facts);
    play(ds, proc.cliPrefix, proc.setup);
    ds.advance(600);
    ds.storage.write('1000', 'S0-late');
    return { proc, ds };
  }

  it('Global Copy paused with tracks out of sync: the secondary written last is fuzzy', () => {
    const { proc, ds } = globalCopyWrittenLast();
    play(ds, proc.cliPrefix, [...proc.copy, ...proc.release]);
    expect(contents(ds, TARGETS)).toEqual(['S0-late~fuzzy', 'S1', 'S2']);
  });

  it('Global Copy drained before the pause and failed over: the secondaries hold the primaries', () => {
    const { proc, ds } = globalCopyWrittenLast();
    // The writes stopped: the 4096 tracks of the last one drain in 3 seconds.
    ds.advance(3);
    play(ds, proc.cliPrefix, [...proc.copy, ...proc.release]);
    expect(contents(ds, TARGETS)).toEqual(['S0-late', 'S1', 'S2']);
    expect(ds.storage.isHostWritable('1100')).toBe(true);
  });

  it('Global Mirror DR test: the secondaries get the last consistency group while production writes on', () => {
    const facts = exampleFacts((f) => {
      f.copy.method = 'global-mirror';
      f.storage!.remoteStorageImage = REMOTE;
      f.storage!.gmSession = '01';
      f.storage!.gmMasterLss = '10';
      f.targets.luns = f.targets.luns.map((l, i) => ({ ...l, journalVolume: `120${i}` }));
    });
    const proc = storageProcedure(facts)!;
    const ds = storageFor(facts);
    for (const id of ['1200', '1201', '1202']) ds.storage.createVolume({ id, sizeGb: 50, image: REMOTE });
    play(ds, proc.cliPrefix, proc.setup);
    ds.advance(600);
    ds.storage.write('1000', 'S0-late');
    // The next consistency group takes S0-late to the journal; the write after it leaves 1100 fuzzy.
    ds.advance(1);
    ds.storage.write('1000', 'S0-later');
    play(ds, proc.cliPrefix, [...proc.copy, ...proc.release]);
    expect(contents(ds, TARGETS)).toEqual(['S0-later~fuzzy', 'S1', 'S2']);
    play(ds, proc.cliPrefix, proc.restore!.commands);
    expect(contents(ds, TARGETS)).toEqual(['S0-late', 'S1', 'S2']);
    expect(ds.storage.read('1000')).toBe('S0-later');
    // After the test: failback, journals again, resumegmir; consistency groups form once the pass is done.
    play(ds, proc.cliPrefix, proc.beforeRefresh);
    ds.advance(600);
    expect(contents(ds, ['1200', '1100'])).toEqual(['S0-later', 'S0-later']);
    expect(ds.storage.gmirMasters(LOCAL).map((m) => m.state)).toEqual(['Running']);
  });

  it('SVC consistency group over ssh: every mapping started at one instant', () => {
    const facts = exampleFacts((f) => {
      f.copy.storage = 'svc';
      f.consistency.approach = 'consistency-group';
      f.storage!.svcHost = 'superuser@svc01';
    });
    const proc = storageProcedure(facts)!;
    expect(proc.cliPrefix).toEqual(['ssh', '--', 'superuser@svc01', 'svctask']);
    const svc = storageFor(facts);
    const created = play(svc, proc.cliPrefix, proc.setup);
    expect(created[0]!.stdout).toBe('FlashCopy Consistency Group, id [1], successfully created\n');
    play(svc, proc.cliPrefix, [...proc.copy, ...proc.release]);
    expect(contents(svc, TARGETS)).toEqual(['S0', 'S1', 'S2']);
    expect(svc.storage.fcGroups().map((g) => g.status)).toEqual(['copying']);
  });

  it('SVC without a group: each mapping started on its own with startfcmap -prep', () => {
    const facts = exampleFacts((f) => {
      f.copy.storage = 'svc';
    });
    const proc = storageProcedure(facts)!;
    const svc = storageFor(facts);
    play(svc, proc.cliPrefix, [...proc.setup, ...proc.copy]);
    expect(svc.storage.fcMaps().map((m) => m.status)).toEqual(['copying', 'copying', 'copying']);
  });
});
