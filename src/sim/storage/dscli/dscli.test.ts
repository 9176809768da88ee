import { describe, expect, it } from 'vitest';
import { dsConsole, okOut } from '../test-support/storage-console';
import { dscli } from './dscli';

const BANNER = 'Date/Time: July 14, 2026 10:15:02 AM UTC IBM DSCLI Version: 7.9.50.64 DS: IBM.2107-75ABCD1\n';

describe('dscli', () => {
  it('runs one command after the connection options, under the Date/Time banner', () => {
    const ds = dsConsole();
    expect(
      ds.run(
        dscli,
        '-hmc1 10.1.1.10 -user admin -passwd secret mkflash -dev IBM.2107-75ABCD1 -nocp 1000:1100',
      ),
    ).toEqual(okOut(`${BANNER}CMUC00137I mkflash: FlashCopy pair 1000:1100 successfully created.\n`));
  });

  it('drops the banner with -bnr off and names the -dev image in it', () => {
    const ds = dsConsole();
    expect(ds.run(dscli, 'lsflash -bnr off 1000')).toEqual(
      okOut('CMUC00234I lsflash: No Flash Copy found.\n'),
    );
    expect(ds.run(dscli, 'lsfbvol -dev IBM.2107-75WXYZ1 -s').stdout).toBe(
      'Date/Time: July 14, 2026 10:15:02 AM UTC IBM DSCLI Version: 7.9.50.64 DS: IBM.2107-75WXYZ1\nID\n====\n2000\n2001\n',
    );
  });

  it('runs a here-document of commands, stopping at the first failure', () => {
    const ds = dsConsole();
    const stdin =
      'mkflash -freeze -nocp 1000:1100\n# consistency group\nunfreezeflash 10\nrmflash -quiet 1001:1101\nlsflash 1000\n';
    expect(ds.run(dscli, '-cfg /opt/ibm/dscli/profile/ds8k.profile', stdin)).toEqual({
      stdout:
        `${BANNER}CMUC00137I mkflash: FlashCopy pair 1000:1100 successfully created.\n` +
        `${BANNER}CMUC00172I unfreezeflash: FlashCopy consistency group for logical subsystem 10: successfully reset.\n` +
        BANNER,
      stderr:
        'CMUN03030E rmflash: 1001:1101: Copy Services operation failure: The relationship does not exist.\n',
      exitCode: 4,
    });
  });

  it('runs -script FILE from the host file system, without banners', () => {
    const ds = dsConsole();
    const files: Record<string, string> = {
      '/home/stg/flash.cli': 'mkflash -nocp 1000:1100\nquit\nlsflash 1000\n',
    };
    const ctx = { ...ds.context(), readFile: (path: string) => files[path] };
    expect(dscli.run(['-script', '/home/stg/flash.cli'], ctx)).toEqual(
      okOut('CMUC00137I mkflash: FlashCopy pair 1000:1100 successfully created.\n'),
    );
    expect(dscli.run(['-script', '/nope'], ctx)).toEqual({
      stdout: '',
      stderr: 'CMUC00029E dscli: Unable to open the script file /nope.\n',
      exitCode: 2,
    });
  });

  it('rejects an unknown command and a connection option without its value', () => {
    const ds = dsConsole();
    expect(ds.run(dscli, 'mkflashcopy 1000:1100')).toEqual({
      stdout: '',
      stderr:
        'CMUC00001E dscli: mkflashcopy is not a valid command. Enter "help" for the list of commands.\n',
      exitCode: 2,
    });
    expect(ds.run(dscli, '-user').stderr).toBe('CMUC00012E dscli: Parameter -user requires a value.\n');
  });

  it('prints the command list with help and a command syntax with help COMMAND or -h', () => {
    const ds = dsConsole();
    expect(ds.run(dscli, 'help')).toEqual(
      okOut(
        [
          'chsession',
          'chvolgrp',
          'failbackpprc',
          'failoverpprc',
          'freezepprc',
          'lsfbvol',
          'lsflash',
          'lspprc',
          'lspprcpath',
          'lssession',
          'lssi',
          'lsvolgrp',
          'mkfbvol',
          'mkflash',
          'mkgmir',
          'mkpprc',
          'mkpprcpath',
          'mksession',
          'pausegmir',
          'pausepprc',
          'resumegmir',
          'resumepprc',
          'resyncflash',
          'reverseflash',
          'rmflash',
          'rmgmir',
          'rmpprc',
          'showgmir',
          'showvolgrp',
          'unfreezeflash',
          'unfreezepprc',
          '',
        ].join('\n'),
      ),
    );
    const usage = 'unfreezeflash [-dev storage_image_ID] source_LSS_ID ... | -\n';
    expect(ds.run(dscli, 'help unfreezeflash')).toEqual(okOut(usage));
    expect(ds.run(dscli, 'unfreezeflash -h')).toEqual(okOut(usage));
    expect(ds.run(dscli, 'help mkflashcopy').exitCode).toBe(2);
  });
});
