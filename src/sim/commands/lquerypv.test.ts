import { describe, it } from 'vitest';
import { openScenario } from '../test-support/sim-driver';

/** The line lquerypv -h /dev/hdiskN 80 10 prints for a disk carrying datavg's first PVID. */
const DATAVG_PVID_LINE = '00000080   002C8E2C A88457BE 00000000 00000000  |.,.,..W.........|\n';

describe('lquerypv -h', () => {
  it("reads the PVID on the disk at 0x80: a new LUN has none, its copy carries the source's while lspv shows none", async () => {
    const t = await openScenario('first-flashcopy');
    await t.runAll('cfgmgr');
    await t.expectRun('lquerypv -h /dev/hdisk1 80 10', { stdout: DATAVG_PVID_LINE });
    await t.expectRun('lquerypv -h /dev/hdisk3 80 10', {
      stdout: '00000080   00000000 00000000 00000000 00000000  |................|\n',
    });
    t.flashcopy([
      ['1000', '1100'],
      ['1001', '1101'],
    ]);
    await t.expectRun('lquerypv -h /dev/hdisk3 80 10', { stdout: DATAVG_PVID_LINE });
    t.expectDisk('hdisk3').toHavePvid(null);
  });

  it('dumps whole lines of 16 bytes from the IPL record, whose first word is IBMA in EBCDIC', async () => {
    const t = await openScenario('first-flashcopy');
    await t.expectRun('lquerypv -h hdisk1 0 20', {
      stdout:
        '00000000   C9C2D4C1 00000000 00000000 00000000  |................|\n' +
        '00000010   00000000 00000000 00000000 00000000  |................|\n',
    });
  });

  it('cannot open a disk that is not there, or not configured', async () => {
    const t = await openScenario('duplicate-pvid-trap');
    await t.runAll('cfgmgr');
    await t.expectRun('lquerypv -h /dev/hdisk3 80 10', {
      stderr: 'lquerypv: Cannot open /dev/hdisk3: No such device or address.\n',
      exitCode: 1,
    });
    await t.expectRun('lquerypv -h /dev/hdisk9 80 10', {
      stderr: 'lquerypv: Cannot open /dev/hdisk9: A file or directory in the path name does not exist.\n',
      exitCode: 1,
    });
    await t.expectRun('lquerypv /dev/hdisk1', {
      stderr: 'Usage: lquerypv -h PhysicalVolume [Offset [Length]]\n',
      exitCode: 1,
    });
  });

  it('fails to read a mirror secondary the storage does not let the host read', async () => {
    const t = await openScenario('metro-mirror-dr');
    await t.expectRun('lquerypv -h /dev/hdisk1 80 10', {
      stderr: 'lquerypv: Cannot open /dev/hdisk1: There is an input or output error.\n',
      exitCode: 1,
    });
  });
});
