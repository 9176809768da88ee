import { describe, it } from 'vitest';
import { COPY_PVIDS, DATAVG_PVIDS, lspvLine, ROOT_PVID } from '../test-support/first-flashcopy-ids';
import { openScenario } from '../test-support/sim-driver';

const PAIRS: [string, string][] = [
  ['1000', '1100'],
  ['1001', '1101'],
];

describe('importvg', () => {
  it('refuses a copy whose VGID is already defined on the host (the source is here)', async () => {
    const t = await openScenario('first-flashcopy');
    await t.runAll('cfgmgr');
    t.flashcopy(PAIRS);
    await t.expectRun('importvg -y fcdatavg hdisk3', {
      stderr:
        '0516-572 redefinevg: Volume Group already exists under name datavg.\n0516-780 importvg: Unable to import volume group from hdisk3.\n',
      exitCode: 1,
    });
  });

  it('imports a VG exported from this host, prints its name, restores the stanzas', async () => {
    const t = await openScenario('first-flashcopy');
    t.umount('/data', '/arch');
    await t.runAll('varyoffvg datavg', 'exportvg datavg');
    await t.expectRun('importvg -y datavg hdisk1', { stdout: 'datavg\n' });
    t.expectVg('datavg').toBeVariedOn();
    await t.expectRun('lsvg -l datavg', {
      stdout: `datavg:
LV NAME             TYPE       LPs     PPs     PVs  LV STATE      MOUNT POINT
loglv00             jfs2log    1       1       1    closed/syncd  N/A
datalv              jfs2       2000    2000    2    closed/syncd  /data
archlv              jfs2       400     400     1    closed/syncd  /arch
`,
    });
  });

  it('with -Y NA -L / beside the source: clashing LV names get generated ones, clashing mount points no stanza', async () => {
    const t = await openScenario('first-flashcopy');
    await t.runAll('cfgmgr');
    t.flashcopy(PAIRS);
    await t.expectRun('recreatevg -y flashcopyvg -Y NA -L / hdisk3 hdisk4', {
      stdout: 'flashcopyvg\n',
      stderr:
        'imfs: Warning: logical volume fslv00 already exists in /etc/filesystems.\nimfs: Warning: logical volume fslv01 already exists in /etc/filesystems.\n',
    });
    await t.expectRun('lsvg -l flashcopyvg', {
      stdout: `flashcopyvg:
LV NAME             TYPE       LPs     PPs     PVs  LV STATE      MOUNT POINT
loglv01             jfs2log    1       1       1    closed/syncd  N/A
fslv00              jfs2       2000    2000    2    closed/syncd  N/A
fslv01              jfs2       400     400     1    closed/syncd  N/A
`,
    });
  });

  it('needs a PV name and a valid VG name', async () => {
    const t = await openScenario('first-flashcopy');
    await t.expectRun('importvg -y datavg', {
      stderr:
        '0516-604 importvg: Physical volume name not entered.\nUsage: importvg [-V MajorNumber] [-y VGname] [-f] [-c] [-x] | [-L VGname] [-n] [-F] [-R] [-I] [-O] PVname\nImports the definition of a volume group.\n',
      exitCode: 1,
    });
    await t.expectRun('importvg -y da/ta hdisk1', {
      stderr: 'importvg: Volume group name da/ta contains invalid characters.\n',
      exitCode: 1,
    });
    await t.expectRun('importvg -y hdisk12 hdisk1', {
      stderr:
        '0516-358 getvgname: Illegal name; the prefix of the name is reserved.\n\tChoose a different name.\n0516-776 importvg: Cannot import hdisk1 as hdisk12.\n',
      exitCode: 1,
    });
    // The same reserved prefixes the runbook's names are checked against (src/core/model/aix-names.ts).
    await t.expectRun('importvg -y tty0 hdisk1', {
      stderr:
        '0516-358 getvgname: Illegal name; the prefix of the name is reserved.\n\tChoose a different name.\n0516-776 importvg: Cannot import hdisk1 as tty0.\n',
      exitCode: 1,
    });
    await t.expectRun('importvg -y rootvg hdisk1', {
      stderr:
        '0516-360 getvgname: The device name is already used; choose a\n\tdifferent name.\n0516-776 importvg: Cannot import hdisk1 as rootvg.\n',
      exitCode: 1,
    });
  });
});

