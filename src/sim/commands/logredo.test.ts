import { describe, expect, it } from 'vitest';
import { aixHost, copyWhileWriting, WRAPPED_LOG_COPY } from '../shell/test-support/aix-host';

describe('logredo', () => {
  it('replays the log into every file system that uses it', async () => {
    const host = await aixHost(copyWhileWriting(0));
    expect(
      await host.type(
        'recreatevg -y fcvg hdisk3 hdisk4 >/dev/null',
        'logredo /dev/fsloglv00',
        'mount /fs/data',
      ),
    ).toBe(
      [
        '# recreatevg -y fcvg hdisk3 hdisk4 >/dev/null',
        '# logredo /dev/fsloglv00',
        'J2_LOGREDO:log redo processing for /dev/fsdatalv',
        'J2_LOGREDO:log redo processing for /dev/fsarchlv',
        '# mount /fs/data',
        '',
      ].join('\n'),
    );
  });

  it("replays an INLINE log given the file system's own device; the outer log no longer replays it", async () => {
    const host = await aixHost({ ...copyWhileWriting(0), archInlineLog: true });
    expect(
      await host.type(
        'recreatevg -y fcvg hdisk3 hdisk4 >/dev/null',
        'logredo /dev/fsloglv00',
        'fsck -n /fs/arch | grep -e dirty -e clean',
        'logredo /dev/fsarchlv',
        'fsck -n /fs/arch | grep -e dirty -e clean',
      ),
    ).toBe(
      [
        '# recreatevg -y fcvg hdisk3 hdisk4 >/dev/null',
        '# logredo /dev/fsloglv00',
        'J2_LOGREDO:log redo processing for /dev/fsdatalv',
        '# fsck -n /fs/arch | grep -e dirty -e clean',
        'File system is clean.',
        'Superblock is marked dirty; FIX? n',
        'File system is not clean; it was not repaired.',
        '# logredo /dev/fsarchlv',
        'J2_LOGREDO:log redo processing for /dev/fsarchlv',
        '# fsck -n /fs/arch | grep -e dirty -e clean',
        'File system is clean.',
        '',
      ].join('\n'),
    );
  });

  it('refuses the log of a mounted file system, held open by the kernel, and replays nothing', async () => {
    const host = await aixHost(copyWhileWriting(0));
    expect(await host.type('logredo /dev/loglv00')).toBe(
      [
        '# logredo /dev/loglv00',
        'logredo: Cannot open /dev/loglv00: The requested resource is busy.',
        '[rc=253]',
        '',
      ].join('\n'),
    );
  });

  it('fails on a wrapped log: the copy must be taken again with a bigger log', async () => {
    const host = await aixHost(WRAPPED_LOG_COPY);
    const r = await (async () => {
      await host.shell.run('recreatevg -y fcvg hdisk3 hdisk4');
      return host.shell.run('logredo /dev/fsloglv00');
    })();
    expect(r).toEqual({
      stdout:
        'J2_LOGREDO:log redo processing for /dev/fsdatalv\nJ2_LOGREDO:log redo processing for /dev/fsarchlv\n',
      stderr:
        'j2_logredo.cpp: ERROR in logRead line 1236, log wrap\nfailure replaying log: -3\nj2_logredo.cpp: ERROR in logRead line 1236, log wrap\nfailure replaying log: -3\n',
      exitCode: 253,
    });
  });

  it('cannot open a device that is not an active log; needs exactly one device', async () => {
    const host = await aixHost();
    expect(await host.type('logredo /dev/nosuch', 'logredo')).toBe(
      [
        '# logredo /dev/nosuch',
        'J2_LOGREDO:log redo processing for /dev/nosuch',
        'j2_logredo.cpp: ERROR in openLog line 2439, makeOpen',
        'Open failed',
        '[rc=253]',
        '# logredo',
        'Usage: logredo [-n] filename',
        '[rc=1]',
        '',
      ].join('\n'),
    );
  });
});
