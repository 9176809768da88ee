import { describe, expect, test } from 'vitest';
import { ScriptRun } from './script-run';
import { fakeShell } from './test-support/fake-world';

const SCRIPT = [
  '#!/usr/bin/ksh',
  'VG=$1',
  'report() {',
  '  print "vg $VG"',
  '}',
  'trap \'echo "done rc=$?"\' EXIT',
  'if [ -n "$VG" ]; then',
  '  report',
  'fi',
  'tick 60; echo ticked',
  'ls /nonexistent',
  'echo after the failure',
].join('\n');

describe('running a script one top-level command at a time', () => {
  test('each step reports its line and command; state carries between steps; the EXIT trap ends the run', async () => {
    const { shell, world } = fakeShell();
    const run = shell.startScript(SCRIPT, { name: 'refresh.sh', args: ['fcdatavg'] });
    if (!(run instanceof ScriptRun)) throw new Error(run.error);
    expect(run.nextLine()).toBe(2);
    const seen: string[] = [];
    for (let step = await run.step(); step; step = await run.step()) {
      seen.push(`${step.line}: ${step.command.split('\n')[0]} => ${JSON.stringify(step.result)}`);
    }
    expect(seen).toEqual([
      '2: VG=$1 => {"stdout":"","stderr":"","exitCode":0}',
      '3: report() { => {"stdout":"","stderr":"","exitCode":0}',
      '6: trap \'echo "done rc=$?"\' EXIT => {"stdout":"","stderr":"","exitCode":0}',
      '7: if [ -n "$VG" ]; then => {"stdout":"vg fcdatavg\\n","stderr":"","exitCode":0}',
      '10: tick 60 => {"stdout":"","stderr":"","exitCode":0}',
      '10: echo ticked => {"stdout":"ticked\\n","stderr":"","exitCode":0}',
      '11: ls /nonexistent => {"stdout":"","stderr":"ls: /nonexistent: No such file or directory\\n","exitCode":2}',
      '12: echo after the failure => {"stdout":"after the failure\\n","stderr":"","exitCode":0}',
      '12: trap: echo "done rc=$?" => {"stdout":"done rc=0\\n","stderr":"","exitCode":0}',
    ]);
    expect(run.failure).toEqual({
      line: 11,
      exitCode: 2,
      reason: 'ls: /nonexistent: No such file or directory',
    });
    expect(run.nextLine()).toBeNull();
    expect(world.seconds).toBe(60);
    // The script ran in a child session: the terminal's own session is untouched.
    expect(await shell.run('echo "[$VG]"')).toEqual({ stdout: '[]\n', stderr: '', exitCode: 0 });
  });

  test('run to the end stops on the first failure when asked', async () => {
    const { shell } = fakeShell();
    const run = shell.startScript('echo one\nfalse\necho three\n');
    if (!(run instanceof ScriptRun)) throw new Error(run.error);
    const steps = await run.runToEnd({ stopOnFailure: true });
    expect(steps.map((s) => [s.line, s.command, s.result.exitCode])).toEqual([
      [1, 'echo one', 0],
      [2, 'false', 1],
    ]);
    expect(run.failure).toEqual({ line: 2, exitCode: 1, reason: 'exit status 1' });
    expect(run.nextLine()).toBe(3);
  });

  test('exit ends the run, with its status, and set -e stops at the failing command', async () => {
    const { shell } = fakeShell();
    const exiting = shell.startScript('echo a\nexit 5\necho never\n');
    if (!(exiting instanceof ScriptRun)) throw new Error(exiting.error);
    expect((await exiting.runToEnd()).map((s) => s.line)).toEqual([1, 2]);
    expect(exiting.exitCode).toBe(5);
    const strict = shell.startScript('set -e\nfalse\necho never\n');
    if (!(strict instanceof ScriptRun)) throw new Error(strict.error);
    expect((await strict.runToEnd()).map((s) => [s.line, s.result.exitCode])).toEqual([
      [1, 0],
      [2, 1],
    ]);
    expect(strict.nextLine()).toBeNull();
    expect(shell.closed).toBe(false);
  });

  test('a script that does not parse cannot start, and says which line', () => {
    const { shell } = fakeShell();
    expect(shell.startScript('echo a\n  then echo b\n', { name: 'x.sh' })).toEqual({
      error:
        "ksh: x.sh[2]: syntax error near unexpected token `then' (line 2, column 3)\n      then echo b\n      ^\n",
    });
  });
});
