import { describe, expect, it } from 'vitest';
import { dsConsole, okOut } from '../test-support/storage-console';
import { lspprc } from './lspprc';
import { mkpprc } from './mkpprc';

const HEADER =
  'ID        State        Reason Type         SourceLSS Timeout (secs) Critical Mode First Pass Status\n' +
  '===================================================================================================\n';

describe('dscli lspprc', () => {
  it('shows Copy Pending during the first pass, then Full Duplex', () => {
    const ds = dsConsole();
    ds.run(mkpprc, '-remotedev IBM.2107-75WXYZ1 -type mmir 1000:2000 1001:2001');
    expect(ds.run(lspprc, '-dev IBM.2107-75ABCD1 1000-1001')).toEqual(
      okOut(
        `${HEADER}` +
          '1000:2000 Copy Pending -      Metro Mirror 10        60             Disabled      Invalid\n' +
          '1001:2001 Copy Pending -      Metro Mirror 10        60             Disabled      Invalid\n',
      ),
    );
    ds.advance(103);
    expect(ds.run(lspprc, '1000:2000').stdout).toBe(
      'ID        State       Reason Type         SourceLSS Timeout (secs) Critical Mode First Pass Status\n' +
        '==================================================================================================\n' +
        '1000:2000 Full Duplex -      Metro Mirror 10        60             Disabled      Invalid\n',
    );
  });

  it('shows the secondary side as Target states from the remote image', () => {
    const ds = dsConsole();
    ds.run(mkpprc, '-remotedev IBM.2107-75WXYZ1 -type gcp 1000:2000');
    ds.advance(103);
    expect(ds.run(lspprc, '-dev IBM.2107-75WXYZ1 2000')).toEqual(
      okOut(
        'ID        State               Reason Type        SourceLSS Timeout (secs) Critical Mode First Pass Status\n' +
          '=========================================================================================================\n' +
          '1000:2000 Target Copy Pending -      Global Copy 10        60             Disabled      True\n',
      ),
    );
  });

  it('filters with -state and lists ids with -s', () => {
    const ds = dsConsole();
    ds.run(mkpprc, '-remotedev IBM.2107-75WXYZ1 -type mmir -mode nocp 1000:2000');
    ds.run(mkpprc, '-remotedev IBM.2107-75WXYZ1 -type mmir 1001:2001');
    expect(ds.run(lspprc, '-s -state full-duplex 1000-1001')).toEqual(okOut('ID\n=========\n1000:2000\n'));
    expect(ds.run(lspprc, '-state suspended 1000-1001')).toEqual(
      okOut('CMUC00234I lspprc: No Remote Mirror and Copy found.\n'),
    );
    expect(ds.run(lspprc, '-state broken 1000').stderr).toBe(
      'CMUC00014E lspprc: Invalid value broken for parameter -state.\n',
    );
  });
});
