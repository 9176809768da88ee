import { describe, expect, it } from 'vitest';
import { listScenarios, loadScenario } from '../sim/index';
import { buildWorld } from '../sim/scenarios/create-world';
import { type Scenario, scenarioSchema } from '../sim/scenarios/schema';
import type { Facts } from './model/facts';
import { sampleFacts } from './model/sample';
import { importCollected } from './parse/collected';
import { simulatedHost } from './parse/test-support/sim-host';
import { twinScenario } from './twin';

const noSetupCommands = async () => {
  throw new Error('this twin has no setup commands');
};

describe('the twin of a runbook', () => {
  it("describes the admin's own VG, disks, LVs, logs and targets in the simulator's scenario format", () => {
    expect(twinScenario(sampleFacts())).toEqual({
      formatVersion: 1,
      name: 'twin-datavg',
      title: 'Rehearsal of datavg on aixprod01',
      description:
        'A twin of aixprod01: datavg (3 disk(s), 2 file system(s)) on DS8000, copied by flashcopy.',
      goal: 'Bring up the copy of datavg on aixprod01 as flashcopyvg, varied on, with its file systems mounted under /fc, leaving datavg as it was.',
      hints: [],
      seed: 1,
      storage: {
        flavour: 'ds8000',
        images: ['IBM.2107-75ABCD1'],
        volumes: [
          { id: '1000', sizeGb: 50, hosts: ['aixprod01'] },
          { id: '1001', sizeGb: 50, hosts: ['aixprod01'] },
          { id: '1002', sizeGb: 50, hosts: ['aixprod01'] },
          { id: '1100', sizeGb: 50, hosts: ['aixprod01'] },
          { id: '1101', sizeGb: 50, hosts: ['aixprod01'] },
          { id: '1102', sizeGb: 50, hosts: ['aixprod01'] },
        ],
      },
      hosts: [
        {
          name: 'aixprod01',
          aix: { release: '7.2', technologyLevel: 5, servicePack: 0, apars: [] },
          multipath: 'sddpcm',
          machineId: '00c8d3e4',
          vgs: [
            {
              name: 'datavg',
              type: 'scalable',
              disks: ['1000', '1001', '1002'],
              pvids: ['00c8d3e4a1b2c3d0', '00c8d3e4a1b2c3d1', '00c8d3e4a1b2c3d2'],
              lvs: [
                { name: 'loglv00', type: 'jfs2log', lps: 1, disks: [0] },
                { name: 'datalv', type: 'jfs2', lps: 16, disks: [0, 1] },
                { name: 'applv', type: 'jfs2', lps: 16, disks: [2] },
              ],
              fileSystems: [
                { mountPoint: '/data', lv: 'datalv', vfs: 'jfs2', log: 'loglv00', mounted: true },
                { mountPoint: '/app', lv: 'applv', vfs: 'jfs2', log: 'INLINE', mounted: true },
              ],
              variedOn: true,
            },
          ],
          configured: ['1100', '1101', '1102'],
          deviceNames: {
            '1000': 'hdisk4',
            '1001': 'hdisk5',
            '1002': 'hdisk6',
            '1100': 'hdisk10',
            '1101': 'hdisk11',
            '1102': 'hdisk12',
          },
          apps: [],
        },
      ],
      currentHost: 'aixprod01',
      setup: [],
      storageSteps: [
        'mkflash -dev IBM.2107-75ABCD1 -freeze -record -persist -nocp 1000:1100 1001:1101 1002:1102',
        'unfreezeflash -dev IBM.2107-75ABCD1 10',
      ],
      sourceVg: 'datavg',
      expect: { vg: 'flashcopyvg', variedOn: true, mountedUnder: '/fc', sourceUntouched: true },
    });
  });

  it('is a valid scenario that builds a world with the admin’s names', async () => {
    const scenario = scenarioSchema.parse(twinScenario(sampleFacts()));
    const world = await buildWorld(scenario, noSetupCommands);
    const host = world.hosts.aixprod01;
    expect(host.vgs.map((vg) => vg.name)).toEqual(['rootvg', 'datavg']);
    expect(
      Object.values(host.mounts)
        .filter((m) => m.vg === 'datavg')
        .map((m) => [m.mountPoint, m.device, m.log]),
    ).toEqual([
      ['/data', '/dev/datalv', '/dev/loglv00'],
      ['/app', '/dev/applv', 'INLINE'],
    ]);
    expect(Object.values(host.devices).map((d) => [d.volumeId, d.name, d.pvid])).toEqual([
      [expect.stringMatching(/^local:/), 'hdisk0', expect.stringMatching(/^[0-9a-f]{16}$/)],
      ['1000', 'hdisk4', '00c8d3e4a1b2c3d0'],
      ['1001', 'hdisk5', '00c8d3e4a1b2c3d1'],
      ['1002', 'hdisk6', '00c8d3e4a1b2c3d2'],
      ['1100', 'hdisk10', null],
      ['1101', 'hdisk11', null],
      ['1102', 'hdisk12', null],
    ]);
  });

  it('puts the source VG on its own host when the copy is brought up on another (importvg keeps mount points)', async () => {
    const facts = {
      ...sampleFacts(),
      copy: { ...sampleFacts().copy, storage: 'svc' as const },
      sourceOnHost: { present: false, variedOn: false, otherCopies: [] },
      newVg: { name: 'datavg', lvPrefix: '', mountPrefix: '', access: 'auto' as const },
    };
    facts.sourceVg.disks = facts.sourceVg.disks.map((disk) => ({
      ...disk,
      storageVolume: `600507680180813E500000000000000${disk.name.slice(-1)}`,
    }));
    const twin = twinScenario(facts);
    expect([
      twin.hosts.map((h) => [h.name, h.vgs.map((vg) => vg.name), h.configured]),
      twin.storage.volumes.slice(0, 1),
      twin.currentHost,
      twin.expect,
    ]).toEqual([
      [
        ['aixprod01-source', ['datavg'], []],
        ['aixprod01', [], ['1100', '1101', '1102']],
      ],
      [{ id: '0', name: '600507680180813E5000000000000004', sizeGb: 50, hosts: ['aixprod01-source'] }],
      'aixprod01',
      { vg: 'datavg', variedOn: true, sourceUntouched: true },
    ]);
    const world = await buildWorld(scenarioSchema.parse(twin), noSetupCommands);
    expect(Object.keys(world.hosts)).toEqual(['aixprod01-source', 'aixprod01']);
  });
});

