import { describe, it } from 'vitest';
import { DATAVG_PVIDS, lspvLine, ROOT_PVID } from '../test-support/first-flashcopy-ids';
import { openScenario } from '../test-support/sim-driver';

describe('cfgmgr', () => {
  it('configures new LUNs silently as the next hdisks, without a PVID', async () => {
    const t = await openScenario('first-flashcopy');
    await t.expectRun('cfgmgr', {});
    t.expectDisk('hdisk3').toBe('Available');
    t.expectDisk('hdisk3').toHavePvid(null);
    await t.expectRun('cfgmgr', {});
    t.expectDisk('hdisk5').toBe('absent');
  });

  it('leaves a copy whose PVIDs belong to a varied-on VG unconfigured (docs/procedure.md trap)', async () => {
    const t = await openScenario('first-flashcopy');
    t.flashcopy([
      ['1000', '1100'],
      ['1001', '1101'],
    ]);
    await t.expectRun('cfgmgr', {});
    t.expectDisk('hdisk3').toBe('Defined');
    await t.expectRun('lsdev -Cc disk', {
      stdout: `hdisk0 Available 00-08-00 SAS Disk Drive
hdisk1 Available 00-08-02 IBM MPIO FC 2107
hdisk2 Available 00-08-02 IBM MPIO FC 2107
hdisk3 Defined   00-08-02 IBM MPIO FC 2107
hdisk4 Defined   00-08-02 IBM MPIO FC 2107
`,
    });
    await t.expectRun('recreatevg -y flashcopyvg hdisk3 hdisk4', {
      stderr:
        '0516-024 recreatevg: Unable to open physical volume.\n\tEither PV was not configured or could not be opened. Run\n\tdiagnostics.\n',
      exitCode: 1,
    });
    // The way out: vary off the VG holding the PVIDs, then cfgmgr again.
    t.umount('/data', '/arch');
    await t.runAll('varyoffvg datavg');
    await t.expectRun('cfgmgr', {});
    await t.expectRun('lspv', {
      stdout: `${[
        lspvLine('hdisk0', ROOT_PVID, 'rootvg', 'active'),
        lspvLine('hdisk1', DATAVG_PVIDS[0], 'datavg'),
        lspvLine('hdisk2', DATAVG_PVIDS[1], 'datavg'),
        lspvLine('hdisk3', DATAVG_PVIDS[0], 'datavg'),
        lspvLine('hdisk4', DATAVG_PVIDS[1], 'datavg'),
      ].join('\n')}\n`,
    });
  });

  it('traces with -v and refuses bad usage', async () => {
    const t = await openScenario('first-flashcopy');
    await t.expectRun('cfgmgr -l hdisk3', {
      stderr:
        'cfgmgr: 0514-612 Unable to configure the hdisk3 device because\n\tit either does not exist in the customized device database or it does not\n\thave a corresponding entry in the predefined device database.\n',
      exitCode: 1,
    });
    await t.expectRun('cfgmgr -v', {
      stdout:
        "cfgmgr is running in PHASE2\nattempting to configure device 'hdisk3'\ninvoking /usr/lib/methods/cfgscsidisk -l hdisk3\nreturn code = 0\nattempting to configure device 'hdisk4'\ninvoking /usr/lib/methods/cfgscsidisk -l hdisk4\nreturn code = 0\n",
    });
    await t.expectRun('cfgmgr -x', {
      stderr: 'cfgmgr: Not a recognized flag: x\nUsage: cfgmgr [-f|-s|-p phase] [-l name] [-v] [-i device]\n',
      exitCode: 1,
    });
  });
});

describe('cfgmgr and a PV missing from its varied-on VG', () => {
  it('configures the disk again: its PVID is not held by another disk', async () => {
    const t = await openScenario('first-flashcopy');
    t.umount('/data', '/arch');
    await t.runAll('varyoffvg datavg', 'rmdev -l hdisk2', 'varyonvg -f datavg');
    await t.expectRun('cfgmgr', {});
    t.expectDisk('hdisk2').toBe('Available');
    t.expectDisk('hdisk2').toHavePvid(DATAVG_PVIDS[1]);
  });
});
