/**
 * Each built-in scenario can be solved by the procedure docs/procedure.md describes: played through the shell,
 * the right steps reach the goal the scenario states (its `expect`), with consistent file systems.
 */
import { describe, expect, it } from 'vitest';
import { createWorld, invariantViolations, loadScenario, type WorldState, worldState } from '../index';
import { judgeCopy } from '../rehearse/judge';
import { createWorldShell } from '../shell/world-shell';
import { L, R, referenceSolutions, type SolutionLine, typed } from '../test-support/reference-solutions';
import { builtInScenarios } from './library/index';

/**
 * The Global Copy secondaries failed over (after `before`) while tracks are out of sync and imported as they
 * are: both file systems of the copy are damaged.
 */
async function expectFuzzyCopy(name: string, before: string[]) {
  const state = await solve(name, [
    ...before,
    `dscli failoverpprc -dev ${R} -remotedev ${L} -type gcp 2000:1000 2001:1001`,
    'importvg -y datavg hdisk1',
    'mount /data',
    'mount /arch',
  ]);
  const verdict = judgeCopy({ sourceVg: 'datavg', copyVg: 'datavg' }, state.start, state);
  expect(verdict.problems).toEqual([
    '/data of datavg is not consistent',
    '/arch of datavg is not consistent',
  ]);
}

/** Runs the lines; each succeeds or fails as it says. Returns the final state, with the state at the start. */
async function solve(name: string, lines: SolutionLine[]) {
  const world = await createWorld(name);
  const start = worldState(world);
  const shell = createWorldShell(world);
  for (const line of lines) {
    const result = await shell.run(typed(line));
    if (typeof line === 'string') expect(result.exitCode, `${name}: ${line}\n${result.stderr}`).toBe(0);
    else expect(result.exitCode, `${name}: ${line.fails} should fail`).not.toBe(0);
  }
  expect(invariantViolations(world)).toEqual([]);
  return Object.assign(worldState(world), { start });
}

/**
 * The scenario's goal holds (the one judgement, src/sim/rehearse/judge.ts): the copy VG varied on, its
 * file systems mounted (under the prefix) and consistent, production as it was; and the data usable.
 */
function expectGoal(name: string, state: WorldState & { start: WorldState }) {
  const scenario = loadScenario(name)!;
  const goal = scenario.expect;
  const verdict = judgeCopy(
    { sourceVg: scenario.sourceVg ?? '', copyVg: goal.vg ?? '', mountPrefix: goal.mountedUnder },
    state.start,
    state,
  );
  expect(verdict.problems).toEqual([]);
  expect(verdict.copy.fileSystems.length).toBeGreaterThan(0);
  const vg = state.vgs.find((v) => v.name === goal.vg)!;
  for (const fs of state.fileSystems.filter((f) => f.vg === goal.vg))
    expect(fs.dataOk, `${fs.mountPoint} data`).toBe(true);
  for (const check of vg.applications) expect(check.verdict, check.app).toBe('usable');
}

/**
 * A retired copy (docs/aix-behaviour.md 20.6): nothing of it is left on the host or the storage (its
 * VG, the hdisks of its LUNs, its stanzas, relationships onto its LUNs, their mappings); production as it was.
 */
function expectRetired(name: string, state: WorldState & { start: WorldState }) {
  const scenario = loadScenario(name)!;
  const copyVg = scenario.expect.vg ?? '';
  const luns = state.start.disks.filter((d) => d.vg === copyVg).map((d) => d.volume);
  const mountPoints = state.start.fileSystems.filter((f) => f.vg === copyVg).map((f) => f.mountPoint);
  expect(luns.length * mountPoints.length).toBeGreaterThan(0);
  expect({
    vg: state.vgs.filter((v) => v.name === copyVg),
    disks: state.disks.filter((d) => luns.includes(d.volume)),
    stanzas: state.fileSystems.filter((f) => mountPoints.includes(f.mountPoint)),
    relationships: state.relationships.filter((r) => luns.includes(r.target)),
    mapped: state.volumes.filter((v) => luns.includes(v.id) && v.hosts.length > 0),
  }).toEqual({ vg: [], disks: [], stanzas: [], relationships: [], mapped: [] });
  const verdict = judgeCopy({ sourceVg: scenario.sourceVg ?? '', copyVg }, state.start, state);
  expect(verdict.production.changes).toEqual([]);
}