describe('recreatevg', () => {
  it('gives the copy new PVIDs, prefixes LVs with fs and mount points with /fs, and varies it on', async () => {
    const t = await openScenario('first-flashcopy');
    await t.runAll('cfgmgr');
    t.flashcopy(PAIRS);
    await t.expectRun('recreatevg -y flashcopyvg hdisk3 hdisk4', { stdout: 'flashcopyvg\n' });
    await t.expectRun('lspv', {
      stdout: `${[
        lspvLine('hdisk0', ROOT_PVID, 'rootvg', 'active'),
        lspvLine('hdisk1', DATAVG_PVIDS[0], 'datavg', 'active'),
        lspvLine('hdisk2', DATAVG_PVIDS[1], 'datavg', 'active'),
        lspvLine('hdisk3', COPY_PVIDS[0], 'flashcopyvg', 'active'),
        lspvLine('hdisk4', COPY_PVIDS[1], 'flashcopyvg', 'active'),
      ].join('\n')}\n`,
    });
    await t.expectRun('lsvg -l flashcopyvg', {
      stdout: `flashcopyvg:
LV NAME             TYPE       LPs     PPs     PVs  LV STATE      MOUNT POINT
fsloglv00           jfs2log    1       1       1    closed/syncd  N/A
fsdatalv            jfs2       2000    2000    2    closed/syncd  /fs/data
fsarchlv            jfs2       400     400     1    closed/syncd  /fs/arch
`,
    });
    await t.expectRun('lsvg -l datavg', {
      stdout: `datavg:
LV NAME             TYPE       LPs     PPs     PVs  LV STATE      MOUNT POINT
loglv00             jfs2log    1       1       1    open/syncd    N/A
datalv              jfs2       2000    2000    2    open/syncd    /data
archlv              jfs2       400     400     1    open/syncd    /arch
`,
    });
  });

  it('takes other prefixes with -Y and -L, and stays varied off with -n', async () => {
    const t = await openScenario('first-flashcopy');
    await t.runAll('cfgmgr');
    t.flashcopy(PAIRS);
    await t.expectRun('recreatevg -y bkvg -Y bk -L /bk -n hdisk3 hdisk4', { stdout: 'bkvg\n' });
    t.expectVg('bkvg').toBeVariedOff();
    await t.runAll('varyonvg bkvg');
    await t.expectRun('lsvg -l bkvg', {
      stdout: `bkvg:
LV NAME             TYPE       LPs     PPs     PVs  LV STATE      MOUNT POINT
bkloglv00           jfs2log    1       1       1    closed/syncd  N/A
bkdatalv            jfs2       2000    2000    2    closed/syncd  /bk/data
bkarchlv            jfs2       400     400     1    closed/syncd  /bk/arch
`,
    });
  });

  it('needs every disk of the copied VG, unless -f drops the LVs not wholly on the listed ones', async () => {
    const t = await openScenario('first-flashcopy');
    await t.runAll('cfgmgr');
    t.flashcopy(PAIRS);
    await t.expectRun('recreatevg -y flashcopyvg hdisk4', {
      stderr:
        '0516-1774 recreatevg: Physical volume list does not match the\n\tvolume group descriptor area.\n',
      exitCode: 1,
    });
    await t.expectRun('recreatevg -y flashcopyvg -f hdisk4', { stdout: 'flashcopyvg\n' });
    await t.expectRun('lsvg -l flashcopyvg', {
      stdout: `flashcopyvg:
LV NAME             TYPE       LPs     PPs     PVs  LV STATE      MOUNT POINT
fsarchlv            jfs2       400     400     1    closed/syncd  /fs/arch
`,
    });
  });

  it('refuses the source disks, a VG name in use and a missing disk list', async () => {
    const t = await openScenario('first-flashcopy');
    await t.runAll('cfgmgr');
    t.flashcopy(PAIRS);
    await t.expectRun('recreatevg -y flashcopyvg hdisk1 hdisk2', {
      stderr:
        '0516-029 recreatevg: The Physical Volume is a member of a currently\n\tvaried on Volume Group and this cannot be overidden.\n',
      exitCode: 1,
    });
    await t.expectRun('recreatevg -y datavg hdisk3 hdisk4', {
      stderr: '0516-360 getvgname: The device name is already used; choose a\n\tdifferent name.\n',
      exitCode: 1,
    });
    await t.expectRun('recreatevg -y x -Z hdisk3', {
      stderr:
        'recreatevg: Not a recognized flag: Z\nUsage: recreatevg [-y VGname] [-p] [-f] [-Y Lv_Prefix | -l LvNameFile] [-L Label_Prefix] [-n] [-V MajorNumber] [-d] [-O] PVname...\n',
      exitCode: 1,
    });
  });
});
