/**
 * retire-copy planned as its admin would (the collector run on the host, lsvg copyvg pasted, the storage
 * admin's volume group): the retire script leaves no trace of the copy on the host or the storage while
 * datavg runs on, and the same script pointed at the source VG is refused by its preflight, nothing changed
 * (docs/procedure.md "Retiring a copy").
 */
import { describe, expect, it } from 'vitest';
import { stepAnswers } from '../core/engine';
import { retiredCopy } from '../core/model/retire';
import { createWorld, loadScenario, worldState } from '../sim/index';
import { rehearseAndJudge, SCRIPT_SHELL } from '../sim/rehearse/rehearse';
import { scenarioGoal } from '../sim/rehearse/scenario-goal';
import { createWorldShell } from '../sim/shell/world-shell';
import type { World } from '../sim/world/world';
import { planFor, type ScenarioPlan } from './test-support/scenario-plan';

const TIMEOUT = 180_000;

/** What a retire may change: the host's VGs, disks and stanzas, the storage's relationships and mappings. */
function layout(world: World) {
  const state = worldState(world);
  return {
    vgs: state.vgs.map((v) => `${v.name} ${v.variedOn ? 'varied on' : 'varied off'}`),
    disks: state.disks.map((d) => `${d.name} ${d.pvid ?? 'none'} ${d.vg ?? 'None'} (LUN ${d.volume})`),
    fileSystems: state.fileSystems.map(
      (f) => `${f.mountPoint} ${f.vg} ${f.mounted ? 'mounted' : 'not mounted'}`,
    ),
    relationships: state.relationships.map((r) => `${r.source}:${r.target}`),
    mapped: state.volumes.filter((v) => v.hosts.includes(state.currentHost)).map((v) => v.id),
  };
}

/** A VG's VG IDENTIFIER as lsvg prints it in the scenario. */
async function vgIdentifier(vg: string): Promise<string> {
  const run = await createWorldShell(await createWorld('retire-copy')).run(`lsvg ${vg}`);
  return /VG IDENTIFIER:\s+(\S+)/.exec(run.stdout)?.[1] ?? '';
}

/** The line the script stops on, without its time. */
const refusal = (stdout: string) =>
  stdout
    .split('\n')
    .find((line) => line.includes('STOP (exit '))
    ?.replace(/^\S+ \S+ /, '');

/** The preflight's refusal of a VG whose VG IDENTIFIER is not the one the runbook recorded: exit 2, production untouched. */
const idRefusal = (vg: string, found: string, recorded: string | undefined) => [
  2,
  `STOP (exit 2): preflight: ${vg} has VG IDENTIFIER ${found}, not ${recorded} of the copy this runbook retires (the source VG, or another VG of that name); nothing was changed`,
  [],
];

/** A run the preflight must refuse, the world left as it was: its exit, the line it stops on, production's changes. */
async function refused(planned: ScenarioPlan, script?: string) {
  const { rehearsal, before, after } = await rehearse(planned, script);
  expect(after).toEqual(before);
  return [rehearsal.run.exitCode, refusal(rehearsal.run.stdout), rehearsal.verdict.production.changes];
}

/** The planned script run with -y in a fresh world of the scenario. */
async function rehearse(planned: ScenarioPlan, script = planned.result.outputs?.script ?? '') {
  const world = await createWorld('retire-copy');
  const before = layout(world);
  const rehearsal = await rehearseAndJudge(world, script, {
    goal: scenarioGoal(loadScenario('retire-copy')!, planned.facts.newVg.name),
    answers: stepAnswers(planned.result.plan.steps, 'cli'),
    shell: SCRIPT_SHELL,
  });
  return { rehearsal, before, after: layout(world) };
}

