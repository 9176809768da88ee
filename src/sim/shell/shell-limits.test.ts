import { describe, expect, test } from 'vitest';
import { fakeShell } from './test-support/fake-world';

describe('limits keep a runaway script from holding the server', () => {
  test('an endless loop stops at the iteration limit', async () => {
    const { shell } = fakeShell({ limits: { maxLoopIterations: 50 } });
    expect(await shell.run('while true; do :; done; echo after')).toEqual({
      stdout: '',
      stderr: 'ksh: while loop: too many iterations (50), increase executionLimits.maxLoopIterations\n',
      exitCode: 126,
    });
  });

  test('a run longer than the wall-clock limit is stopped', async () => {
    const { shell } = fakeShell({
      limits: { maxWallMs: 50, maxLoopIterations: 100_000_000, maxCommands: 100_000_000 },
    });
    expect(await shell.run('while true; do :; done')).toEqual({
      stdout: '',
      stderr: 'ksh: execution exceeded execution deadline (50ms)\n',
      exitCode: 124,
    });
  });

  test('output beyond the limit is cut off', async () => {
    const { shell } = fakeShell({ limits: { maxOutputBytes: 40 } });
    const r = await shell.run('for i in 1 2 3 4 5 6 7 8 9; do echo line$i; done');
    expect(r.exitCode).toBe(126);
    expect(r.stderr).toBe(
      'ksh: pipeline: total output size exceeded (>40 bytes), increase executionLimits.maxOutputSize\n',
    );
  });

  test('a script longer than the limit is refused before it runs', async () => {
    const { shell } = fakeShell({ limits: { maxScriptLines: 3 } });
    expect(await shell.runScript('echo 1\necho 2\necho 3\necho 4\n', { name: 'long.sh' })).toEqual({
      stdout: '',
      stderr: 'ksh: long.sh: the script has 5 lines; the simulator runs scripts of up to 3 lines.\n',
      exitCode: 2,
    });
  });

  test('once the simulated time is used up, commands are refused', async () => {
    const { shell } = fakeShell({ limits: { maxSimulatedSeconds: 100 } });
    expect(await shell.run('tick 60; tick 60; tick 60; echo shell builtins still run')).toEqual({
      stdout: 'shell builtins still run\n',
      stderr: 'ksh: the run has used 120 s of simulated time (limit 100 s); commands are refused.\n',
      exitCode: 0,
    });
  });
});
