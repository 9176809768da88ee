import { describe, expect, it } from 'vitest';
import { worldState } from '../index';
import { aixHost } from '../shell/test-support/aix-host';

/** /arch nested in /data: archlv mounted at /data/arch. */
const nested = () => aixHost({ archMountPoint: '/data/arch' });

function mounts(host: Awaited<ReturnType<typeof nested>>) {
  return worldState(host.world)
    .fileSystems.filter((f) => f.vg === 'datavg')
    .map(({ mountPoint, mounted, hiddenUnder }) => ({ mountPoint, mounted, hiddenUnder }));
}

describe('nested mount points (/data and /data/arch)', () => {
  it('umount refuses the parent while the child is mounted below it; the child first works', async () => {
    const host = await nested();
    expect(await host.type('umount /data', 'umount /data/arch', 'umount /data')).toBe(
      [
        '# umount /data',
        'umount: 0506-349 Cannot unmount /dev/datalv: The requested resource is busy.',
        '[rc=1]',
        '# umount /data/arch',
        '# umount /data',
        '',
      ].join('\n'),
    );
  });

  it('a child mounted before its parent is hidden under it; the parent first leaves both in reach', async () => {
    const host = await nested();
    await host.type('umount /data/arch', 'umount /data');
    // The wrong order: both mounts succeed, as on AIX, but /data covers the directory /data/arch was on.
    expect(await host.type('mount /data/arch', 'mount /data')).toBe(
      ['# mount /data/arch', '# mount /data', ''].join('\n'),
    );
    expect(mounts(host)).toEqual([
      { mountPoint: '/data', mounted: true },
      { mountPoint: '/data/arch', mounted: true, hiddenUnder: '/data' },
    ]);
    // Unmounting /data is allowed (the hidden child sits on the directory below it) and brings it back.
    expect(await host.type('umount /data')).toBe('# umount /data\n');
    expect(mounts(host)).toEqual([
      { mountPoint: '/data', mounted: false },
      { mountPoint: '/data/arch', mounted: true },
    ]);
    // The right order.
    await host.type('umount /data/arch', 'mount /data', 'mount /data/arch');
    expect(mounts(host)).toEqual([
      { mountPoint: '/data', mounted: true },
      { mountPoint: '/data/arch', mounted: true },
    ]);
  });
});
