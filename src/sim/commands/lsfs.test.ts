import { describe, expect, it } from 'vitest';
import { aixHost } from '../shell/test-support/aix-host';

const HEADER = 'Name            Nodename   Mount Pt               VFS   Size    Options    Auto Accounting';
const DETAIL_72 =
  'block size: 4096, sparse files: yes, inline log: no, inline log size: 0, EAformat: v2, Quota: no, DMAPI: no, VIX: yes, EFS: no, ISNAPSHOT: no, MAXEXT: 0, MountGuard: no)';

describe('lsfs', () => {
  it('lists every stanza of /etc/filesystems with the LV size in 512-byte blocks', async () => {
    const host = await aixHost();
    expect(await host.type('lsfs')).toBe(
      [
        '# lsfs',
        HEADER,
        '/dev/hd4        --         /                      jfs2  4194304 rw         yes  no',
        '/dev/hd2        --         /usr                   jfs2  12582912 rw         yes  no',
        '/dev/hd9var     --         /var                   jfs2  4194304 rw         yes  no',
        '/dev/hd3        --         /tmp                   jfs2  2097152 rw         yes  no',
        '/dev/hd1        --         /home                  jfs2  1048576 rw         yes  no',
        '/dev/hd10opt    --         /opt                   jfs2  2097152 rw         yes  no',
        '/dev/hd11admin  --         /admin                 jfs2  262144  rw         yes  no',
        '/proc           --         /proc                  procfs --      --         yes  no',
        '/dev/datalv     --         /data                  jfs2  13107200 rw         yes  no',
        '/dev/archlv     --         /arch                  jfs2  2621440 rw         yes  no',
        '',
      ].join('\n'),
    );
  });

  it('-q adds the superblock line; a varied-off VG gives the diagnostics instead', async () => {
    const host = await aixHost();
    expect(
      await host.type('lsfs -q /data', 'umount /data', 'umount /arch', 'varyoffvg datavg', 'lsfs -q /data'),
    ).toBe(
      [
        '# lsfs -q /data',
        HEADER,
        '/dev/datalv     --         /data                  jfs2  13107200 rw         yes  no',
        `  (lv size: 13107200, fs size: 13107200, ${DETAIL_72}`,
        '# umount /data',
        '# umount /arch',
        '# varyoffvg datavg',
        '# lsfs -q /data',
        HEADER,
        '/dev/datalv     --         /data                  jfs2  --      rw         yes  no',
        '/dev/datalv: A file or directory in the path name does not exist.',
        'The volume group of /dev/datalv  may be varied off.',
        '',
      ].join('\n'),
    );
  });

  it('older AIX levels print fewer superblock keys; JFS prints its own', async () => {
    const old = await aixHost({ aix: { release: '5.3', technologyLevel: 1, servicePack: 0, apars: [] } });
    expect(await old.type('lsfs -q /arch')).toBe(
      [
        '# lsfs -q /arch',
        HEADER,
        '/dev/archlv     --         /arch                  jfs2  2621440 rw         yes  no',
        '  (lv size: 2621440, fs size: 2621440, block size: 4096, sparse files: yes, inline log: no, inline log size: 0, EAformat: v1, Quota: no, DMAPI: no, VIX: no)',
        '',
      ].join('\n'),
    );
    const jfs = await aixHost({ vfs: 'jfs' });
    expect(await jfs.type('lsfs -q /arch')).toBe(
      [
        '# lsfs -q /arch',
        HEADER,
        '/dev/archlv     --         /arch                  jfs   2621440 rw         yes  no',
        '  (lv size: 2621440, fs size: 2621440, frag size: 4096, nbpi: 4096, compress: no, bf: false, ag: 8)',
        '',
      ].join('\n'),
    );
  });

  it('-c is the colon format, with the -q line in colon form', async () => {
    const host = await aixHost();
    expect(await host.type('lsfs -c /data /proc', 'lsfs -c -q /arch')).toBe(
      [
        '# lsfs -c /data /proc',
        '#MountPoint:Device:Vfs:Nodename:Type:Size:Options:AutoMount:Acct',
        '/data:/dev/datalv:jfs2:::13107200:rw:yes:no',
        '/proc:/proc:procfs:::::yes:no',
        '# lsfs -c -q /arch',
        '#MountPoint:Device:Vfs:Nodename:Type:Size:Options:AutoMount:Acct',
        '/arch:/dev/archlv:jfs2:::2621440:rw:yes:no',
        '(lv size 2621440:fs size 2621440:block size 4096:sparse files yes:inline log no:inline log size 0:EAformat v2:Quota no:DMAPI no:VIX yes:EFS no:ISNAPSHOT no:MAXEXT 0:MountGuard no)',
        '',
      ].join('\n'),
    );
  });

  it('an unknown file system gives 0506-915 after the ones it found; a wrong flag gives the usage', async () => {
    const host = await aixHost();
    expect(await host.type('lsfs /nosuch /data', 'lsfs -x')).toBe(
      [
        '# lsfs /nosuch /data',
        HEADER,
        '/dev/datalv     --         /data                  jfs2  13107200 rw         yes  no',
        'lsfs: 0506-915 No record matching /nosuch was found in /etc/filesystems.',
        '[rc=1]',
        '# lsfs -x',
        'lsfs: Not a recognized flag: x',
        'Usage: lsfs [-q] [-c|-l] {-a | -v Vfs| -u Group | Filesystem ...}',
        '[rc=1]',
        '',
      ].join('\n'),
    );
  });
});
