import { describe, expect, it } from 'vitest';
import { builtInScenarios } from '../scenarios/library/index';
import { createWorld, parseScenario, worldState } from '../index';
import { createWorldShell } from '../shell/world-shell';

const base = builtInScenarios.find((s) => s.name === 'first-flashcopy')!;

describe('faults in a scenario file', () => {
  it('are armed once the setup is done, and fire at their call', async () => {
    const parsed = parseScenario({
      ...base,
      faults: [{ command: 'varyonvg', call: 2 }, { command: 'mkflash' }],
    });
    if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
    const world = await createWorld(parsed.scenario);
    expect(worldState(world).faults).toEqual({
      armed: [
        { command: 'varyonvg', call: 2 },
        { command: 'mkflash', call: 1 },
      ],
      fired: [],
    });
    const shell = createWorldShell(world);
    expect((await shell.run('varyonvg datavg')).exitCode).toBe(0);
    expect((await shell.run('varyonvg datavg')).exitCode).toBe(1);
    expect(worldState(world).faults.armed).toEqual([{ command: 'mkflash', call: 1 }]);
  });

  it('are refused with the entry named: unknown command, kind, or call', () => {
    expect(
      parseScenario({
        ...base,
        faults: [
          { command: 'lspv' },
          { command: 'fsck', kind: 'log-wrap' },
          { command: 'mkflash', kind: 'cli-error' },
        ],
      }),
    ).toEqual({
      ok: false,
      errors: [
        'faults.0: the simulator cannot make lspv fail',
        'faults.1: fsck cannot fail as log-wrap: its failure modes are unrepaired-damage',
      ],
    });
    expect(parseScenario({ ...base, faults: [{ command: 'cfgmgr', call: 0 }] })).toEqual({
      ok: false,
      errors: ['faults.0.call: the call to fail is counted from 1'],
    });
    expect(parseScenario({ ...base, faults: [{ call: 2 }] })).toEqual({
      ok: false,
      errors: ['faults.0.command: Invalid input: expected string, received undefined'],
    });
  });
});
