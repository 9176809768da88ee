import { describe, expect, it } from 'vitest';
import { aixHost, copyWhileWriting, WRAPPED_LOG_COPY, writer } from '../shell/test-support/aix-host';

const TABLE_HEAD = [
  '  node       mounted        mounted over    vfs       date        options      ',
  '-------- ---------------  ---------------  ------ ------------ --------------- ',
];
const ROOTVG_ROWS = [
  '         /dev/hd4         /                jfs2   Jul 14 10:00 rw,log=/dev/hd8 ',
  '         /dev/hd2         /usr             jfs2   Jul 14 10:00 rw,log=/dev/hd8 ',
  '         /dev/hd9var      /var             jfs2   Jul 14 10:00 rw,log=/dev/hd8 ',
  '         /dev/hd3         /tmp             jfs2   Jul 14 10:00 rw,log=/dev/hd8 ',
  '         /dev/hd1         /home            jfs2   Jul 14 10:00 rw,log=/dev/hd8 ',
  '         /dev/hd10opt     /opt             jfs2   Jul 14 10:00 rw,log=/dev/hd8 ',
  '         /dev/hd11admin   /admin           jfs2   Jul 14 10:00 rw,log=/dev/hd8 ',
];

describe('mount', () => {
  it('without arguments prints the mount table, fields at their columns', async () => {
    const host = await aixHost();
    expect(await host.type('umount /arch', 'sleep 600', 'mount -r /arch', 'mount')).toBe(
      [
        '# umount /arch',
        '# sleep 600',
        '# mount -r /arch',
        '# mount',
        ...TABLE_HEAD,
        ...ROOTVG_ROWS,
        '         /dev/datalv      /data            jfs2   Jul 14 10:00 rw,log=/dev/loglv00 ',
        '         /dev/archlv      /arch            jfs2   Jul 14 10:10 ro,log=/dev/loglv00 ',
        '',
      ].join('\n'),
    );
  });

  it('replays the log of a copy taken at one instant while mounted, then mounts silently', async () => {
    const host = await aixHost(copyWhileWriting(0));
    expect(await host.type('recreatevg -y fcvg hdisk3 hdisk4', 'mount /fs/data', 'mount /fs/data')).toBe(
      [
        '# recreatevg -y fcvg hdisk3 hdisk4',
        'fcvg',
        '# mount /fs/data',
        'Replaying log for /dev/fsdatalv.',
        '# mount /fs/data',
        'mount: 0506-324 Cannot mount /dev/fsdatalv on /fs/data: The requested resource is busy.',
        '[rc=1]',
        '',
      ].join('\n'),
    );
  });

  it('a copy whose log wrapped stays dirty: 0506-324 and 0506-342 until fsck -y', async () => {
    const host = await aixHost(WRAPPED_LOG_COPY);
    const out = await host.type(
      'recreatevg -y fcvg hdisk3 hdisk4',
      'mount /fs/data',
      'fsck -y /fs/data >/dev/null',
      'mount /fs/data',
    );
    expect(out).toBe(
      [
        '# recreatevg -y fcvg hdisk3 hdisk4',
        'fcvg',
        '# mount /fs/data',
        'Replaying log for /dev/fsdatalv.',
        'Failure replaying log: -1',
        'mount: 0506-324 Cannot mount /dev/fsdatalv on /fs/data: The media is not formatted or the format is not correct.',
        '0506-342 The superblock on /dev/fsdatalv is dirty.  Run a full fsck to fix.',
        '[rc=1]',
        '# fsck -y /fs/data >/dev/null',
        '# mount /fs/data',
        '',
      ].join('\n'),
    );
  });

  it('mountguard: the copy of a guarded file system mounted at copy time is refused (0506-365) until -o noguard', async () => {
    const host = await aixHost({ ...copyWhileWriting(0), dataMountGuard: true });
    const out = await host.type(
      'recreatevg -y fcvg hdisk3 hdisk4 >/dev/null',
      'lsfs -q /fs/data | grep -c "MountGuard: yes"',
      'fsck -y /fs/data >/dev/null',
      'mount /fs/data',
      'mount -o noguard /fs/data',
      'umount /fs/data',
      'mount /fs/data',
    );
    expect(out).toBe(
      [
        '# recreatevg -y fcvg hdisk3 hdisk4 >/dev/null',
        '# lsfs -q /fs/data | grep -c "MountGuard: yes"',
        '1',
        '# fsck -y /fs/data >/dev/null',
        '# mount /fs/data',
        'mount: 0506-365 Cannot mount guarded filesystem.',
        '\tThe file system may be mounted on another node (/dev/fsdatalv on /fs/data).',
        '[rc=1]',
        // The override mounts it here; its own umount clears the mark, so the next mount needs none.
        '# mount -o noguard /fs/data',
        '# umount /fs/data',
        '# mount /fs/data',
        '',
      ].join('\n'),
    );
  });

  it('mount all mounts every mount = true stanza not yet mounted, each with its own outcome', async () => {
    const host = await aixHost(copyWhileWriting(0));
    expect(await host.type('recreatevg -y fcvg hdisk3 hdisk4', 'mount all', 'mount -a')).toBe(
      [
        '# recreatevg -y fcvg hdisk3 hdisk4',
        'fcvg',
        '# mount all',
        'Replaying log for /dev/fsdatalv.',
        'Replaying log for /dev/fsarchlv.',
        '# mount -a',
        '',
      ].join('\n'),
    );
  });

  it('names what is wrong: unknown file system, missing device, a log it cannot find, bad flags', async () => {
    const host = await aixHost();
    const out = await host.type(
      'mount /nosuch',
      'umount /arch',
      "sed -i 's#/dev/loglv00#/dev/loglv99#' /etc/filesystems",
      'mount /arch',
      'umount /data',
      'varyoffvg datavg',
      'mount /data',
      'mount -x',
    );
    expect(out).toBe(
      [
        '# mount /nosuch',
        'mount: 0506-334 /nosuch is not a known file system.',
        '[rc=1]',
        '# umount /arch',
        "# sed -i 's#/dev/loglv00#/dev/loglv99#' /etc/filesystems",
        '# mount /arch',
        'mount: 0506-322 Cannot determine log device to use for /dev/archlv (/arch).',
        '[rc=1]',
        '# umount /data',
        '# varyoffvg datavg',
        '# mount /data',
        'mount: 0506-324 Cannot mount /dev/datalv on /data: A file or directory in the path name does not exist.',
        '[rc=1]',
        '# mount -x',
        'mount: Not a recognized flag: x',
        'Usage: mount [-f] [-n Node] [-o Options] [-p] [-r] [-t Type] [-v Vfs] [ -a | all | [Node:]Device [Directory] | Directory ]',
        '[rc=1]',
        '',
      ].join('\n'),
    );
  });
});

