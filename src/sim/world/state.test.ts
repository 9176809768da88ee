import { describe, expect, it } from 'vitest';
import { restore, snapshot, worldState } from '../index';
import { openScenario, SimDriver } from '../test-support/sim-driver';
import { invariantViolations } from './invariants';

describe('world state picture, snapshots and invariants', () => {
  it('pictures disks, VGs and file systems of the current host', async () => {
    const t = await openScenario('first-flashcopy');
    await t.runAll('cfgmgr');
    const state = worldState(t.world);
    expect(state.time).toBe('2025-07-14T10:00:00Z');
    expect(state.disks.map((d) => [d.name, d.vg, d.configured])).toEqual([
      ['hdisk0', 'rootvg', true],
      ['hdisk1', 'datavg', true],
      ['hdisk2', 'datavg', true],
      ['hdisk3', null, true],
      ['hdisk4', null, true],
    ]);
    expect(state.vgs.find((v) => v.name === 'datavg')).toMatchObject({
      variedOn: true,
      disks: ['hdisk1', 'hdisk2'],
    });
    expect(state.fileSystems.find((f) => f.mountPoint === '/data')).toEqual({
      mountPoint: '/data',
      lv: 'datalv',
      vg: 'datavg',
      vfs: 'jfs2',
      log: '/dev/loglv00',
      mounted: true,
      frozen: false,
      frozenUntil: null,
      health: 'needs-replay',
      consistent: true,
      dataOk: true,
    });
    expect(state.logs).toContainEqual({
      device: '/dev/loglv00',
      vg: 'datavg',
      fileSystems: ['/data'],
      wrapped: false,
    });
    expect(state.volumes.map((v) => v.id)).toEqual(['1000', '1001', '1100', '1101']);
    expect(JSON.parse(JSON.stringify(state))).toEqual(state);
  });

  it('restores a snapshot: the same state, and the same future', async () => {
    const t = await openScenario('first-flashcopy');
    await t.runAll('cfgmgr');
    const saved = snapshot(t.world);
    t.flashcopy([
      ['1000', '1100'],
      ['1001', '1101'],
    ]);
    await t.runAll('recreatevg -y flashcopyvg hdisk3 hdisk4');
    const after = worldState(t.world);
    const back = restore(JSON.parse(JSON.stringify(saved)));
    expect(worldState(back).vgs.map((v) => v.name)).toEqual(['rootvg', 'datavg']);
    const replay = new SimDriver(back);
    replay.flashcopy([
      ['1000', '1100'],
      ['1001', '1101'],
    ]);
    await replay.runAll('recreatevg -y flashcopyvg hdisk3 hdisk4');
    expect(worldState(back)).toEqual(after);
  });

  it('holds the invariants through the first-copy procedure', async () => {
    const t = await openScenario('first-flashcopy');
    expect(invariantViolations(t.world)).toEqual([]);
    await t.runAll('cfgmgr');
    t.flashcopy([
      ['1000', '1100'],
      ['1001', '1101'],
    ]);
    await t.runAll('recreatevg -y flashcopyvg hdisk3 hdisk4');
    expect(invariantViolations(t.world)).toEqual([]);
  });
});
