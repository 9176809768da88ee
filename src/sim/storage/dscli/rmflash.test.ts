import { describe, expect, it } from 'vitest';
import { dsConsole, okOut } from '../test-support/storage-console';
import { mkflash } from './mkflash';
import { rmflash } from './rmflash';

describe('dscli rmflash', () => {
  it('with -quiet -cp removes the pairs; the targets keep their images and become writable', () => {
    const ds = dsConsole();
    ds.run(mkflash, '-tgtinhibit -nocp 1000:1100 1001:1101');
    expect(ds.run(rmflash, '-quiet -cp -dev IBM.2107-75ABCD1 1000:1100 1001:1101')).toEqual(
      okOut(
        'CMUC00140I rmflash: FlashCopy pair 1000:1100 successfully removed.\n' +
          'CMUC00140I rmflash: FlashCopy pair 1001:1101 successfully removed.\n',
      ),
    );
    expect(ds.storage.flashCopies()).toEqual([]);
    expect([ds.storage.read('1100'), ds.storage.isHostWritable('1100')]).toEqual(['A0', true]);
  });

  it('leaves a -nocp target unusable (blank) when removed without -cp, a fully copied one intact', () => {
    const ds = dsConsole();
    ds.run(mkflash, '-nocp 1000:1100');
    ds.run(mkflash, '-persist 1001:1101');
    ds.advance(52);
    ds.run(rmflash, '-quiet 1000:1100 1001:1101');
    expect([ds.storage.read('1100'), ds.storage.read('1101')]).toEqual(['', 'B0']);
  });

  it('asks for each pair without -quiet and keeps the pairs not confirmed with y', () => {
    const ds = dsConsole();
    ds.run(mkflash, '-nocp 1000:1100 1001:1101');
    expect(ds.run(rmflash, '1000:1100 1001:1101', 'y\nn\n')).toEqual(
      okOut(
        'CMUC00144W rmflash: Are you sure you want to remove the FlashCopy pair 1000:1100:? [y/n]:y\n' +
          'CMUC00140I rmflash: FlashCopy pair 1000:1100 successfully removed.\n' +
          'CMUC00144W rmflash: Are you sure you want to remove the FlashCopy pair 1001:1101:? [y/n]:n\n',
      ),
    );
    expect(ds.storage.flashCopies().map((f) => f.target)).toEqual(['1101']);
  });

  it('reports a pair that is not a relationship', () => {
    const ds = dsConsole();
    expect(ds.run(rmflash, '-quiet 1000:1100')).toEqual({
      stdout: '',
      stderr:
        'CMUN03030E rmflash: 1000:1100: Copy Services operation failure: The relationship does not exist.\n',
      exitCode: 4,
    });
  });
});