describe('built-in scenarios are solvable', () => {
  it.each(builtInScenarios.map((s) => s.name))(
    '%s: its reference solution reaches the goal',
    async (name) => {
      const solution = referenceSolutions[name];
      expect(solution, `no reference solution for ${name}`).toBeDefined();
      const state = await solve(name, solution ?? []);
      if (loadScenario(name)?.expect.retired) expectRetired(name, state);
      else expectGoal(name, state);
    },
  );

  it('global-mirror: a failover while tracks are out of sync gives a fuzzy copy, and the goal fails', async () => {
    await expectFuzzyCopy('global-mirror', []);
  });

  it('global-mirror-dr-test: PRD runs on while the DR test reads the journals', async () => {
    const state = await solve('global-mirror-dr-test', referenceSolutions['global-mirror-dr-test']!);
    // Production untouched: PRD writing on aixprod01, its file systems mounted, before and after.
    const production = (s: WorldState) => {
      const prod = s.hosts.find((h) => h.name === 'aixprod01')!;
      return {
        apps: prod.apps.map((a) => `${a.name} ${a.mode} blocked=${a.blocked}`),
        mounted: prod.fileSystems.filter((f) => f.mounted && f.vg === 'datavg').map((f) => f.mountPoint),
      };
    };
    expect([production(state.start), production(state)]).toEqual([
      { apps: ['PRD normal blocked=false'], mounted: ['/data', '/arch'] },
      { apps: ['PRD normal blocked=false'], mounted: ['/data', '/arch'] },
    ]);
  });

  it('global-mirror-dr-test: a failover without the journals restored gives the fuzzy secondaries, and the goal fails', async () => {
    await expectFuzzyCopy('global-mirror-dr-test', [`dscli pausegmir -dev ${L} -lss 10 -session 01`]);
  });

  it('new-target-luns: the copy lands on the new LUNs', async () => {
    const state = await solve('new-target-luns', referenceSolutions['new-target-luns']!);
    expect(state.vgs.find((v) => v.name === 'flashcopyvg')?.disks).toEqual(['hdisk5', 'hdisk6']);
  });

  it('two-copies: the first copy stays mounted beside the second', async () => {
    const state = await solve('two-copies', referenceSolutions['two-copies']!);
    expect(
      state.fileSystems.filter((f) => f.mountPoint.startsWith('/fc1/')).map((f) => [f.mountPoint, f.mounted]),
    ).toEqual([
      ['/fc1/data', true],
      ['/fc1/arch', true],
    ]);
  });

  it('big-vg: recreatevg took all 64 target disks', async () => {
    const state = await solve('big-vg', referenceSolutions['big-vg']!);
    expect(state.vgs.find((v) => v.name === 'bigcopyvg')?.disks).toHaveLength(64);
  });

  it('fsck-errors-discard: the night copy repaired by fsck -y still holds damaged data', async () => {
    // fsck -y makes the metadata consistent; what the batch wrote is still wrong (docs/procedure.md).
    const state = await solve('fsck-errors-discard', ['fsck -y /fs/data /fs/arch']);
    const goal = { sourceVg: 'datavg', copyVg: 'flashcopyvg', copyMounted: false };
    expect(judgeCopy(goal, state.start, state).problems).toEqual([
      '/fs/data of flashcopyvg holds damaged data',
    ]);
    expect(state.fileSystems.find((f) => f.mountPoint === '/fs/data')).toMatchObject({
      consistent: true,
      dataOk: false,
    });
  });
});