describe('umount', () => {
  it('is silent on success; busy while an application writes; 0506-347 when not mounted', async () => {
    const host = await aixHost({ apps: writer() });
    expect(await host.type('umount /data', 'umount /nosuch', 'umount')).toBe(
      [
        '# umount /data',
        'umount: 0506-349 Cannot unmount /dev/datalv: The requested resource is busy.',
        '[rc=1]',
        '# umount /nosuch',
        'umount: 0506-347 Cannot find anything to unmount.',
        '[rc=1]',
        '# umount',
        'Usage: umount [-f] [-s] { -a | -n Node | -t Type | all | allr | Device | Directory | Filesystem }',
        '[rc=1]',
        '',
      ].join('\n'),
    );
    const idle = await aixHost();
    expect(await idle.type('umount /dev/datalv', 'umount /data')).toBe(
      [
        '# umount /dev/datalv',
        '# umount /data',
        'umount: 0506-347 Cannot find anything to unmount.',
        '[rc=1]',
        '',
      ].join('\n'),
    );
  });

  it('is busy while the shell is in the file system (its current directory), and works once out', async () => {
    const host = await aixHost();
    expect(await host.type('cd /data', 'umount /data', 'cd /', 'umount /data')).toBe(
      [
        '# cd /data',
        '# umount /data',
        'umount: 0506-349 Cannot unmount /dev/datalv: The requested resource is busy.',
        '[rc=1]',
        '# cd /',
        '# umount /data',
        '',
      ].join('\n'),
    );
  });
});
