import { describe, expect, it } from 'vitest';
import { dsConsole, okOut } from '../test-support/storage-console';
import { failoverpprc } from './failoverpprc';
import { mkpprc } from './mkpprc';
import { rmpprc } from './rmpprc';

describe('dscli rmpprc', () => {
  it('withdraws pairs: the secondary keeps its data and becomes usable by a host', () => {
    const ds = dsConsole();
    ds.run(mkpprc, '-remotedev IBM.2107-75WXYZ1 -type mmir -mode nocp 1000:2000');
    ds.storage.write('1000', 'A1');
    expect(ds.run(rmpprc, '-quiet -dev IBM.2107-75ABCD1 -remotedev IBM.2107-75WXYZ1 1000:2000')).toEqual(
      okOut(
        'CMUC00155I rmpprc: Remote Mirror and Copy volume pair 1000:2000 relationship successfully withdrawn.\n',
      ),
    );
    ds.storage.write('1000', 'A2');
    expect([ds.storage.read('2000'), ds.storage.isHostWritable('2000')]).toEqual(['A1', true]);
  });

  it('asks without -quiet, and takes a failed-over pair named from the recovery side', () => {
    const ds = dsConsole();
    ds.run(mkpprc, '-remotedev IBM.2107-75WXYZ1 -type gcp -mode nocp 1000:2000');
    ds.run(failoverpprc, '-dev IBM.2107-75WXYZ1 -type gcp 2000:1000');
    expect(ds.run(rmpprc, '-dev IBM.2107-75WXYZ1 2000:1000', 'y\n')).toEqual(
      okOut(
        'CMUC00160W rmpprc: Are you sure you want to delete the Remote Mirror and Copy volume pair relationship 2000:1000:? [y/n]:y\n' +
          'CMUC00155I rmpprc: Remote Mirror and Copy volume pair 2000:1000 relationship successfully withdrawn.\n',
      ),
    );
    expect(ds.run(rmpprc, '-quiet 1000:2000').stderr).toBe(
      'CMUN03030E rmpprc: 1000:2000: Copy Services operation failure: The relationship does not exist.\n',
    );
  });
});
