import { describe, expect, it } from 'vitest';
import { dsConsole, okOut } from '../test-support/storage-console';
import { freezepprc } from './freezepprc';
import { lspprc } from './lspprc';
import { mkpprc } from './mkpprc';
import { unfreezepprc } from './unfreezepprc';

const REMOTE = '-dev IBM.2107-75ABCD1 -remotedev IBM.2107-75WXYZ1';

describe('dscli freezepprc / unfreezepprc', () => {
  it('suspends every pair of the LSS pair at one instant and holds writes until the thaw', () => {
    const ds = dsConsole();
    ds.run(mkpprc, `${REMOTE} -type mmir 1000:2000 1001:2001`);
    ds.advance(103);
    expect(ds.run(freezepprc, `${REMOTE} 10:20`)).toEqual(
      okOut('CMUC00161W freezepprc: Remote Mirror and Copy consistency group 10:20 successfully created.\n'),
    );
    expect(ds.storage.write('1001', 'B1')).toEqual({ ok: false, reason: 'held' });
    expect(ds.run(lspprc, '1000-1001').stdout).toBe(
      'ID        State     Reason Type         SourceLSS Timeout (secs) Critical Mode First Pass Status\n' +
        '================================================================================================\n' +
        '1000:2000 Suspended Freeze Metro Mirror 10        60             Disabled      Invalid\n' +
        '1001:2001 Suspended Freeze Metro Mirror 10        60             Disabled      Invalid\n',
    );
    expect(ds.run(unfreezepprc, `${REMOTE} 10:20`)).toEqual(
      okOut('CMUC00163I unfreezepprc: Remote Mirror and Copy pair 10:20 successfully thawed.\n'),
    );
    expect(ds.storage.write('1001', 'B1')).toEqual({ ok: true });
    expect([ds.storage.read('2000'), ds.storage.read('2001')]).toEqual(['A0', 'B0']);
    expect(ds.storage.isHostReadable('2001')).toBe(true);
  });

  it('rejects volume ids where LSS pairs are expected, and LSS pairs without pairs', () => {
    const ds = dsConsole();
    expect(ds.run(freezepprc, '1000:2000')).toEqual({
      stdout: '',
      stderr:
        'CMUC00017E freezepprc: 1000:2000 is not a valid logical subsystem ID. Specify 2 hexadecimal digits.\n',
      exitCode: 2,
    });
    expect(ds.run(unfreezepprc, '10:20')).toEqual({
      stdout: '',
      stderr:
        'CMUN03030E unfreezepprc: 10:20: Copy Services operation failure: The relationship does not exist.\n',
      exitCode: 4,
    });
  });

  it('only freezes pairs whose primaries are on the -dev storage image', () => {
    const ds = dsConsole();
    ds.run(mkpprc, `${REMOTE} -type mmir -mode nocp 1000:2000`);
    expect(ds.run(freezepprc, '-dev IBM.2107-75WXYZ1 -remotedev IBM.2107-75ABCD1 10:20')).toEqual({
      stdout: '',
      stderr:
        'CMUN03030E freezepprc: 10:20: Copy Services operation failure: The relationship does not exist.\n',
      exitCode: 4,
    });
    expect(ds.storage.isFrozen('1000')).toBe(false);
  });
});
