/**
 * A scenario can give disks the names and PVIDs an admin's own host has (a runbook's hdisk4..6 and its
 * PVIDs, targets hdisk10..11), so the runbook's script finds them in a rehearsal.
 */
import { describe, expect, it } from 'vitest';
import { createWorld, parseScenario, ScenarioBuildError } from '../index';
import { SimDriver } from '../test-support/sim-driver';
import { aixHost, datavg, volumes } from './library/common';
import type { ScenarioInput } from './schema';

const PVIDS = ['00c8d3e4a1b2c3d0', '00c8d3e4a1b2c3d1'];

/** datavg on 1000/1001 with the runbook's PVIDs; targets 1100/1101 mapped, not yet configured. */
function runbookHost(deviceNames: Record<string, string>, configured: string[] = []): ScenarioInput {
  return {
    formatVersion: 1,
    name: 'runbook-names',
    title: 'Runbook names',
    description: 'The admin host as a runbook describes it.',
    goal: 'Bring up the copy.',
    seed: 7,
    storage: { flavour: 'ds8000', volumes: volumes(['1000', '1001', '1100', '1101'], ['aixprod01']) },
    hosts: [
      aixHost('aixprod01', {
        machineId: '00c8d3e4',
        vgs: [datavg(['1000', '1001'], { pvids: PVIDS })],
        configured,
        deviceNames,
      }),
    ],
    sourceVg: 'datavg',
    expect: { vg: 'fcdatavg', variedOn: true },
  };
}

async function open(input: ScenarioInput): Promise<SimDriver> {
  const parsed = parseScenario(JSON.stringify(input));
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  return new SimDriver(await createWorld(parsed.scenario));
}

const NAMES = { '1000': 'hdisk4', '1001': 'hdisk5', '1100': 'hdisk10', '1101': 'hdisk11' };

describe('scenario device names and PVIDs', () => {
  it('the source disks carry the given names and PVIDs; cfgmgr gives the targets their names', async () => {
    const t = await open(runbookHost(NAMES));
    const before = await t.run('lspv');
    await t.expectRun('cfgmgr', {});
    await t.expectRun('lspv', {
      stdout: [
        before.stdout.split('\n')[0],
        'hdisk4          00c8d3e4a1b2c3d0                    datavg          active',
        'hdisk5          00c8d3e4a1b2c3d1                    datavg          active',
        'hdisk10         none                                None',
        'hdisk11         none                                None',
        '',
      ].join('\n'),
    });
    expect(before.stdout.split('\n').slice(1)).toEqual([
      'hdisk4          00c8d3e4a1b2c3d0                    datavg          active',
      'hdisk5          00c8d3e4a1b2c3d1                    datavg          active',
      '',
    ]);
  });

  it('targets configured from the start get their names too', async () => {
    const t = await open(runbookHost(NAMES, ['1100', '1101']));
    await t.expectRun('lsdev -Cc disk', {
      stdout: [
        'hdisk0  Available 00-08-00 SAS Disk Drive',
        'hdisk4  Available 00-08-02 IBM MPIO FC 2107',
        'hdisk5  Available 00-08-02 IBM MPIO FC 2107',
        'hdisk10 Available 00-08-02 IBM MPIO FC 2107',
        'hdisk11 Available 00-08-02 IBM MPIO FC 2107',
        '',
      ].join('\n'),
    });
  });

  it('two volumes given one name: the scenario says which and how to fix it', async () => {
    await expect(open(runbookHost({ '1000': 'hdisk4', '1100': 'hdisk4' }, ['1100']))).rejects.toThrow(
      new ScenarioBuildError(
        'host aixprod01: volume 1100 is to be hdisk4, but 1000 has that name; give each volume its own name',
      ),
    );
  });

  it('a PVID list that does not match the disks is refused', async () => {
    const input = runbookHost({});
    input.hosts[0].vgs![0].pvids = [PVIDS[0]];
    await expect(open(input)).rejects.toThrow(
      'VG datavg: 1 PVID(s) for 2 disk(s); give one per disk, in order',
    );
  });

  it('a device name that is not letters then a number is refused by the format', () => {
    const input = runbookHost({ '1000': 'disk-4' });
    const parsed = parseScenario(JSON.stringify(input));
    expect(parsed.ok).toBe(false);
    expect(parsed.ok ? [] : parsed.errors.join('\n')).toContain(
      'a disk device name is letters then a number (hdisk4, vpath2, hdiskpower1)',
    );
  });
});
