import { describe, expect, it } from 'vitest';
import { scenarioSchema } from '../sim/scenarios/schema';
import { type Facts, storageDetailsSchema } from './model/facts';
import { emptyFacts } from './model/sample';
import { importCollected } from './parse/collected';
import { simulatedHost } from './parse/test-support/sim-host';
import { twinScenario } from './twin';

describe('the twin of a refresh', () => {
  it("has yesterday's copy on the host, under its name, mounted, and the storage steps withdraw it first", async () => {
    const base = {
      ...emptyFacts(),
      mode: 'refresh' as const,
      existingCopy: { vgName: 'flashcopyvg', disks: [], variedOn: false, mounted: true },
    };
    const host = await simulatedHost('refresh-copy');
    const real = importCollected((await host.run('ksh /tmp/vgcopy-collect.sh datavg')).stdout, base).facts;
    const facts = { ...real, newVg: { ...real.newVg, name: 'flashcopyvg' } };
    const twin = twinScenario(facts);
    expect([twin.setup, twin.storageSteps]).toEqual([
      [
        {
          flashcopy: [
            ['1000', '1100'],
            ['1001', '1101'],
          ],
          nocp: true,
        },
        { run: 'recreatevg -y flashcopyvg hdisk3 hdisk4', host: 'aixprod01' },
        { mount: '/fs/data', host: 'aixprod01' },
        { mount: '/fs/arch', host: 'aixprod01' },
      ],
      [
        'rmflash -quiet -dev IBM.2107-75ABCD1 1000:1100 1001:1101',
        'mkflash -dev IBM.2107-75ABCD1 -freeze -record -persist -nocp 1000:1100 1001:1101',
        'unfreezeflash -dev IBM.2107-75ABCD1 10',
      ],
    ]);
    const rehearsal = await simulatedHost(scenarioSchema.parse(twin));
    const read = importCollected(
      (await rehearsal.run('ksh /tmp/vgcopy-collect.sh datavg')).stdout,
      base,
    ).facts;
    const copyView = (f: Facts) => ({
      existingCopy: f.existingCopy,
      vgs: f.host?.vgs,
      active: f.host?.activeVgs,
      mountPoints: f.host?.mountPoints,
    });
    expect(copyView(read)).toEqual(copyView(real));
    expect(copyView(real)).toEqual({
      existingCopy: { vgName: 'flashcopyvg', disks: ['hdisk3', 'hdisk4'], variedOn: true, mounted: true },
      vgs: ['rootvg', 'datavg', 'flashcopyvg'],
      active: ['flashcopyvg', 'datavg', 'rootvg'],
      // lsvg -l of the other varied-on VGs (flashcopyvg first) comes before lsfs.
      mountPoints: [
        '/fs/data',
        '/fs/arch',
        '/',
        '/usr',
        '/var',
        '/tmp',
        '/home',
        '/opt',
        '/admin',
        '/proc',
        '/data',
        '/arch',
      ],
    });
  });
});

/** The facts of a mirror's DR copy: production's VG as collected on aixprod01, brought up on aixdr01. */
async function drFacts(scenario: string, method: Facts['copy']['method']): Promise<Facts> {
  const production = await simulatedHost(scenario, 'aixprod01');
  const collected = importCollected((await production.run('ksh /tmp/vgcopy-collect.sh datavg')).stdout).facts;
  return {
    ...collected,
    hostname: 'aixdr01',
    copy: { ...collected.copy, method },
    sourceOnHost: { present: false, variedOn: false, otherCopies: [] },
    newVg: { ...collected.newVg, name: 'datavg' },
  };
}

/** What a mirror's twin sets up: the volumes, what each host configured, the setup, the storage steps, the goal. */
const mirrorPicture = (twin: ReturnType<typeof twinScenario>) => [
  twin.storage,
  twin.hosts.map((h) => [h.name, h.configured]),
  twin.setup,
  twin.storageSteps,
  twin.expect,
];

describe('the twin of a Metro Mirror DR copy', () => {
  it('mirrors the source to the remote box before the rehearsal, and the storage steps make the secondaries usable', async () => {
    const twin = twinScenario(await drFacts('metro-mirror-dr', 'metro-mirror'));
    expect(mirrorPicture(twin)).toEqual([
      {
        flavour: 'ds8000',
        images: ['IBM.2107-75ABCD1', 'IBM.2107-75WXYZ1'],
        volumes: [
          { id: '1000', sizeGb: 100, hosts: ['aixdr01-source'], image: 'IBM.2107-75ABCD1' },
          { id: '1001', sizeGb: 100, hosts: ['aixdr01-source'], image: 'IBM.2107-75ABCD1' },
          { id: '2000', sizeGb: 100, hosts: ['aixdr01'], image: 'IBM.2107-75WXYZ1' },
          { id: '2001', sizeGb: 100, hosts: ['aixdr01'], image: 'IBM.2107-75WXYZ1' },
        ],
      },
      [
        ['aixdr01-source', []],
        ['aixdr01', ['2000', '2001']],
      ],
      [
        {
          pprc: [
            ['1000', '2000'],
            ['1001', '2001'],
          ],
          type: 'mmir',
        },
        { advance: 3600 },
      ],
      [
        'freezepprc -dev IBM.2107-75ABCD1 -remotedev IBM.2107-75WXYZ1 10:20',
        'unfreezepprc -dev IBM.2107-75ABCD1 -remotedev IBM.2107-75WXYZ1 10:20',
        'failoverpprc -dev IBM.2107-75WXYZ1 -remotedev IBM.2107-75ABCD1 -type mmir 2000:1000 2001:1001',
      ],
      { vg: 'datavg', variedOn: true, sourceUntouched: true },
    ]);
    const dr = await simulatedHost(scenarioSchema.parse(twin), 'aixdr01');
    expect((await dr.run('lsvg')).stdout).toBe('rootvg\n');
    expect(
      (await dr.run('lsdev -Cc disk')).stdout.split('\n').filter((l) => l.includes('2107')),
    ).toHaveLength(2);
  });
});

