import { describe, expect, it } from 'vitest';
import { dsConsole, okOut } from '../test-support/storage-console';
import { failbackpprc } from './failbackpprc';
import { failoverpprc } from './failoverpprc';
import { lspprc } from './lspprc';
import { mkpprc } from './mkpprc';

describe('dscli failbackpprc', () => {
  it('after a failover, mirrors the DR changes back to the old primary', () => {
    const ds = dsConsole();
    ds.run(mkpprc, '-remotedev IBM.2107-75WXYZ1 -type mmir 1000:2000');
    ds.advance(103);
    ds.run(failoverpprc, '-dev IBM.2107-75WXYZ1 -remotedev IBM.2107-75ABCD1 -type mmir 2000:1000');
    ds.storage.write('2000', 'DR1');
    expect(
      ds.run(failbackpprc, '-dev IBM.2107-75WXYZ1 -remotedev IBM.2107-75ABCD1 -type mmir 2000:1000'),
    ).toEqual(
      okOut('CMUC00197I failbackpprc: Remote Mirror and Copy pair 2000:1000 successfully failed back.\n'),
    );
    expect(ds.run(lspprc, '-dev IBM.2107-75WXYZ1 -s -state copy-pending 2000').stdout).toBe(
      'ID\n=========\n2000:1000\n',
    );
    ds.advance(103);
    expect([ds.storage.read('1000'), ds.storage.isHostReadable('1000')]).toEqual(['DR1', false]);
  });

  it('refuses a pair that is still mirroring', () => {
    const ds = dsConsole();
    ds.run(mkpprc, '-remotedev IBM.2107-75WXYZ1 -type mmir 1000:2000');
    expect(ds.run(failbackpprc, '-type mmir 1000:2000')).toEqual({
      stdout: '',
      stderr:
        'CMUN03052E failbackpprc: 1000:2000: Copy Services operation failure: The source volume is not a suspended primary. Issue failoverpprc first.\n',
      exitCode: 4,
    });
  });
});
