import { describe, expect, it } from 'vitest';
import { dsConsole, okOut } from '../test-support/storage-console';
import { mkpprc } from './mkpprc';

const REMOTE = '-dev IBM.2107-75ABCD1 -remotedev IBM.2107-75WXYZ1';

describe('dscli mkpprc', () => {
  it('creates Metro Mirror pairs with CMUC00153I; the secondaries follow every write once in full duplex', () => {
    const ds = dsConsole();
    expect(ds.run(mkpprc, `${REMOTE} -type mmir 1000:2000 1001:2001`)).toEqual(
      okOut(
        'CMUC00153I mkpprc: Remote Mirror and Copy volume pair relationship 1000:2000 successfully created.\n' +
          'CMUC00153I mkpprc: Remote Mirror and Copy volume pair relationship 1001:2001 successfully created.\n',
      ),
    );
    // 10 GiB at 100 MiB/s: the first pass takes 103 s.
    ds.advance(103);
    ds.storage.write('1000', 'A1');
    expect(ds.storage.read('2000')).toBe('A1');
    expect(ds.storage.isHostReadable('2000')).toBe(false);
  });

  it('with -tgtread lets a host read the secondary while mirroring', () => {
    const ds = dsConsole();
    ds.run(mkpprc, `${REMOTE} -type mmir -mode nocp -tgtread 1000:2000`);
    expect([ds.storage.isHostReadable('2000'), ds.storage.isHostWritable('2000')]).toEqual([true, false]);
  });

  it('needs -type mmir or gcp and -mode full or nocp', () => {
    const ds = dsConsole();
    const syntax = (stderr: string) => ({ stdout: '', stderr, exitCode: 2 });
    expect(ds.run(mkpprc, `${REMOTE} 1000:2000`)).toEqual(
      syntax('CMUC00013E mkpprc: Missing required parameter: -type.\n'),
    );
    expect(ds.run(mkpprc, `${REMOTE} -type gm 1000:2000`)).toEqual(
      syntax('CMUC00014E mkpprc: Invalid value gm for parameter -type.\n'),
    );
    expect(ds.run(mkpprc, `${REMOTE} -type mmir -mode fast 1000:2000`)).toEqual(
      syntax('CMUC00014E mkpprc: Invalid value fast for parameter -mode.\n'),
    );
  });

  it('refuses a secondary that is already in a pair, or not on -remotedev', () => {
    const ds = dsConsole();
    ds.run(mkpprc, `${REMOTE} -type mmir 1000:2000`);
    expect(ds.run(mkpprc, `${REMOTE} -type mmir 1001:2000 1001:1101`)).toEqual({
      stdout: '',
      stderr:
        'CMUN03043E mkpprc: 1001:2000: Copy Services operation failure: The target volume is already in a copy relationship.\n' +
        'CMUN03005E mkpprc: 1001:1101: Copy Services operation failure: The volume does not exist.\n',
      exitCode: 4,
    });
  });
});
