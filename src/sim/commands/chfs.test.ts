import { describe, expect, it } from 'vitest';
import { aixHost, writer } from '../shell/test-support/aix-host';

const USAGE =
  'Usage: chfs [-n NodeName] [-m NewMountPoint] [-u MountGroup] [-A {yes|no}] [-p {ro|rw}] [-t {yes|no}] [-a Attribute=Value] [-d Attribute] FileSystem';

describe('chfs -a freeze', () => {
  it('freezes silently, holds the file system (umount is busy) and thaws with freeze=off', async () => {
    const host = await aixHost();
    expect(
      await host.type(
        'chfs -a freeze=60 /data',
        'umount /data',
        'chfs -a refreeze=120 /data',
        'chfs -a freeze=off /data',
        'umount /data',
      ),
    ).toBe(
      [
        '# chfs -a freeze=60 /data',
        '# umount /data',
        'umount: 0506-349 Cannot unmount /dev/datalv: The requested resource is busy.',
        '[rc=1]',
        '# chfs -a refreeze=120 /data',
        '# chfs -a freeze=off /data',
        '# umount /data',
        '',
      ].join('\n'),
    );
  });

  it('ends by itself when the timeout runs out in simulated time, with a J2_FREEZE_TIMEOUT entry', async () => {
    const host = await aixHost({ apps: writer() });
    expect(
      await host.type(
        'chfs -a freeze=60 /data',
        'sleep 59',
        'chfs -a freeze=0 /data',
        'chfs -a freeze=60 /data',
        'sleep 61',
        'chfs -a freeze=off /data',
      ),
    ).toBe(
      [
        '# chfs -a freeze=60 /data',
        '# sleep 59',
        '# chfs -a freeze=0 /data',
        '# chfs -a freeze=60 /data',
        '# sleep 61',
        '# chfs -a freeze=off /data',
        'chfs: Cannot thaw /data: A system call received a parameter that is not valid.',
        '[rc=1]',
        '',
      ].join('\n'),
    );
    expect(host.world.host().errlog.map((e) => e.label)).toEqual(['J2_FREEZE_TIMEOUT']);
  });

  it('refuses what cannot be frozen or thawed, and values that are not seconds', async () => {
    const host = await aixHost();
    expect(
      await host.type(
        'umount /arch',
        'chfs -a freeze=60 /arch',
        'chfs -a freeze=off /data',
        'chfs -a freeze=soon /data',
        'chfs -a freeze=60 /nosuch',
      ),
    ).toBe(
      [
        '# umount /arch',
        '# chfs -a freeze=60 /arch',
        'chfs: Cannot freeze /arch: A system call received a parameter that is not valid.',
        '[rc=1]',
        '# chfs -a freeze=off /data',
        'chfs: Cannot thaw /data: A system call received a parameter that is not valid.',
        '[rc=1]',
        '# chfs -a freeze=soon /data',
        'chfs: The value soon of attribute freeze is not valid; give a number of seconds or off.',
        '[rc=1]',
        '# chfs -a freeze=60 /nosuch',
        'chfs: 0506-915 No record matching /nosuch was found in /etc/filesystems.',
        '[rc=1]',
        '',
      ].join('\n'),
    );
  });

  it.each([
    ['AIX 5.2 without IY66043', { release: '5.2' as const, technologyLevel: 0, servicePack: 0, apars: [] }],
    ['AIX 5.3 before ML1', { release: '5.3' as const, technologyLevel: 0, servicePack: 0, apars: [] }],
  ])('%s has no freeze: chfs stores the attribute and freezes nothing', async (_level, aix) => {
    const host = await aixHost({ aix });
    expect(await host.type('chfs -a freeze=60 /data', 'grep freeze /etc/filesystems', 'umount /data')).toBe(
      [
        '# chfs -a freeze=60 /data',
        '# grep freeze /etc/filesystems',
        '\tfreeze          = 60',
        '# umount /data',
        '',
      ].join('\n'),
    );
  });

  it.each([
    [
      'AIX 5.2 with IY66043',
      { release: '5.2' as const, technologyLevel: 0, servicePack: 0, apars: ['IY66043'] },
    ],
    ['AIX 5.3 ML1', { release: '5.3' as const, technologyLevel: 1, servicePack: 0, apars: [] }],
  ])('%s freezes', async (_level, aix) => {
    const host = await aixHost({ aix });
    expect(await host.type('chfs -a freeze=60 /data', 'umount /data')).toBe(
      [
        '# chfs -a freeze=60 /data',
        '# umount /data',
        'umount: 0506-349 Cannot unmount /dev/datalv: The requested resource is busy.',
        '[rc=1]',
        '',
      ].join('\n'),
    );
  });

  it('JFS has no freeze: the attribute is stored, the file system is not frozen', async () => {
    const host = await aixHost({ vfs: 'jfs' });
    expect(
      await host.type('chfs -a freeze=60 /arch', 'grep -c freeze /etc/filesystems', 'umount /arch'),
    ).toBe(
      ['# chfs -a freeze=60 /arch', '# grep -c freeze /etc/filesystems', '1', '# umount /arch', ''].join(
        '\n',
      ),
    );
  });

  it('other chfs changes are not simulated and get the usage', async () => {
    const host = await aixHost();
    expect(await host.type('chfs -m /fs/data /data', 'chfs -a size=+1G /data', 'chfs -a freeze=60')).toBe(
      [
        '# chfs -m /fs/data /data',
        USAGE,
        '[rc=1]',
        '# chfs -a size=+1G /data',
        USAGE,
        '[rc=1]',
        '# chfs -a freeze=60',
        USAGE,
        '[rc=1]',
        '',
      ].join('\n'),
    );
  });
});
