import { describe, expect, it } from 'vitest';
import { listScenarios, loadScenario, type Scenario } from '../../sim/index';
import { importCollected } from './collected';
import { runbookFor } from './test-support/facts';
import { simulatedHost } from './test-support/sim-host';

describe('the collector in the simulator (scenario first-flashcopy)', () => {
  it('runs unchanged as `ksh FILE VG`, and its output imports into the whole facts of datavg', async () => {
    const host = await simulatedHost('first-flashcopy');
    const run = await host.run('ksh /tmp/vgcopy-collect.sh datavg');
    expect([run.exitCode, run.stderr]).toEqual([0, '']);
    const imported = importCollected(run.stdout);
    expect(imported.errors).toEqual([]);
    expect(
      imported.sections.filter((s) => s.errors.length > 0 || s.notes.length > 0 || s.exitCode !== 0),
    ).toEqual([]);
    expect(imported.sections.map((s) => s.command)).toEqual([
      'hostname',
      'oslevel -s',
      'instfix -ik IY66043',
      'lsdev -Cc disk',
      'lspv',
      'lsvg',
      'lsvg -o',
      'lsps -a',
      'lsvg datavg',
      'lsvg -l datavg',
      'lsvg -p datavg',
      'lsvg -l rootvg',
      'lsfs',
      'lsfs -q /data /arch',
      'stanzas of /etc/filesystems',
      'lslv -l loglv00',
      'lslv -l datalv',
      'lslv -l archlv',
      'lsattr -El hdisk1',
      'lsattr -El hdisk2',
      'mount',
    ]);
    const base = runbookFor('');
    expect(imported.facts).toEqual({
      ...base,
      hostname: 'aixprod01',
      aix: { release: '7.2', technologyLevel: 5, servicePack: 6, hasIY66043: false },
      multipath: 'sddpcm',
      copy: { ...base.copy, storage: 'ds8000' },
      sourceVg: {
        name: 'datavg',
        type: 'scalable',
        disks: [
          { name: 'hdisk1', pvid: '002c8e2ca88457be', storageVolume: '1000', sizeMb: 102400 },
          { name: 'hdisk2', pvid: '002c8e2c87e9782b', storageVolume: '1001', sizeMb: 102400 },
        ],
        lvs: [
          { name: 'loglv00', type: 'jfs2log', disks: ['hdisk1'] },
          { name: 'datalv', type: 'jfs2', mountPoint: '/data', disks: ['hdisk1', 'hdisk2'] },
          { name: 'archlv', type: 'jfs2', mountPoint: '/arch', disks: ['hdisk2'] },
        ],
        fileSystems: [
          { mountPoint: '/data', lv: 'datalv', vfs: 'jfs2', log: 'loglv00', logRead: true, mounted: true },
          { mountPoint: '/arch', lv: 'archlv', vfs: 'jfs2', log: 'INLINE', logRead: true, mounted: true },
        ],
      },
      sourceOnHost: { present: true, variedOn: true, otherCopies: [] },
      host: {
        vgs: ['rootvg', 'datavg'],
        activeVgs: ['datavg', 'rootvg'],
        disks: [
          {
            name: 'hdisk0',
            pvid: '002c8e2c06c95514',
            vg: 'rootvg',
            vgState: 'active',
            status: 'Available',
            description: 'SAS Disk Drive',
          },
          {
            name: 'hdisk1',
            pvid: '002c8e2ca88457be',
            vg: 'datavg',
            vgState: 'active',
            status: 'Available',
            description: 'IBM MPIO FC 2107',
          },
          {
            name: 'hdisk2',
            pvid: '002c8e2c87e9782b',
            vg: 'datavg',
            vgState: 'active',
            status: 'Available',
            description: 'IBM MPIO FC 2107',
          },
        ],
        mountPoints: ['/', '/usr', '/var', '/tmp', '/home', '/opt', '/admin', '/proc', '/data', '/arch'],
        lvNames: [
          'hd5',
          'hd6',
          'hd8',
          'hd4',
          'hd2',
          'hd9var',
          'hd3',
          'hd1',
          'hd10opt',
          'hd11admin',
          'lg_dumplv',
        ],
        // lsps -a: the paging spaces, which a retire keeps off the disks it removes.
        pagingSpaces: [{ name: 'hd6', disk: 'hdisk0', vg: 'rootvg', active: true }],
      },
    });
  });

  it('stops with exit 2 and the VGs the host has, for a VG it does not define; changes nothing', async () => {
    const host = await simulatedHost('first-flashcopy');
    const before = await host.run('lspv');
    expect(await host.run('ksh /tmp/vgcopy-collect.sh oravg')).toEqual({
      stdout: '',
      stderr:
        'vgcopy-collect.sh: volume group oravg is not defined on this host; lsvg lists:\nrootvg\ndatavg\n',
      exitCode: 2,
    });
    await host.run('ksh /tmp/vgcopy-collect.sh datavg');
    expect(await host.run('lspv')).toEqual(before);
  });
});

