import { describe, it } from 'vitest';
import { openScenario } from '../test-support/sim-driver';

const HEADER = (unit: string) =>
  `Filesystem    ${unit.padStart(10)}      Free %Used    Iused %Iused Mounted on\n`;

describe('df', () => {
  it('lists the mounted file systems in 512-byte blocks, in mount order', async () => {
    const t = await openScenario('first-flashcopy');
    await t.expectRun('df', {
      stdout: [
        HEADER('512-blocks').trimEnd(),
        '/dev/hd4         4194304   1929380   54%    35393     7% /',
        '/dev/hd2        12582912   4655678   63%   123867     8% /usr',
        '/dev/hd9var      4194304   1342178   68%    44568     9% /var',
        '/dev/hd3         2097152   1321206   37%    12128     5% /tmp',
        '/dev/hd1         1048576    943719   10%     1642     2% /home',
        '/dev/hd10opt     2097152   1027605   51%    16715     7% /opt',
        '/dev/hd11admin     262144    207094   21%      864     3% /admin',
        '/dev/datalv    262144000 146800640   44%  1802244     6% /data',
        '/dev/archlv     52428800  30932992   41%   335876     6% /arch',
        '',
      ].join('\n'),
    });
  });

  it('gives -g and -m with two decimals and -k in 1024-byte blocks; a file names the file system holding it', async () => {
    const t = await openScenario('first-flashcopy');
    await t.expectRun('df -g /data', {
      stdout: `${HEADER('GB blocks')}/dev/datalv       125.00     70.00   44%  1802244     6% /data\n`,
    });
    await t.expectRun('df -m /arch/x/y', {
      stdout: `${HEADER('MB blocks')}/dev/archlv     25600.00  15104.00   41%   335876     6% /arch\n`,
    });
    await t.expectRun('df -k /dev/datalv', {
      stdout: `Filesystem    1024-blocks      Free %Used    Iused %Iused Mounted on\n/dev/datalv    131072000  73400320   44%  1802244     6% /data\n`,
    });
  });

  it("shows a copy's file systems with its source's figures once mounted", async () => {
    const t = await openScenario('first-flashcopy');
    await t.runAll('cfgmgr');
    t.umount('/data', '/arch');
    t.flashcopy([
      ['1000', '1100'],
      ['1001', '1101'],
    ]);
    await t.runAll('mount /data', 'recreatevg -y flashcopyvg hdisk3 hdisk4', 'mount /fs/data');
    await t.expectRun('df /data /fs/data', {
      stdout: `${HEADER('512-blocks')}/dev/datalv    262144000 146800640   44%  1802244     6% /data\n/dev/fsdatalv  262144000 146800640   44%  1802244     6% /fs/data\n`,
    });
    await t.expectRun('df nosuch', {
      stderr: 'df: nosuch: A file or directory in the path name does not exist.\n',
      exitCode: 1,
    });
  });
});
