/**
 * Copy physics end to end (docs/procedure.md "Consistency of the copy"): the copy of a live VG is consistent
 * when the procedure is followed, and shows the damage docs/procedure.md describes when it is not.
 */
import { describe, expect, it } from 'vitest';
import { worldState } from '../index';
import { judgeCopy } from '../rehearse/judge';
import { openScenario, type SimDriver } from '../test-support/sim-driver';

function copyFs(t: SimDriver, mountPoint: string) {
  return worldState(t.world).fileSystems.find((f) => f.mountPoint === mountPoint);
}

function copyApps(t: SimDriver, vg: string) {
  return worldState(t.world).vgs.find((v) => v.name === vg)?.applications;
}

describe('DB2 on SVC', () => {
  it('write suspend + freeze + consistency group gives a clean copy the database can use', async () => {
    const t = await openScenario('db2-freeze-thaw');
    await t.runAll('cfgmgr');
    t.advance(45);
    await t.expectRun("su - db2inst1 -c 'db2 set write suspend for database'", {
      stdout: 'DB20000I  The SET WRITE command completed successfully.\n',
    });
    t.world.syncAll();
    t.freeze(60, '/db2/PRD/data', '/db2/PRD/log');
    await t.runAll(
      'svctask mkfcconsistgrp -name fccg_db2',
      'svctask mkfcmap -source 0 -target 2 -consistgrp fccg_db2',
      'svctask mkfcmap -source 1 -target 3 -consistgrp fccg_db2',
      'svctask startfcconsistgrp -prep fccg_db2',
    );
    t.thaw('/db2/PRD/data', '/db2/PRD/log');
    await t.runAll(
      "su - db2inst1 -c 'db2 set write resume for database'",
      'recreatevg -y db2copyvg -L /fc hdisk3 hdisk4',
    );
    expect(copyFs(t, '/fc/db2/PRD/data')).toMatchObject({ health: 'clean', consistent: true, dataOk: true });
    expect(copyApps(t, 'db2copyvg')).toEqual([{ app: 'PRD', verdict: 'usable' }]);
    expect(t.mount('/fc/db2/PRD/data')).toEqual({ kind: 'ok', replayed: false });
  });

  it('LUNs copied at different instants while DB2 writes: the data is newer than its log', async () => {
    const t = await openScenario('db2-freeze-thaw');
    await t.runAll('cfgmgr');
    // Both groups prepared ahead (their cache flush takes simulated time), so each start is one instant.
    await t.runAll(
      'svctask mkfcconsistgrp -name fccg_log',
      'svctask mkfcmap -source 1 -target 3 -consistgrp fccg_log',
      'svctask prestartfcconsistgrp fccg_log',
      'svctask mkfcconsistgrp -name fccg_data',
      'svctask mkfcmap -source 0 -target 2 -consistgrp fccg_data',
      'svctask prestartfcconsistgrp fccg_data',
    );
    t.advance(58);
    await t.runAll('svctask startfcconsistgrp fccg_log');
    t.advance(5); // syncd runs at 60 s and writes newer data to the data LUN
    await t.runAll('svctask startfcconsistgrp fccg_data', 'recreatevg -y db2copyvg -L /fc hdisk3 hdisk4');
    expect(copyApps(t, 'db2copyvg')).toEqual([{ app: 'PRD', verdict: 'data-newer-than-log' }]);
  });
});

describe('DB2 on raw LVs', () => {
  it('keeps writing its raw LVs (a freeze of /data holds none of them): LUNs flashed one after the other give a torn copy', async () => {
    const t = await openScenario('raw-lv-database');
    t.advance(30);
    const before = worldState(t.world);
    t.freeze(60, '/data');
    t.flashcopy([['1000', '1100']]);
    t.advance(2);
    t.flashcopy([['1001', '1101']]);
    t.thaw('/data');
    await t.runAll('recreatevg -y flashcopyvg hdisk3 hdisk4');
    expect(copyApps(t, 'flashcopyvg')).toEqual([{ app: 'PRD', verdict: 'torn' }]);
    // The rehearsal's judgement fails such a copy, whatever its file systems say.
    expect(
      judgeCopy(
        { sourceVg: 'datavg', copyVg: 'flashcopyvg', copyMounted: false },
        before,
        worldState(t.world),
      ).problems,
    ).toEqual([
      "PRD's data on flashcopyvg is torn: its raw LVs were copied at different instants outside hot-backup mode",
    ]);
  });

  it('in write suspend, the same two copies are one image the database can use', async () => {
    const t = await openScenario('raw-lv-database');
    t.advance(30);
    await t.runAll("su - db2inst1 -c 'db2 set write suspend for database'");
    t.flashcopy([['1000', '1100']]);
    t.advance(2);
    t.flashcopy([['1001', '1101']]);
    await t.runAll(
      "su - db2inst1 -c 'db2 set write resume for database'",
      'recreatevg -y flashcopyvg hdisk3 hdisk4',
    );
    expect(copyApps(t, 'flashcopyvg')).toEqual([{ app: 'PRD', verdict: 'usable' }]);
  });

  it('running, a consistency group holds every raw write while it copies: one instant, usable', async () => {
    const t = await openScenario('raw-lv-database');
    t.advance(30);
    t.flashcopy(
      [
        ['1000', '1100'],
        ['1001', '1101'],
      ],
      { freeze: true },
    );
    await t.runAll('dscli unfreezeflash -dev IBM.2107-75ABCD1 10', 'recreatevg -y flashcopyvg hdisk3 hdisk4');
    expect(copyApps(t, 'flashcopyvg')).toEqual([{ app: 'PRD', verdict: 'usable' }]);
  });
});

