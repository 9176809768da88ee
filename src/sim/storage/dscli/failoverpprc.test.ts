import { describe, expect, it } from 'vitest';
import { dsConsole, okOut } from '../test-support/storage-console';
import { failoverpprc } from './failoverpprc';
import { lspprc } from './lspprc';
import { mkpprc } from './mkpprc';

const AT_DR = '-dev IBM.2107-75WXYZ1 -remotedev IBM.2107-75ABCD1';

describe('dscli failoverpprc', () => {
  it('makes the secondaries suspended primaries a DR host can read and write', () => {
    const ds = dsConsole();
    ds.run(mkpprc, '-remotedev IBM.2107-75WXYZ1 -type mmir 1000:2000 1001:2001');
    ds.advance(103);
    expect(ds.run(failoverpprc, `${AT_DR} -type mmir 2000:1000 2001:1001`)).toEqual(
      okOut(
        'CMUC00196I failoverpprc: Remote Mirror and Copy pair 2000:1000 successfully reversed.\n' +
          'CMUC00196I failoverpprc: Remote Mirror and Copy pair 2001:1001 successfully reversed.\n',
      ),
    );
    expect([ds.storage.isHostWritable('2000'), ds.storage.read('2000')]).toEqual([true, 'A0']);
    expect(ds.run(lspprc, '-dev IBM.2107-75WXYZ1 2000-2001').stdout).toBe(
      'ID        State     Reason      Type         SourceLSS Timeout (secs) Critical Mode First Pass Status\n' +
        '=====================================================================================================\n' +
        '2000:1000 Suspended Host Source Metro Mirror 20        60             Disabled      Invalid\n' +
        '2001:1001 Suspended Host Source Metro Mirror 20        60             Disabled      Invalid\n',
    );
    expect(ds.run(lspprc, '1000').stdout).toContain('1000:2000 Suspended Host Target Metro Mirror');
  });

  it('refuses the pair named in the original direction or with the wrong -type', () => {
    const ds = dsConsole();
    ds.run(mkpprc, '-remotedev IBM.2107-75WXYZ1 -type gcp 1000:2000');
    expect(ds.run(failoverpprc, '-type gcp 1000:2000').stderr).toBe(
      'CMUN03030E failoverpprc: 1000:2000: Copy Services operation failure: The relationship does not exist.\n',
    );
    expect(ds.run(failoverpprc, `${AT_DR} -type mmir 2000:1000`)).toEqual({
      stdout: '',
      stderr:
        'CMUN03112E failoverpprc: 2000:1000: Copy Services operation failure: The -type parameter does not match the type of the existing relationship.\n',
      exitCode: 4,
    });
  });
});