describe('the twin of each built-in scenario, read back by the collector', () => {
  const scenarios = listScenarios().map(({ name }) => loadScenario(name)!);

  it.each(scenarios.map((s) => [s.name, s] as const))(
    '%s: the twin holds the same VG layout under the same names',
    async (_, scenario) => {
      const sourceHost = scenario.hosts.find((h) => h.vgs.some((vg) => vg.name === scenario.sourceVg))!.name;
      const collect = async (world: string | Scenario, hostName: string) => {
        const host = await simulatedHost(world, hostName);
        const run = await host.run(`ksh /tmp/vgcopy-collect.sh ${scenario.sourceVg}`);
        return importCollected(run.stdout).facts;
      };
      const layout = (facts: Facts) => ({
        vg: facts.sourceVg.name,
        type: facts.sourceVg.type,
        disks: facts.sourceVg.disks.map((d) => [d.name, d.storageVolume, d.pvid]),
        lvs: facts.sourceVg.lvs,
        fileSystems: facts.sourceVg.fileSystems,
        aix: facts.aix,
        multipath: facts.multipath,
        storage: facts.copy.storage,
      });
      const real = await collect(scenario.name, sourceHost);
      const twin = scenarioSchema.parse(twinScenario(real));
      expect(layout(await collect(twin, real.hostname))).toEqual(layout(real));
    },
  );
});