describe('JFS mounted, no freeze', () => {
  it('the log and the file system disagree: mount succeeds, the damage is silent until fsck', async () => {
    const t = await openScenario('jfs-mounted');
    await t.runAll('cfgmgr');
    t.advance(30);
    t.flashcopy([['1000', '1100']]);
    t.advance(5);
    t.flashcopy([['1001', '1101']]);
    await t.runAll('recreatevg -y appcopyvg hdisk3 hdisk4');
    expect(copyFs(t, '/fs/spool')).toMatchObject({
      health: 'log-disagrees',
      consistent: false,
      dataOk: false,
    });
    expect(t.mount('/fs/spool')).toEqual({ kind: 'ok', replayed: true });
    expect(copyFs(t, '/fs/spool')).toMatchObject({ health: 'damaged', consistent: false, dataOk: false });
  });

  it('stopping the application and unmounting first gives a clean copy', async () => {
    const t = await openScenario('jfs-mounted');
    await t.runAll('cfgmgr');
    t.advance(30);
    await t.expectRun('appctl stop batch', { stdout: 'batch stopped.\n' });
    t.umount('/app', '/spool');
    t.flashcopy([['1000', '1100']]);
    t.advance(5);
    t.flashcopy([['1001', '1101']]);
    await t.runAll('recreatevg -y appcopyvg hdisk3 hdisk4');
    expect(copyFs(t, '/fs/spool')).toMatchObject({ health: 'clean', consistent: true, dataOk: true });
    expect(copyApps(t, 'appcopyvg')).toEqual([{ app: 'batch', verdict: 'usable' }]);
  });
});

describe('log wrap', () => {
  it('a copy taken while the log has wrapped cannot be replayed: mount fails until fsck', async () => {
    const t = await openScenario('log-wrap');
    await t.runAll('cfgmgr');
    t.advance(50);
    t.flashcopy([['1000', '1100']]);
    await t.runAll('recreatevg -y loadcopyvg hdisk2');
    expect(copyFs(t, '/fs/load')?.health).toBe('log-wrapped');
    expect(t.mount('/fs/load')).toEqual({ kind: 'dirty', replayed: true });
    expect(copyFs(t, '/fs/load')?.health).toBe('needs-fsck');
  });

  it('a freeze writes everything first: nothing to replay', async () => {
    const t = await openScenario('log-wrap');
    await t.runAll('cfgmgr');
    t.advance(50);
    t.freeze(30, '/load');
    t.flashcopy([['1000', '1100']]);
    t.thaw('/load');
    await t.runAll('recreatevg -y loadcopyvg hdisk2');
    expect(t.mount('/fs/load')).toEqual({ kind: 'ok', replayed: false });
  });
});

describe('freeze timeout', () => {
  it('ends the freeze by itself and writes J2_FREEZE_TIMEOUT to the error log', async () => {
    const t = await openScenario('db2-freeze-thaw');
    t.freeze(10, '/db2/PRD/data');
    t.advance(9);
    expect(worldState(t.world).fileSystems.find((f) => f.mountPoint === '/db2/PRD/data')?.frozen).toBe(true);
    t.advance(1);
    const state = worldState(t.world);
    expect(state.fileSystems.find((f) => f.mountPoint === '/db2/PRD/data')?.frozen).toBe(false);
    expect(state.errlog).toEqual([
      {
        time: '2025-07-14T10:00:10Z',
        label: 'J2_FREEZE_TIMEOUT',
        resource: '/dev/db2datalv',
        description: 'File system freeze timeout expired',
      },
    ]);
  });
});