describe('retire-copy: copyvg, an old FlashCopy of datavg, retired from the host and the storage', () => {
  it(
    "is planned from what the host shows: the copy's VG id, its disks' PVIDs, its file systems, the paging spaces, the storage's volume group",
    async () => {
      const planned = await planFor('retire-copy');
      expect(planned.result.findings).toEqual([]);
      expect([
        planned.facts.mode,
        retiredCopy(planned.facts),
        planned.facts.targets.luns,
        planned.facts.storage?.hostVolumeGroup,
        planned.facts.host?.pagingSpaces,
      ]).toEqual([
        'retire',
        {
          vgName: 'copyvg',
          disks: ['hdisk3', 'hdisk4'],
          variedOn: true,
          mounted: true,
          vgId: expect.stringMatching(/^[0-9a-f]{32}$/),
          mountPoints: ['/copy/app', '/copy/app/data', '/copy/app/arch'],
          openLvs: [],
          mayUnmount: true,
          pvids: [
            { name: 'hdisk3', pvid: expect.stringMatching(/^[0-9a-f]{16}$/) },
            { name: 'hdisk4', pvid: expect.stringMatching(/^[0-9a-f]{16}$/) },
          ],
          unmountOrder: ['/copy/app/data', '/copy/app/arch', '/copy/app'],
        },
        [
          { name: 'hdisk3', sourceDisk: 'hdisk1', storageVolume: '1100', sourceStorageVolume: '1000' },
          { name: 'hdisk4', sourceDisk: 'hdisk2', storageVolume: '1101', sourceStorageVolume: '1001' },
        ],
        'V0',
        // The collector's lsps -a: no paging space on the copy's disks.
        [{ name: 'hd6', disk: 'hdisk0', vg: 'rootvg', active: true }],
      ]);
    },
    TIMEOUT,
  );

  it(
    'the script removes the copy, host then storage, and leaves datavg and its application as they were',
    async () => {
      const planned = await planFor('retire-copy');
      const { rehearsal, before, after } = await rehearse(planned);
      expect([rehearsal.run.exitCode, rehearsal.problems, rehearsal.verdict.productionLines]).toEqual([
        0,
        [],
        [
          'source VG datavg: varied on',
          'file system /app: mounted',
          'file system /app/data: mounted',
          'file system /app/arch: mounted',
          'application app (other): running',
        ],
      ]);
      const rootvg = ['/', '/usr', '/var', '/tmp', '/home', '/opt', '/admin'].map(
        (m) => `${m} rootvg mounted`,
      );
      const production = {
        vgs: ['rootvg varied on', 'datavg varied on'],
        disks: [
          'hdisk0 008155256349b9a4 rootvg (LUN local:aixprod01:hdisk0)',
          'hdisk1 00815525a3a656f8 datavg (LUN 1000)',
          'hdisk2 00815525bd6ff2f4 datavg (LUN 1001)',
        ],
        fileSystems: [
          ...rootvg,
          '/app datavg mounted',
          '/app/data datavg mounted',
          '/app/arch datavg mounted',
        ],
        relationships: [],
        mapped: ['1000', '1001'],
      };
      expect(before).toEqual({
        vgs: [...production.vgs, 'copyvg varied on'],
        disks: [
          ...production.disks,
          'hdisk3 00815525ff4c2bab copyvg (LUN 1100)',
          'hdisk4 008155257572ef33 copyvg (LUN 1101)',
        ],
        fileSystems: [
          ...production.fileSystems,
          '/copy/app copyvg mounted',
          '/copy/app/data copyvg mounted',
          '/copy/app/arch copyvg mounted',
        ],
        relationships: ['1000:1100', '1001:1101'],
        mapped: ['1000', '1001', '1100', '1101'],
      });
      expect(after).toEqual(production);
    },
    TIMEOUT,
  );

  it(
    "the same script pointed at datavg is refused by its preflight: the VG id is not the copy's, nothing changed",
    async () => {
      const planned = await planFor('retire-copy');
      const datavgId = await vgIdentifier('datavg');
      const script = (planned.result.outputs?.script ?? '').replace(/\bcopyvg\b/g, 'datavg');
      expect(await refused(planned, script)).toEqual(
        idRefusal('datavg', datavgId, planned.facts.existingCopy?.vgId),
      );
    },
    TIMEOUT,
  );

  it(
    "a runbook that recorded datavg's VG id for the copy is refused by its preflight, nothing changed",
    async () => {
      const datavgId = await vgIdentifier('datavg');
      const planned = await planFor('retire-copy', (f) => {
        f.existingCopy!.vgId = datavgId;
      });
      expect(planned.result.findings).toEqual([]);
      expect(await refused(planned)).toEqual(idRefusal('copyvg', await vgIdentifier('copyvg'), datavgId));
    },
    TIMEOUT,
  );
});
