import { describe, expect, it } from 'vitest';
import { createWorld } from '../index';
import { plainCommandWords } from './plain-command';
import { createWorldShell } from './world-shell';

describe('lines of one plain command', () => {
  it('are split at blanks; anything ksh would expand, quote, redirect or chain is not plain', () => {
    expect(plainCommandWords('  importvg -y datavg\thdisk3 ')).toEqual([
      'importvg',
      '-y',
      'datavg',
      'hdisk3',
    ]);
    expect(plainCommandWords('chdev -l hdisk3 -a pv=clear')).toEqual([
      'chdev',
      '-l',
      'hdisk3',
      '-a',
      'pv=clear',
    ]);
    for (const line of [
      '',
      'lsvg -l $VG',
      "lsvg -l 'datavg'",
      'lspv | grep datavg',
      'lspv > /tmp/lspv.out',
      'cfgmgr; lspv',
      'lspv hdisk*',
      'lspv # before',
      'LANG=C lspv',
      'ls ~',
    ])
      expect(plainCommandWords(line), line).toBeNull();
  });

  it('run without the interpreter give what the interpreter gives, and $? for the next line', async () => {
    const shell = createWorldShell(await createWorld('first-flashcopy'));
    const viaInterpreter = createWorldShell(await createWorld('first-flashcopy'));
    for (const line of ['lspv', 'lsvg -l datavg', 'importvg -y datavg hdisk9', 'lsfs /nosuch']) {
      const direct = await shell.run(line);
      expect(direct, line).toEqual(await viaInterpreter.run(`${line} # through ksh`));
      expect(await shell.run('echo $?')).toEqual({ stdout: `${direct.exitCode}\n`, stderr: '', exitCode: 0 });
    }
  });

  it('a function of the same name, or an option like set -e, sends the line through the interpreter', async () => {
    const shell = createWorldShell(await createWorld('first-flashcopy'));
    await shell.run('lspv() { echo my lspv; }');
    expect(await shell.run('lspv')).toEqual({ stdout: 'my lspv\n', stderr: '', exitCode: 0 });
    await shell.run('set -e');
    expect((await shell.run('lsvg foovg')).exitCode).toBe(1);
    // Under set -e a failing command ends the shell, as ksh does.
    expect(await shell.run('lsvg')).toEqual({
      stdout: '',
      stderr: 'ksh: the shell has exited; open a new session to type more commands.\n',
      exitCode: 1,
    });
  });
});
