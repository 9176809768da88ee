import { describe, expect, it } from 'vitest';
import { createWorld, invariantViolations, listScenarios, parseScenario, worldState } from '../../index';
import { builtInScenarios } from './index';

const NAMES = [
  'first-flashcopy',
  'duplicate-pvid-trap',
  'refresh-copy',
  'new-target-luns',
  'db2-freeze-thaw',
  'db2-two-vgs',
  'oracle-backup-mode',
  'jfs-mounted',
  'shared-log',
  'log-wrap',
  'metro-mirror-dr',
  'metro-mirror-refresh',
  'global-mirror',
  'global-copy-drain',
  'global-mirror-dr-test',
  'two-copies',
  'other-host-importvg',
  'dr-host-refresh',
  'big-vg',
  'storage-fails-during-copy',
  'fsck-errors-discard',
  'svc-refresh',
  'long-lv-names',
  'mountguard-copy',
  'svc-global-mirror-dr-test',
  'svc-freeze-prepare',
  'raw-lv-database',
  'retire-copy',
];

describe('built-in scenario library', () => {
  it('has every built-in scenario by exact name, in the order pickers show them', () => {
    expect(listScenarios().map((s) => s.name)).toEqual(NAMES);
  });

  it.each(NAMES)('%s validates, builds, keeps the invariants and is deterministic', async (name) => {
    const input = builtInScenarios.find((s) => s.name === name)!;
    expect(parseScenario(input).ok).toBe(true);
    const a = await createWorld(name);
    const b = await createWorld(name);
    expect(invariantViolations(a)).toEqual([]);
    expect(worldState(a)).toEqual(worldState(b));
  });

  it('defines every host on the storage in scenario order, a backup host without LUNs too', async () => {
    const input = builtInScenarios.find((s) => s.name === 'first-flashcopy')!;
    const withBackup = { ...input, hosts: [...input.hosts, { name: 'aixbkp01' }] };
    const parsed = parseScenario(withBackup);
    if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
    const world = await createWorld(parsed.scenario);
    expect(world.storage.hosts()).toEqual(['aixprod01', 'aixbkp01']);
  });

  it('explains what is wrong with an invalid upload', () => {
    expect(parseScenario('{"formatVersion": 1, "name": "Bad Name"}')).toMatchObject({
      ok: false,
      errors: expect.arrayContaining(['name: a scenario name is lower-case words joined by "-"']),
    });
    expect(parseScenario('{oops')).toMatchObject({
      ok: false,
      errors: [expect.stringMatching(/^the scenario is not valid JSON/)],
    });
  });
});
