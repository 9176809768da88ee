import { describe, expect, it } from 'vitest';
import { runCommandLine } from '../command-line';
import { createWorld } from '../index';

describe('storage CLIs on a scenario world', () => {
  it('dscli copies the LUNs of datavg: cfgmgr then meets the duplicate PVIDs and leaves the targets Defined', async () => {
    const world = await createWorld('first-flashcopy');
    const banner = (await runCommandLine(world, 'dscli lsfbvol -s')).stdout.split('\n')[0];
    expect(banner).toMatch(/^Date\/Time: .* IBM DSCLI Version: 7\.9\.50\.64 DS: IBM\.2107-75ABCD1$/);
    const flashed = await runCommandLine(
      world,
      'dscli mkflash -bnr off -dev IBM.2107-75ABCD1 -nocp 1000:1100 1001:1101',
    );
    expect(flashed).toEqual({
      stdout:
        'CMUC00137I mkflash: FlashCopy pair 1000:1100 successfully created.\n' +
        'CMUC00137I mkflash: FlashCopy pair 1001:1101 successfully created.\n',
      stderr: '',
      exitCode: 0,
    });
    expect(world.storage.read('1100')).toEqual(world.storage.read('1000'));
    await runCommandLine(world, 'cfgmgr');
    const disks = (await runCommandLine(world, 'lsdev -Cc disk')).stdout;
    expect(disks).toContain('hdisk3 Defined ');
    expect(disks).toContain('hdisk4 Defined ');
  });

  it('answers SVC commands as not found on a DS8000 world', async () => {
    const world = await createWorld('first-flashcopy');
    expect(await runCommandLine(world, 'lsfcmap')).toEqual({
      stdout: '',
      stderr: 'ksh: lsfcmap:  not found.\n',
      exitCode: 127,
    });
  });
});
