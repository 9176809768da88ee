import { describe, expect, test } from 'vitest';
import { fakeShell } from './test-support/fake-world';

describe('limits keep a runaway script from holding the server', () => {
  test('an endless loop stops at the iteration limit', async () => {
    const { shell } = fakeShell({ limits: { maxLoopIterations: 50 } });
    expect(await shell.run('while true; do :; done; echo after')).toEqual({
      stdout: '',
      stderr: 'ksh: the while loop went round 50 times and was stopped (the simulator ends a loop there).\n',
      exitCode: 126,
    });
  });

  test('a run longer than the wall-clock limit is stopped', async () => {
    const { shell } = fakeShell({
      limits: { maxWallMs: 50, maxLoopIterations: 100_000_000, maxCommands: 100_000_000 },
    });
    expect(await shell.run('while true; do :; done')).toEqual({
      stdout: '',
      stderr:
        "ksh: the run took longer than 50 ms of real time and was stopped (the simulator's limit for one run).\n",
      exitCode: 124,
    });
  });

  test('output beyond the limit is cut off', async () => {
    const { shell } = fakeShell({ limits: { maxOutputBytes: 40 } });
    const r = await shell.run('for i in 1 2 3 4 5 6 7 8 9; do echo line$i; done');
    expect(r.exitCode).toBe(126);
    expect(r.stderr).toBe(
      "ksh: the output passed 40 bytes and the run was stopped (the simulator's limit for one run).\n",
    );
  });

  test('a run of more commands than the limit is stopped', async () => {
    const { shell } = fakeShell({ limits: { maxCommands: 20, maxLoopIterations: 1000 } });
    expect(await shell.run('i=0; while [ $i -lt 100 ]; do i=$((i + 1)); done')).toEqual({
      stdout: '',
      stderr: "ksh: the run executed 20 commands and was stopped (the simulator's limit for one run).\n",
      exitCode: 126,
    });
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
