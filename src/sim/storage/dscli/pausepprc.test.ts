import { describe, expect, it } from 'vitest';
import { dsConsole, okOut } from '../test-support/storage-console';
import { lspprc } from './lspprc';
import { mkpprc } from './mkpprc';
import { pausepprc } from './pausepprc';

describe('dscli pausepprc', () => {
  it('suspends the pair: the secondary becomes readable (not writable) and stops following the primary', () => {
    const ds = dsConsole();
    ds.run(mkpprc, '-remotedev IBM.2107-75WXYZ1 -type mmir 1000:2000');
    ds.advance(103);
    expect(ds.storage.isHostReadable('2000')).toBe(false);
    expect(ds.run(pausepprc, '-remotedev IBM.2107-75WXYZ1 1000:2000')).toEqual(
      okOut(
        'CMUC00157I pausepprc: Remote Mirror and Copy volume pair 1000:2000 relationship successfully paused.\n',
      ),
    );
    ds.storage.write('1000', 'A1');
    expect([
      ds.storage.read('2000'),
      ds.storage.isHostReadable('2000'),
      ds.storage.isHostWritable('2000'),
    ]).toEqual(['A0', true, false]);
    expect(ds.run(lspprc, '-dev IBM.2107-75WXYZ1 2000').stdout).toBe(
      'ID        State            Reason      Type         SourceLSS Timeout (secs) Critical Mode First Pass Status\n' +
        '============================================================================================================\n' +
        '1000:2000 Target Suspended Host Source Metro Mirror 10        60             Disabled      Invalid\n',
    );
  });

  it('reports a pair that does not exist', () => {
    const ds = dsConsole();
    expect(ds.run(pausepprc, '1000:2000')).toEqual({
      stdout: '',
      stderr:
        'CMUN03030E pausepprc: 1000:2000: Copy Services operation failure: The relationship does not exist.\n',
      exitCode: 4,
    });
  });
});