describe('the collector on AIX levels without oslevel -s', () => {
  const onLevel = (aix: Scenario['hosts'][number]['aix']): Scenario => {
    const scenario = loadScenario('jfs-mounted')!;
    return { ...scenario, hosts: scenario.hosts.map((h) => ({ ...h, aix })) };
  };

  it.each([
    [
      'AIX 5.3 ML1 (jfs-mounted)',
      { release: '5.3', technologyLevel: 1, servicePack: 0, apars: [] },
      { release: '5.3', technologyLevel: 1, hasIY66043: false },
    ],
    [
      'AIX 5.2 ML4 with IY66043',
      { release: '5.2', technologyLevel: 4, servicePack: 0, apars: ['IY66043'] },
      { release: '5.2', technologyLevel: 4, hasIY66043: true },
    ],
  ] as const)(
    '%s: falls back to oslevel -r and reads the level the freeze rule needs',
    async (_, aix, level) => {
      const host = await simulatedHost(onLevel({ ...aix, apars: [...aix.apars] }));
      const imported = importCollected((await host.run('ksh /tmp/vgcopy-collect.sh appvg')).stdout);
      const section = (command: string) => imported.sections.find((s) => s.command === command);
      expect([section('oslevel -s'), section('oslevel -r')?.read, section('oslevel -r')?.errors]).toEqual([
        undefined,
        [`AIX ${aix.release} TL${aix.technologyLevel}`],
        [],
      ]);
      expect(imported.facts.aix).toEqual(level);
    },
  );
});

describe('the collector where copies of the VG are already up (two-copies, refresh-copy)', () => {
  it.each([
    ['two-copies', 'fc1vg', 'fc1', '/fc1'],
    ['refresh-copy', 'flashcopyvg', 'fs', '/fs'],
  ])(
    '%s: %s is recognised as another copy of datavg on this host, with its prefixes',
    async (scenario, copy, lvPrefix, mountPrefix) => {
      const host = await simulatedHost(scenario);
      const imported = importCollected((await host.run('ksh /tmp/vgcopy-collect.sh datavg')).stdout);
      expect(imported.facts.sourceOnHost).toEqual({
        present: true,
        variedOn: true,
        otherCopies: [{ vgName: copy, variedOn: true, disks: ['hdisk3', 'hdisk4'], lvPrefix, mountPrefix }],
      });
    },
  );
});

