import { describe, expect, it } from 'vitest';
import { aixHost, copyWhileWriting, WRAPPED_LOG_COPY } from '../shell/test-support/aix-host';

const HEAD = (device: string) => ['', `The current volume is: ${device}`, 'Primary superblock is valid.'];
const PHASES_1_4 = [
  'Primary superblock is valid.',
  '*** Phase 1 - Initial inode scan',
  '*** Phase 2 - Process remaining directories',
  '*** Phase 3 - Process remaining files',
  '*** Phase 4 - Check and repair inode allocation map',
];
const PHASE_5 = '*** Phase 5 - Check and repair block allocation map';
/** The end of a run that found a torn copy's damage and repaired it (docs/aix-behaviour.md 15.3, with -y). */
const REPAIRED = [
  'File system inode map is corrupt; FIX? y',
  'Superblock marked dirty because repairs are about to be written.',
  PHASE_5,
  'File system is clean.',
  'Superblock is marked dirty; FIX? y',
  'All observed inconsistencies have been repaired.',
];

describe('fsck (JFS2)', () => {
  it('a clean file system goes through the five phases and is clean', async () => {
    const host = await aixHost();
    expect(await host.type('umount /data', 'fsck -y /data')).toBe(
      [
        '# umount /data',
        '# fsck -y /data',
        ...HEAD('/dev/datalv'),
        'J2_LOGREDO:log redo processing for /dev/datalv',
        ...PHASES_1_4,
        PHASE_5,
        'File system is clean.',
        '',
      ].join('\n'),
    );
  });

  it('a torn copy: -n reports without repairing, -y repairs (the mount had succeeded silently)', async () => {
    const host = await aixHost(copyWhileWriting(5));
    const out = await host.type(
      'recreatevg -y fcvg hdisk3 hdisk4 >/dev/null',
      'fsck -n /fs/data',
      'fsck -y /fs/data',
      'fsck -y /fs/data >/dev/null && echo clean now',
    );
    expect(out).toBe(
      [
        '# recreatevg -y fcvg hdisk3 hdisk4 >/dev/null',
        '# fsck -n /fs/data',
        // -n opens nothing for writing: no log replay.
        ...HEAD('/dev/fsdatalv'),
        ...PHASES_1_4,
        'File system inode map is corrupt; FIX? n',
        PHASE_5,
        'Superblock is marked dirty; FIX? n',
        'File system is not clean; it was not repaired.',
        '[rc=4]',
        '# fsck -y /fs/data',
        ...HEAD('/dev/fsdatalv'),
        'J2_LOGREDO:log redo processing for /dev/fsdatalv',
        ...PHASES_1_4,
        ...REPAIRED,
        '# fsck -y /fs/data >/dev/null && echo clean now',
        'clean now',
        '',
      ].join('\n'),
    );
  });

  it('-n does not replay a log: a copy waiting for its replay is not clean until logredo has run', async () => {
    const host = await aixHost(copyWhileWriting(0));
    const out = await host.type(
      'recreatevg -y fcvg hdisk3 hdisk4 >/dev/null',
      'fsck -n /fs/data',
      'fsck -n /fs/data >/dev/null',
      'logredo /dev/fsloglv00',
      'fsck -n /fs/data',
    );
    expect(out).toBe(
      [
        '# recreatevg -y fcvg hdisk3 hdisk4 >/dev/null',
        '# fsck -n /fs/data',
        ...HEAD('/dev/fsdatalv'),
        ...PHASES_1_4,
        PHASE_5,
        'File system is clean.',
        'Superblock is marked dirty; FIX? n',
        'File system is not clean; it was not repaired.',
        '[rc=4]',
        '# fsck -n /fs/data >/dev/null',
        '[rc=4]',
        '# logredo /dev/fsloglv00',
        'J2_LOGREDO:log redo processing for /dev/fsdatalv',
        'J2_LOGREDO:log redo processing for /dev/fsarchlv',
        '# fsck -n /fs/data',
        ...HEAD('/dev/fsdatalv'),
        ...PHASES_1_4,
        PHASE_5,
        'File system is clean.',
        '',
      ].join('\n'),
    );
  });

  it('without -y or -n the answers come from standard input (none: no)', async () => {
    const host = await aixHost(copyWhileWriting(5));
    const out = await host.type(
      'recreatevg -y fcvg hdisk3 hdisk4 >/dev/null',
      'fsck /fs/data | grep FIX',
      'printf "y\\ny\\n" | fsck /fs/arch | grep -e FIX -e repaired',
    );
    expect(out).toBe(
      [
        '# recreatevg -y fcvg hdisk3 hdisk4 >/dev/null',
        '# fsck /fs/data | grep FIX',
        'File system inode map is corrupt; FIX? n',
        'Superblock is marked dirty; FIX? n',
        '# printf "y\\ny\\n" | fsck /fs/arch | grep -e FIX -e repaired',
        'File system inode map is corrupt; FIX? y',
        'Superblock is marked dirty; FIX? y',
        'All observed inconsistencies have been repaired.',
        '',
      ].join('\n'),
    );
  });

  it('a wrapped log: logredo fails, fsck continues and repairs', async () => {
    const host = await aixHost(WRAPPED_LOG_COPY);
    expect(await host.type('recreatevg -y fcvg hdisk3 hdisk4 >/dev/null', 'fsck -y /fs/data')).toBe(
      [
        '# recreatevg -y fcvg hdisk3 hdisk4 >/dev/null',
        '# fsck -y /fs/data',
        ...HEAD('/dev/fsdatalv'),
        'J2_LOGREDO:log redo processing for /dev/fsdatalv',
        'j2_logredo.cpp: ERROR in logRead line 1236, log wrap',
        'failure replaying log: -3',
        'logredo failed (rc=253) fsck continuing',
        ...PHASES_1_4,
        ...REPAIRED,
        '',
      ].join('\n'),
    );
  });

  it('a log the stanza names but no varied-on VG has: logredo cannot open it, fsck goes on', async () => {
    const host = await aixHost(copyWhileWriting(5));
    const out = await host.type(
      'recreatevg -y fcvg hdisk3 hdisk4 >/dev/null',
      "sed -i 's#/dev/fsloglv00#/dev/loglv99#' /etc/filesystems",
      'fsck -y /fs/arch',
    );
    expect(out).toBe(
      [
        '# recreatevg -y fcvg hdisk3 hdisk4 >/dev/null',
        "# sed -i 's#/dev/fsloglv00#/dev/loglv99#' /etc/filesystems",
        '# fsck -y /fs/arch',
        ...HEAD('/dev/fsarchlv'),
        'J2_LOGREDO:log redo processing for /dev/fsarchlv',
        'j2_logredo.cpp: ERROR in openLog line 2439, makeOpen',
        'fsError:bad error in volume 1',
        'Open failed',
        'logredo failed (rc=255) fsck continuing',
        ...PHASES_1_4,
        ...REPAIRED,
        '',
      ].join('\n'),
    );
  });

  it('a mounted file system is only looked at, with the warning', async () => {
    const host = await aixHost();
    expect(await host.type('fsck -y /data')).toBe(
      [
        '# fsck -y /data',
        ...HEAD('/dev/datalv').slice(0, 2),
        'Checking a mounted filesystem does not produce dependable results.',
        'Primary superblock is valid.',
        'J2_LOGREDO:log redo processing for /dev/datalv',
        ...PHASES_1_4,
        PHASE_5,
        'File system is clean.',
        '',
      ].join('\n'),
    );
  });

  it('names an unknown file system; wrong flags get the usage', async () => {
    const host = await aixHost();
    expect(await host.type('fsck /nosuch', 'fsck -y -n /data', 'fsck')).toBe(
      [
        '# fsck /nosuch',
        'fsck: 0506-035 /nosuch is not a known file system.',
        '[rc=1]',
        '# fsck -y -n /data',
        'Usage: fsck [-y|-n|-p] [-f] [-V Vfs] [-d #] [-i #]',
        '\t[-t File] [-o Options] Filesystem ...',
        '[rc=1]',
        '# fsck',
        'Usage: fsck [-y|-n|-p] [-f] [-V Vfs] [-d #] [-i #]',
        '\t[-t File] [-o Options] Filesystem ...',
        '[rc=1]',
        '',
      ].join('\n'),
    );
  });
});

describe('fsck (JFS)', () => {
  it('prints the JFS phases 0 to 6 and the counts', async () => {
    const host = await aixHost({ vfs: 'jfs' });
    expect(await host.type('umount /arch', 'fsck -y /arch')).toBe(
      [
        '# umount /arch',
        '# fsck -y /arch',
        '** Checking /dev/rarchlv (/arch)',
        '** Phase 0 - Check Log',
        '** Phase 1 - Check Blocks and Sizes',
        '** Phase 2 - Check Pathnames',
        '** Phase 3 - Check Connectivity',
        '** Phase 4 - Check Reference Counts',
        '** Phase 5 - Check Inode Map',
        '** Phase 6 - Check Block Map',
        '24 files 10240 blocks 317440 free',
        '',
      ].join('\n'),
    );
  });
});
