import { describe, expect, it } from 'vitest';
import { createWorld } from '../index';
import { createWorldShell } from '../shell/world-shell';
import { openScenario } from '../test-support/sim-driver';

const PAIRS: [string, string][] = [
  ['1000', '1100'],
  ['1001', '1101'],
];

describe('recreatevg options and the steps around it', () => {
  it('-l takes explicit LV names from a file; unlisted LVs get the prefix', async () => {
    const world = await createWorld('first-flashcopy');
    const shell = createWorldShell(world);
    await shell.run('cfgmgr');
    await shell.run('dscli mkflash -dev IBM.2107-75ABCD1 -record -persist -nocp 1000:1100 1001:1101');
    await shell.run("print 'datalv:copydatalv\\nloglv00:copyloglv' > /tmp/fcvg.map");
    expect(await shell.run('recreatevg -y fcvg -l /tmp/fcvg.map -L /copy hdisk3 hdisk4')).toEqual({
      stdout: 'fcvg\n',
      stderr: '',
      exitCode: 0,
    });
    expect((await shell.run('lsvg -l fcvg')).stdout).toBe(`fcvg:
LV NAME             TYPE       LPs     PPs     PVs  LV STATE      MOUNT POINT
copyloglv           jfs2log    1       1       1    closed/syncd  N/A
copydatalv          jfs2       2000    2000    2    closed/syncd  /copy/data
fsarchlv            jfs2       400     400     1    closed/syncd  /copy/arch
`);
    expect((await shell.run('grep -p /copy/data /etc/filesystems')).stdout).toContain(
      'log             = /dev/copyloglv',
    );
  });

  it('works after the unnecessary chdev -a pv=clear (docs/procedure.md: recreatevg does it itself)', async () => {
    const t = await openScenario('first-flashcopy');
    t.umount('/data', '/arch');
    await t.runAll('varyoffvg datavg');
    t.flashcopy(PAIRS);
    await t.runAll('cfgmgr', 'chdev -l hdisk3 -a pv=clear', 'chdev -l hdisk4 -a pv=clear');
    await t.expectRun('recreatevg -y flashcopyvg hdisk3 hdisk4', { stdout: 'flashcopyvg\n' });
    await t.expectRun('varyonvg datavg', {});
    t.expectVg('flashcopyvg').toBeVariedOn();
    t.expectVg('datavg').toBeVariedOn();
  });

  it('varyonvg with duplicate PVIDs configured reports DUPPVID and varies on', async () => {
    const t = await openScenario('first-flashcopy');
    t.umount('/data', '/arch');
    await t.runAll('varyoffvg datavg');
    t.flashcopy(PAIRS);
    await t.runAll('cfgmgr');
    const [p1, p2] = [t.world.readVolume('1000').pvid, t.world.readVolume('1001').pvid];
    await t.expectRun('varyonvg datavg', {
      stdout: `PV Status:  \thdisk1\t${p1}\tDUPPVID\n            \thdisk2\t${p2}\tDUPPVID\n`,
      stderr: 'varyonvg: Volume group datavg is varied on.\n',
    });
  });

  it('warns when a file system keeps a log that is not on the listed disks (-f subset)', async () => {
    const t = await openScenario('shared-log');
    await t.runAll('cfgmgr');
    t.flashcopy(PAIRS);
    await t.expectRun('recreatevg -y part2vg -f hdisk4', {
      stdout: 'part2vg\n',
      stderr:
        '0516-1778 recreatevg: Warning, the log device /dev/loglv00 of file system /fs/data2\n\tis not on the physical volumes being recreated.\n',
    });
    expect(t.mount('/fs/data2')).toBe('no-log');
  });
});
