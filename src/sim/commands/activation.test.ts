import { describe, it } from 'vitest';
import { loadScenario } from '../index';
import { openScenario } from '../test-support/sim-driver';

describe('varyonvg and varyoffvg', () => {
  it('varyoffvg refuses while a file system is mounted, then works silently', async () => {
    const t = await openScenario('first-flashcopy');
    await t.expectRun('varyoffvg datavg', {
      stderr:
        '0516-012 lvaryoffvg: Logical volume must be closed.  If the logical\n\tvolume contains a filesystem, the umount command will close\n\tthe LV device.\n0516-942 varyoffvg: Unable to vary off volume group datavg.\n',
      exitCode: 1,
    });
    t.umount('/data', '/arch');
    await t.expectRun('varyoffvg datavg', {});
    t.expectVg('datavg').toBeVariedOff();
    await t.expectRun('varyoffvg datavg', {
      stderr:
        '0516-010 lvaryoffvg: Volume group must be varied on; use varyonvg command.\n0516-942 varyoffvg: Unable to vary off volume group datavg.\n',
      exitCode: 1,
    });
    await t.expectRun('varyonvg datavg', {});
    t.expectVg('datavg').toBeVariedOn();
  });

  it('varyonvg without quorum prints the PV status list and fails; -f forces', async () => {
    const t = await openScenario('first-flashcopy');
    t.umount('/data', '/arch');
    await t.runAll('varyoffvg datavg', 'rmdev -dl hdisk1');
    const pvid1 = t.world.readVolume('1000').pvid;
    const pvid2 = t.world.readVolume('1001').pvid;
    await t.expectRun('varyonvg datavg', {
      stdout: `PV Status:  \t\t${pvid1}\tPVMISSING\n            \thdisk2\t${pvid2}\tPVACTIVE\n`,
      stderr:
        '0516-052 varyonvg: Volume group cannot be varied on without a\n\tquorum. More physical volumes in the group must be active.\n\tRun diagnostics on inactive PVs.\n0516-952 varyonvg: Unable to vary on volume group datavg.\n',
      exitCode: 1,
    });
    await t.expectRun('varyonvg -f datavg', {
      stdout: `PV Status:  \t\t${pvid1}\tPVMISSING\n            \thdisk2\t${pvid2}\tPVACTIVE\n`,
      stderr: 'varyonvg: Volume group datavg is varied on.\n',
    });
  });

  it('names an unknown VG', async () => {
    const t = await openScenario('first-flashcopy');
    await t.expectRun('varyonvg foovg', {
      stderr:
        '0516-306 getlvodm: Unable to find volume group foovg in the Device\n\tConfiguration Database.\n0516-952 varyonvg: Unable to vary on volume group foovg.\n',
      exitCode: 1,
    });
    await t.expectRun('varyoffvg', {
      stderr: 'Usage: varyoffvg [-s] VGname\nVaries a volume group off.\n',
      exitCode: 1,
    });
  });
});

describe('exportvg', () => {
  it('needs the VG varied off, then removes it, its LVs and its stanzas from the host', async () => {
    const t = await openScenario('first-flashcopy');
    await t.expectRun('exportvg datavg', {
      stderr:
        '0516-764 exportvg: The volume group must be varied off\n\tbefore exporting.\n0516-772 exportvg: Unable to export volume group datavg\n',
      exitCode: 1,
    });
    t.umount('/data', '/arch');
    await t.runAll('varyoffvg datavg');
    await t.expectRun('exportvg datavg', {});
    t.expectVg('datavg').toBeUnknown();
    await t.expectRun('lsvg', { stdout: 'rootvg\n' });
    await t.expectRun('lspv hdisk1', {
      stderr: '0516-1396 : The physical volume hdisk1, was not found in the\nsystem database.\n',
      exitCode: 1,
    });
  });

  it('refuses rootvg and an unknown VG', async () => {
    const t = await openScenario('first-flashcopy');
    await t.expectRun('exportvg rootvg', {
      stderr:
        '0516-762 exportvg: The root volume group cannot be exported.\n0516-772 exportvg: Unable to export volume group rootvg\n',
      exitCode: 1,
    });
    await t.expectRun('exportvg foovg', {
      stderr:
        '0516-306 getlvodm: Unable to find volume group foovg in the Device\n\tConfiguration Database.\n0516-772 exportvg: Unable to export volume group foovg\n',
      exitCode: 1,
    });
  });
});

describe('a partial copy (fault: a target LUN not presented)', () => {
  it('importvg fails without quorum, naming the missing PV', async () => {
    const base = loadScenario('other-host-importvg')!;
    const t = await openScenario({ ...base, setup: [{ unmap: ['1100'], host: 'aixbkp01' }] });
    t.on('aixprod01', (prod) => prod.umount('/data', '/arch')).flashcopy([
      ['1000', '1100'],
      ['1001', '1101'],
    ]);
    await t.runAll('cfgmgr');
    const [p1, p2] = [t.world.readVolume('1000').pvid, t.world.readVolume('1001').pvid];
    await t.expectRun('importvg -y datavg hdisk1', {
      stdout: `PV Status:  \t\t${p1}\tPVMISSING\n            \thdisk1\t${p2}\tPVACTIVE\n`,
      stderr:
        '0516-052 varyonvg: Volume group cannot be varied on without a\n\tquorum. More physical volumes in the group must be active.\n\tRun diagnostics on inactive PVs.\n0516-952 varyonvg: Unable to vary on volume group datavg.\n0516-780 importvg: Unable to import volume group from hdisk1.\n',
      exitCode: 1,
    });
    t.expectVg('datavg').toBeUnknown();
  });

  it('a Metro Mirror secondary is write-protected until failoverpprc: importvg cannot vary it on', async () => {
    const t = await openScenario('metro-mirror-dr');
    const L = 'IBM.2107-75ABCD1';
    const R = 'IBM.2107-75WXYZ1';
    await t.runAll(
      `dscli freezepprc -dev ${L} -remotedev ${R} 10:20`,
      `dscli unfreezepprc -dev ${L} -remotedev ${R} 10:20`,
    );
    await t.expectRun('importvg -y datavg hdisk1', {
      stderr:
        '0516-013 varyonvg: The volume group cannot be varied on because\n\tthere are no good copies of the descriptor area.\n0516-952 varyonvg: Unable to vary on volume group datavg.\n0516-780 importvg: Unable to import volume group from hdisk1.\n',
      exitCode: 1,
    });
    await t.runAll(`dscli failoverpprc -dev ${R} -remotedev ${L} -type mmir 2000:1000 2001:1001`);
    await t.expectRun('importvg -y datavg hdisk1', { stdout: 'datavg\n' });
    t.expectVg('datavg').toBeVariedOn();
  });
});