describe('the collector on every built-in scenario, on the host that holds the source VG', () => {
  const scenarios = listScenarios().map(({ name }) => loadScenario(name)!);

  it.each(scenarios.map((s) => [s.name, s] as const))(
    '%s: reads the VG exactly as the scenario lays it out',
    async (_, scenario) => {
      const spec = scenario.hosts
        .flatMap((h) => h.vgs.map((vg) => ({ host: h.name, vg })))
        .find(({ vg }) => vg.name === scenario.sourceVg);
      expect(spec, 'the scenario names its source VG').toBeDefined();
      if (!spec) return;
      const host = await simulatedHost(scenario.name, spec.host);
      const run = await host.run(`ksh /tmp/vgcopy-collect.sh ${spec.vg.name}`);
      const imported = importCollected(run.stdout);
      expect([
        run.exitCode,
        run.stderr,
        imported.errors,
        imported.sections.flatMap((s) => [...s.errors, ...s.notes]),
      ]).toEqual([0, '', [], []]);
      const vg = imported.facts.sourceVg;
      expect({
        name: vg.name,
        type: vg.type,
        volumes: vg.disks.map((d) => d.storageVolume),
        lvs: vg.lvs.map((lv) => [lv.name, lv.type, lv.disks.length]),
        fileSystems: vg.fileSystems.map((fs) => [fs.mountPoint, fs.lv, fs.vfs, fs.log]),
      }).toEqual({
        name: spec.vg.name,
        type: spec.vg.type,
        // DS8000: the volume ids themselves; SVC: each disk's vdisk UID (IBM's 600507… prefix).
        volumes:
          scenario.storage.flavour === 'ds8000'
            ? spec.vg.disks
            : spec.vg.disks.map(() => expect.stringMatching(/^600507[0-9A-F]{26}$/)),
        lvs: spec.vg.lvs.map((lv) => [lv.name, lv.type, new Set(lv.disks).size]),
        fileSystems: spec.vg.fileSystems.map((fs) => [fs.mountPoint, fs.lv, fs.vfs, fs.log]),
      });
      expect(imported.facts.copy.storage).toBe(scenario.storage.flavour);
    },
  );
});

describe('the collector for a copy set (scenario db2-two-vgs)', () => {
  it('takes several VG names and its output fills each VG of the set', async () => {
    const host = await simulatedHost('db2-two-vgs');
    const run = await host.run('ksh /tmp/vgcopy-collect.sh db2datavg db2logvg');
    expect([run.exitCode, run.stderr]).toEqual([0, '']);
    expect(run.stdout.split('\n')[0]).toBe('==== vgcopy-collect 1 db2datavg db2logvg');
    const imported = importCollected(run.stdout);
    expect([
      imported.errors,
      imported.sections.filter((s) => s.errors.length > 0 || s.notes.length > 0),
    ]).toEqual([[], []]);
    const read = [imported.facts.sourceVg, ...imported.facts.moreVgs.map((m) => m.sourceVg)];
    expect(
      read.map((vg) => [vg.name, vg.disks.map((d) => [d.name, d.storageVolume, d.sizeMb]), vg.fileSystems]),
    ).toEqual([
      [
        'db2datavg',
        [['hdisk1', '1000', 102400]],
        [
          {
            mountPoint: '/db2/PRD/data',
            lv: 'db2datalv',
            vfs: 'jfs2',
            log: 'INLINE',
            logRead: true,
            mounted: true,
          },
        ],
      ],
      [
        'db2logvg',
        [['hdisk2', '1001', 102400]],
        [
          {
            mountPoint: '/db2/PRD/log',
            lv: 'db2loglv',
            vfs: 'jfs2',
            log: 'INLINE',
            logRead: true,
            mounted: true,
          },
        ],
      ],
    ]);
    expect(imported.facts.moreVgs[0]?.newVg).toEqual({
      name: '',
      lvPrefix: '',
      mountPrefix: '',
      access: 'auto',
    });
  });

  it('refuses a set with a VG the host does not define, naming it', async () => {
    const host = await simulatedHost('db2-two-vgs');
    const run = await host.run('ksh /tmp/vgcopy-collect.sh db2datavg nosuchvg');
    expect([run.exitCode, run.stdout, run.stderr.split('\n')[0]]).toEqual([
      2,
      '',
      'vgcopy-collect.sh: volume group nosuchvg is not defined on this host; lsvg lists:',
    ]);
  });
});
