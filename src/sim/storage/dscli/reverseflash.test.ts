import { describe, expect, it } from 'vitest';
import { globalMirrorConsole } from '../test-support/global-mirror-setup';
import { errOut, okOut } from '../test-support/storage-console';
import { failoverpprc } from './failoverpprc';
import { lsflash } from './lsflash';
import { pausegmir } from './pausegmir';
import { reverseflash } from './reverseflash';

describe('dscli reverseflash', () => {
  it('Fast Reverse Restore puts the journal image back on the failed-over secondaries and ends the journal', () => {
    const ds = globalMirrorConsole(true);
    ds.advance(1);
    ds.storage.write('1000', 'A1');
    ds.advance(1);
    ds.run(pausegmir, '-lss 10 -session 01');
    ds.storage.write('1000', 'A2');
    expect(ds.run(reverseflash, '-dev IBM.2107-75WXYZ1 -fast -tgtpprc 2000:2100')).toEqual(
      errOut(
        'CMUN03043E reverseflash: 2000:2100: Copy Services operation failure: The target volume is already in a copy relationship.\n',
        4,
      ),
    );
    ds.run(failoverpprc, '-dev IBM.2107-75WXYZ1 -remotedev IBM.2107-75ABCD1 -type gcp 2000:1000 2001:1001');
    expect(ds.run(reverseflash, '-dev IBM.2107-75WXYZ1 -fast -tgtpprc 2000:2100 2001:2101')).toEqual(
      okOut(
        'CMUC00169I reverseflash: FlashCopy volume pair 2000:2100 successfully reversed.\n' +
          'CMUC00169I reverseflash: FlashCopy volume pair 2001:2101 successfully reversed.\n',
      ),
    );
    expect(['2000', '2001'].map((id) => ds.storage.read(id))).toEqual(['A1', 'B0']);
    expect(ds.run(lsflash, '-dev IBM.2107-75WXYZ1 2000-2001')).toEqual(
      okOut('CMUC00234I lsflash: No Flash Copy found.\n'),
    );
  });
});
