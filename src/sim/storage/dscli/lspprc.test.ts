import { describe, expect, it } from 'vitest';
import { dsConsole, okOut } from '../test-support/storage-console';
import { lspprc } from './lspprc';
import { mkpprc } from './mkpprc';
import { pausepprc } from './pausepprc';

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

  it('shows with -l the Out Of Sync Tracks a Global Copy pair still has to send, and when it was suspended', () => {
    const ds = dsConsole();
    ds.run(mkpprc, '-remotedev IBM.2107-75WXYZ1 -type gcp 1000:2000');
    // 10 GB = 163840 tracks; after 50 of the first pass's 103 seconds, 53 seconds of 1600 tracks remain.
    ds.advance(50);
    expect(ds.run(lspprc, '-l 1000').stdout.split('\n')[2]).toBe(
      '1000:2000 Copy Pending -      Global Copy 84800              Disabled Disabled    Invalid     -              10        60             Disabled      False',
    );
    ds.advance(53);
    ds.storage.write('1000', 'A1');
    ds.run(pausepprc, '-remotedev IBM.2107-75WXYZ1 1000:2000');
    expect(ds.run(lspprc, '-l 1000')).toEqual(
      okOut(
        'ID        State     Reason      Type        Out Of Sync Tracks Tgt Read Src Cascade Tgt Cascade Date Suspended               SourceLSS Timeout (secs) Critical Mode First Pass Status\n' +
          '=====================================================================================================================================================================================\n' +
          '1000:2000 Suspended Host Source Global Copy 4096               Disabled Disabled    Invalid     Tue Jul 14 10:16:45 UTC 2026 10        60             Disabled      True\n',
      ),
    );
    expect(ds.run(lspprc, '-s -l 1000').stderr).toBe(
      'CMUC00020E lspprc: The -s and -l parameters cannot be used together.\n',
    );
  });
});
