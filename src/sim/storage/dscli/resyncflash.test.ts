import { describe, expect, it } from 'vitest';
import { dsConsole, okOut } from '../test-support/storage-console';
import { lsflash } from './lsflash';
import { mkflash } from './mkflash';
import { resyncflash } from './resyncflash';

describe('dscli resyncflash', () => {
  it('refreshes a -record -persist pair to a new point in time', () => {
    const ds = dsConsole();
    ds.run(mkflash, '-record -persist -nocp 1000:1100');
    ds.storage.write('1000', 'A1');
    ds.advance(86_400);
    expect(ds.storage.read('1100')).toBe('A0');
    expect(ds.run(resyncflash, '-record -persist 1000:1100')).toEqual(
      okOut('CMUC00168I resyncflash: FlashCopy volume pair 1000:1100 successfully resynchronized.\n'),
    );
    expect(ds.storage.read('1100')).toBe('A1');
  });

  it('drops -record when it is not repeated, so the next refresh fails', () => {
    const ds = dsConsole();
    ds.run(mkflash, '-record -persist -nocp 1000:1100');
    ds.run(resyncflash, '1000:1100');
    expect(ds.run(lsflash, '-s -record 1000')).toEqual(okOut('CMUC00234I lsflash: No Flash Copy found.\n'));
    expect(ds.run(resyncflash, '-record -persist 1000:1100')).toEqual({
      stdout: '',
      stderr:
        'CMUN03036E resyncflash: 1000:1100: Copy Services operation failure: The FlashCopy relationship was not established with change recording. Use mkflash -record -persist.\n',
      exitCode: 4,
    });
  });

  it('refuses a pair without a relationship and the mkflash-only -nocp flag', () => {
    const ds = dsConsole();
    expect(ds.run(resyncflash, '1000:1100').stderr).toBe(
      'CMUN03030E resyncflash: 1000:1100: Copy Services operation failure: The relationship does not exist.\n',
    );
    expect(ds.run(resyncflash, '-nocp 1000:1100').stderr).toBe(
      'CMUC00011E resyncflash: Unknown parameter -nocp.\n',
    );
  });
});
