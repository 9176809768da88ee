/**
 * The shell sees the host's directories: mount points from the start, and the ones recreatevg/importvg
 * (imfs) make, so `cd /data` or `ls -d /fs/data` answer as on AIX.
 */
import { describe, expect, it } from 'vitest';
import { aixHost, copyWhileWriting } from './test-support/aix-host';

describe('world directories in the shell', () => {
  it('a mount point of the scenario is a directory; recreatevg makes the copy mount points', async () => {
    const host = await aixHost(copyWhileWriting(0));
    expect(
      await host.type(
        'cd /data && pwd',
        'ls -d /fs/data',
        'recreatevg -y fcvg hdisk3 hdisk4',
        'ls -d /fs/data',
        'cd /fs/arch && pwd',
      ),
    ).toBe(
      [
        '# cd /data && pwd',
        '/data',
        '# ls -d /fs/data',
        "ls: cannot access '/fs/data': No such file or directory",
        '[rc=2]',
        '# recreatevg -y fcvg hdisk3 hdisk4',
        'fcvg',
        '# ls -d /fs/data',
        '/fs/data',
        '# cd /fs/arch && pwd',
        '/fs/arch',
        '',
      ].join('\n'),
    );
  });
});