describe('the twin of a host that already holds another copy (two-copies)', () => {
  it('re-creates that copy on LUNs of its own, under its name and prefixes, mounted', async () => {
    const host = await simulatedHost('two-copies');
    const real = importCollected((await host.run('ksh /tmp/vgcopy-collect.sh datavg')).stdout).facts;
    const twin = twinScenario({
      ...real,
      newVg: { ...real.newVg, name: 'fc2vg', lvPrefix: 'fc2', mountPrefix: '/fc2' },
    });
    expect(twin.storageSteps).toEqual([
      'mkflash -dev IBM.2107-75ABCD1 -freeze -record -persist -nocp 1000:1100 1001:1101',
      'unfreezeflash -dev IBM.2107-75ABCD1 10',
    ]);
    expect([twin.hosts[0].configured, twin.setup]).toEqual([
      ['1200', '1201', '1100', '1101'],
      [
        {
          flashcopy: [
            ['1000', '1200'],
            ['1001', '1201'],
          ],
          nocp: true,
        },
        { run: 'recreatevg -y fc1vg -Y fc1 -L /fc1 hdisk3 hdisk4', host: 'aixprod01' },
        { mount: '/fc1/data', host: 'aixprod01' },
        { mount: '/fc1/arch', host: 'aixprod01' },
      ],
    ]);
    const rehearsal = await simulatedHost(scenarioSchema.parse(twin));
    const read = importCollected((await rehearsal.run('ksh /tmp/vgcopy-collect.sh datavg')).stdout).facts;
    const copies = (f: Facts) => ({ on: f.sourceOnHost, vgs: f.host?.vgs, mountPoints: f.host?.mountPoints });
    expect(copies(read)).toEqual(copies(real));
    expect(real.sourceOnHost.otherCopies).toEqual([
      { vgName: 'fc1vg', variedOn: true, disks: ['hdisk3', 'hdisk4'], lvPrefix: 'fc1', mountPrefix: '/fc1' },
    ]);
  });
});

describe('the twin of an SVC Global Mirror DR copy', () => {
  it('relates each source to its aux volume in the runbook’s remote copy group, synchronized before the rehearsal', async () => {
    const twin = twinScenario({
      ...(await drFacts('svc-global-mirror-dr-test', 'global-mirror')),
      storage: storageDetailsSchema.parse({ rcConsistencyGroup: 'rccg_prod' }),
    });
    const source = (id: string, uid: string) => ({
      id,
      name: `60050768018180D0000000000000000${uid}`,
      sizeGb: 100,
      hosts: ['aixdr01-source'],
      image: 'SVC01',
    });
    const run = (line: string) => ({ run: `svctask ${line}`, host: 'aixdr01' });
    expect(mirrorPicture(twin)).toEqual([
      {
        flavour: 'svc',
        images: ['SVC01', 'SVC02'],
        volumes: [
          source('0', '0'),
          source('1', '1'),
          { id: '2', sizeGb: 100, hosts: ['aixdr01'], image: 'SVC02' },
          { id: '3', sizeGb: 100, hosts: ['aixdr01'], image: 'SVC02' },
        ],
      },
      [
        ['aixdr01-source', []],
        ['aixdr01', ['2', '3']],
      ],
      [
        run('mkrcconsistgrp -name rccg_prod'),
        run('mkrcrelationship -master 0 -aux 2 -cluster SVC02 -global -consistgrp rccg_prod'),
        run('mkrcrelationship -master 1 -aux 3 -cluster SVC02 -global -consistgrp rccg_prod'),
        run('startrcconsistgrp rccg_prod'),
        // 100 GiB at the partnership's 50 MiB/s, and a minute more.
        { advance: 2108 },
      ],
      ['lsrcconsistgrp -delim : rccg_prod', 'stoprcconsistgrp -access rccg_prod'],
      { vg: 'datavg', variedOn: true, sourceUntouched: true },
    ]);
    const dr = await simulatedHost(scenarioSchema.parse(twin), 'aixdr01');
    expect((await dr.run('svcinfo lsrcconsistgrp -delim : rccg_prod')).stdout).toBe(
      [
        'id:0',
        'name:rccg_prod',
        'master_cluster_id:0000020064B9B841',
        'master_cluster_name:SVC01',
        'aux_cluster_id:0000020064B9B842',
        'aux_cluster_name:SVC02',
        'primary:master',
        'state:consistent_synchronized',
        'relationship_count:2',
        'freeze_time:',
        'status:online',
        'sync:',
        'copy_type:global',
        'cycle_period_seconds:300',
        'cycling_mode:none',
        'RC_rel_id:0',
        'RC_rel_name:rcrel0',
        'RC_rel_id:1',
        'RC_rel_name:rcrel1',
        '',
      ].join('\n'),
    );
    expect((await dr.run('lsvg')).stdout).toBe('rootvg\n');
  });
});
