import { describe, expect, it } from 'vitest';
import { dsConsole, okOut } from '../test-support/storage-console';
import { failoverpprc } from './failoverpprc';
import { freezepprc } from './freezepprc';
import { lspprc } from './lspprc';
import { mkpprc } from './mkpprc';
import { mkpprcpath } from './mkpprcpath';
import { pausepprc } from './pausepprc';
import { resumepprc } from './resumepprc';
import { unfreezepprc } from './unfreezepprc';

const resumed = (pair: string) =>
  `CMUC00158I resumepprc: Remote Mirror and Copy volume pair ${pair} relationship successfully resumed. This message is being returned before the copy completes.\n`;

describe('dscli resumepprc', () => {
  it('mirrors a paused pair again: the secondary catches up and is not host-readable any more', () => {
    const ds = dsConsole();
    ds.run(mkpprc, '-remotedev IBM.2107-75WXYZ1 -type mmir 1000:2000');
    ds.advance(103);
    ds.run(pausepprc, '-remotedev IBM.2107-75WXYZ1 1000:2000');
    ds.storage.write('1000', 'A1');
    expect(ds.run(resumepprc, '-remotedev IBM.2107-75WXYZ1 -type mmir 1000:2000')).toEqual(
      okOut(resumed('1000:2000')),
    );
    expect(ds.run(lspprc, '-s -state copy-pending 1000').stdout).toBe('ID\n=========\n1000:2000\n');
    ds.advance(103);
    expect([ds.storage.read('2000'), ds.storage.isHostReadable('2000')]).toEqual(['A1', false]);
    expect(ds.run(lspprc, '-s -state full-duplex 1000').stdout).toBe('ID\n=========\n1000:2000\n');
  });

  it('resumes pairs suspended by freezepprc once unfreezepprc has released the writes and the paths are back', () => {
    const ds = dsConsole();
    ds.run(mkpprc, '-remotedev IBM.2107-75WXYZ1 -type mmir 1000:2000');
    ds.advance(103);
    ds.run(freezepprc, '-remotedev IBM.2107-75WXYZ1 10:20');
    ds.run(unfreezepprc, '-remotedev IBM.2107-75WXYZ1 10:20');
    // The freeze removed the LSS pair's paths: nothing can be copied until mkpprcpath puts them back.
    expect(ds.run(resumepprc, '-remotedev IBM.2107-75WXYZ1 -type mmir 1000:2000')).toEqual({
      stdout: '',
      stderr:
        'CMUN03071E resumepprc: 1000:2000: Copy Services operation failure: No Remote Mirror and Copy path is established between the source LSS and the target LSS.\n',
      exitCode: 4,
    });
    ds.run(
      mkpprcpath,
      '-remotedev IBM.2107-75WXYZ1 -remotewwnn 5005076303FFD9A4 -srclss 10 -tgtlss 20 I0001:I0101 I0131:I0231',
    );
    expect(ds.run(resumepprc, '-remotedev IBM.2107-75WXYZ1 -type mmir 1000:2000')).toEqual(
      okOut(resumed('1000:2000')),
    );
    expect(ds.storage.isFrozen('1000')).toBe(false);
  });

  it('accepts a pair that is mirroring already and leaves it as it is', () => {
    const ds = dsConsole();
    ds.run(mkpprc, '-remotedev IBM.2107-75WXYZ1 -type mmir 1000:2000');
    ds.advance(103);
    expect(ds.run(resumepprc, '-remotedev IBM.2107-75WXYZ1 -type mmir 1000:2000')).toEqual(
      okOut(resumed('1000:2000')),
    );
    expect(ds.run(lspprc, '-s -state full-duplex 1000').stdout).toBe('ID\n=========\n1000:2000\n');
  });

  it('refuses a failed-over pair (failbackpprc resumes it), another -type, and a missing -type', () => {
    const ds = dsConsole();
    ds.run(mkpprc, '-remotedev IBM.2107-75WXYZ1 -type mmir 1000:2000 1001:2001');
    ds.advance(103);
    ds.run(failoverpprc, '-dev IBM.2107-75WXYZ1 -remotedev IBM.2107-75ABCD1 -type mmir 2000:1000');
    expect(ds.run(resumepprc, '-remotedev IBM.2107-75WXYZ1 -type mmir 1000:2000')).toEqual({
      stdout: '',
      stderr:
        'CMUN03030E resumepprc: 1000:2000: Copy Services operation failure: The relationship does not exist.\n',
      exitCode: 4,
    });
    expect(ds.run(resumepprc, '-remotedev IBM.2107-75WXYZ1 -type gcp 1001:2001').stderr).toBe(
      'CMUN03112E resumepprc: 1001:2001: Copy Services operation failure: The -type parameter does not match the type of the existing relationship.\n',
    );
    expect(ds.run(resumepprc, '1001:2001')).toEqual({
      stdout: '',
      stderr: 'CMUC00013E resumepprc: Missing required parameter: -type.\n',
      exitCode: 2,
    });
  });
});
