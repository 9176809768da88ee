/**
 * A plain line (one simulator command of plain words) runs without the interpreter; the same line with
 * a trailing comment is no longer plain and goes through just-bash. Two hosts built alike are driven
 * through a rehearsal, one each way: every output, the shell's state and the world must be the same.
 */
import { describe, expect, it } from 'vitest';
import { createWorld } from '../index';
import type { World } from '../world/world';
import { worldPicture } from '../worker/world-picture';
import type { ShellCommand } from './shell-command';
import { createWorldShell } from './world-shell';

/** The line as the interpreter runs it: a comment makes any line not plain, and changes nothing else. */
const viaInterpreter = (line: string) => `${line} # via ksh`;

const REHEARSAL = [
  'lspv',
  'lsvg -o',
  'lsvg -l datavg',
  'lsdev -Cc disk',
  'lsvg foovg',
  'echo $?',
  'lsfs',
  'cd /tmp',
  'lspv hdisk0',
  'cfgmgr',
  'lspv',
  'importvg -y datavg hdisk9',
  'varyoffvg datavg',
  'lsvg -o',
  'varyonvg datavg',
  'lsvg -o',
  'oslevel -s',
  'echo $? $PWD',
];

describe('a plain line without the interpreter', () => {
  it('gives every output, the shell state and the world the interpreter gives', async () => {
    const directWorld = await createWorld('first-flashcopy');
    const interpretedWorld = await createWorld('first-flashcopy');
    const direct = createWorldShell(directWorld);
    const interpreted = createWorldShell(interpretedWorld);
    for (const line of REHEARSAL) {
      expect(await direct.run(line), line).toEqual(await interpreted.run(viaInterpreter(line)));
    }
    expect(await direct.saveState()).toEqual(await interpreted.saveState());
    expect(worldPicture(directWorld)).toEqual(worldPicture(interpretedWorld));
  });

  it('hands the command the arguments, directory, variables and $? the interpreter hands it', async () => {
    const seen: unknown[] = [];
    const probe: ShellCommand<World> = {
      name: 'probe',
      run(args, ctx) {
        // BASHOPTS names the interpreter's own option for echo (xpg_echo), set when it runs a line.
        const { BASHOPTS: _, ...env } = Object.fromEntries(ctx.env);
        seen.push({ args, cwd: ctx.cwd, stdin: ctx.stdin, timeLeft: ctx.timeLeft, env });
        return { stdout: `${args.join(' ')}\n`, stderr: 'probe: warned\n', exitCode: 3 };
      },
    };
    const steps = ['cd /tmp', 'export VG=datavg', 'false', 'probe -a size=+1G /data', 'probe', 'echo $?'];
    const results: unknown[][] = [];
    for (const plain of [true, false]) {
      const shell = createWorldShell(await createWorld('first-flashcopy'), { commands: [probe] });
      const run: unknown[] = [];
      for (const line of steps) run.push(await shell.run(plain ? line : viaInterpreter(line)));
      results.push(run);
    }
    expect(results[0]).toEqual(results[1]);
    expect(results[0].slice(3)).toEqual([
      { stdout: '-a size=+1G /data\n', stderr: 'probe: warned\n', exitCode: 3 },
      { stdout: '\n', stderr: 'probe: warned\n', exitCode: 3 },
      { stdout: '3\n', stderr: '', exitCode: 0 },
    ]);
    expect(seen[0]).toEqual(seen[2]);
    expect(seen[1]).toEqual(seen[3]);
    expect(seen[0]).toMatchObject({ cwd: '/tmp', stdin: '', env: { VG: 'datavg', '?': '1' } });
    expect(seen[1]).toMatchObject({ env: { '?': '3' } });
  });

  it('refuses output over the limit exactly where the interpreter does (UTF-8 bytes)', async () => {
    // 'é' is two bytes: 499 of them and a newline are 999 bytes, 500 are 1001.
    const accents: ShellCommand<World> = {
      name: 'accents',
      run: (args) => ({ stdout: `${'é'.repeat(Number(args[0]))}\n`, stderr: '', exitCode: 0 }),
    };
    const shell = createWorldShell(await createWorld('first-flashcopy'), {
      commands: [accents],
      limits: { maxOutputBytes: 1000 },
    });
    for (const line of ['accents 499', 'accents 500'])
      expect(await shell.run(line), line).toEqual(await shell.run(viaInterpreter(line)));
    expect(await shell.run('accents 500')).toEqual({
      stdout: '',
      stderr:
        "ksh: the output passed 1000 bytes and the run was stopped (the simulator's limit for one run).\n",
      exitCode: 126,
    });
    expect((await shell.run('accents 499')).stdout).toBe(`${'é'.repeat(499)}\n`);
  });
});
