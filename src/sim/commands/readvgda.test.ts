import { describe, it } from 'vitest';
import { openScenario } from '../test-support/sim-driver';

describe('readvgda', () => {
  it("shows the VGDA written on a copy disk: the source's VG id, name, LVs and PVIDs, until recreatevg gives the copy its own", async () => {
    const t = await openScenario('first-flashcopy');
    await t.runAll('cfgmgr');
    t.flashcopy([
      ['1000', '1100'],
      ['1001', '1101'],
    ]);
    const vgda = (vgid: string, name: string, timestamp: number, lvs: string[], pvids: string[]) => ({
      stdout: [
        '.....    VGDA HEADER     .....',
        `vg_id:          ${vgid}`,
        `vg_name:        ${name}`,
        'vg_type:        scalable',
        'numlvs:         3',
        'numpvs:         2',
        'ppsize:         64 megabyte(s)',
        `timestamp:      ${timestamp}`,
        '.....    LV LIST     .....',
        ...lvs.map(
          (lv, i) =>
            `lv_name:        ${lv.padEnd(15)} lv_id: ${vgid}.${i + 1}  type: ${i === 0 ? 'jfs2log' : 'jfs2'}`,
        ),
        '.....    PV LIST     .....',
        ...pvids.map((pvid, i) => `pv_id:          ${pvid}0000000000000000  pvnum: ${i + 1}  pp_count: 1600`),
        '',
      ].join('\n'),
    });
    const sourcePvids = ['002c8e2ca88457be', '002c8e2c87e9782b'];
    await t.expectRun(
      'readvgda hdisk3',
      vgda(
        '002c8e2c00004c00fe70287fecf6b901',
        'datavg',
        1752487200,
        ['loglv00', 'datalv', 'archlv'],
        sourcePvids,
      ),
    );
    await t.runAll('recreatevg -y flashcopyvg hdisk3 hdisk4');
    const copy = await t.run('readvgda /dev/hdisk3');
    const vgid = /vg_id:\s+(\S+)/.exec(copy.stdout)?.[1] ?? '';
    const pvids = [...copy.stdout.matchAll(/pv_id:\s+(\S{16})0{16}/g)].map((m) => m[1] ?? '');
    const timestamp = Number(/timestamp:\s+(\d+)/.exec(copy.stdout)?.[1]);
    await t.expectRun(
      'readvgda /dev/hdisk3',
      vgda(vgid, 'flashcopyvg', timestamp, ['fsloglv00', 'fsdatalv', 'fsarchlv'], pvids),
    );
    t.expectDisk('hdisk3').toHavePvid(pvids[0] ?? '');
  });

  it('says a disk without a VGDA is not in a volume group', async () => {
    const t = await openScenario('first-flashcopy');
    await t.runAll('cfgmgr');
    await t.expectRun('readvgda hdisk3', {
      stderr: '0516-320 readvgda: Physical volume hdisk3 is not assigned to\n\ta volume group.\n',
      exitCode: 1,
    });
    await t.expectRun('readvgda', { stderr: 'Usage: readvgda PhysicalVolume\n', exitCode: 1 });
  });
});
