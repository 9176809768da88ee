import { describe, expect, it } from 'vitest';
import { dsConsole, okOut } from '../test-support/storage-console';
import { lsflash } from './lsflash';
import { mkflash } from './mkflash';

describe('dscli lsflash', () => {
  it('lists the relationships of the volumes with flags mapped to columns', () => {
    const ds = dsConsole();
    ds.run(mkflash, '-freeze -record -persist -nocp 1000:1100');
    ds.run(mkflash, '-tgtinhibit 1001:1101');
    expect(ds.run(lsflash, '-dev IBM.2107-75ABCD1 1000-1001')).toEqual(
      okOut(
        'ID        SrcLSS SequenceNum Timeout ActiveCopy Recording Persistent Revertible SourceWriteEnabled TargetWriteEnabled BackgroundCopy\n' +
          '====================================================================================================================================\n' +
          '1000:1100 10     0           60      Disabled   Enabled   Enabled    Disabled   Disabled           Enabled            Disabled\n' +
          '1001:1101 10     0           60      Enabled    Disabled  Disabled   Disabled   Enabled            Disabled           Enabled\n',
      ),
    );
  });

  it('with -l adds out-of-sync tracks, dates and state', () => {
    const ds = dsConsole();
    ds.run(mkflash, '1000:1100');
    ds.advance(26);
    expect(ds.run(lsflash, '-l 1100')).toEqual(
      okOut(
        'ID        SrcLSS SequenceNum Timeout ActiveCopy Recording Persistent Revertible SourceWriteEnabled TargetWriteEnabled BackgroundCopy OutOfSyncTracks DateCreated                  DateSynced                   State\n' +
          '====================================================================================================================================================================================================================\n' +
          '1000:1100 10     0           60      Enabled    Disabled  Disabled   Disabled   Enabled            Enabled            Enabled        80640           Tue Jul 14 10:15:02 UTC 2026 Tue Jul 14 10:15:02 UTC 2026 Valid\n',
      ),
    );
  });

  it('filters with -record and prints only ids with -s, delimited with -fmt delim', () => {
    const ds = dsConsole();
    ds.run(mkflash, '-record -nocp 1000:1100');
    ds.run(mkflash, '-nocp 1001:1101');
    expect(ds.run(lsflash, '-s -record 1000-1001')).toEqual(okOut('ID\n=========\n1000:1100\n'));
    expect(ds.run(lsflash, '-s -fmt delim -delim , -hdr off 1000-1001')).toEqual(
      okOut('1000:1100\n1001:1101\n'),
    );
  });

  it('says CMUC00234I when there is none', () => {
    const ds = dsConsole();
    expect(ds.run(lsflash, '1000')).toEqual(okOut('CMUC00234I lsflash: No Flash Copy found.\n'));
  });

  it('rejects a missing operand, bad ranges and -s with -l', () => {
    const ds = dsConsole();
    expect(ds.run(lsflash, '')).toEqual({
      stdout: '',
      stderr: 'CMUC00013E lsflash: Missing required parameter: source_volume_ID:target_volume_ID.\n',
      exitCode: 2,
    });
    expect(ds.run(lsflash, '1000-1100').stderr).toBe(
      'CMUC00018E lsflash: 1000-1100 is not a valid volume ID range. Both ends must be in one LSS, low to high.\n',
    );
    expect(ds.run(lsflash, '10000').stderr).toBe(
      'CMUC00015E lsflash: 10000 is not a valid volume ID. Specify 4 hexadecimal digits, for example 1000.\n',
    );
    expect(ds.run(lsflash, '-s -l 1000').stderr).toBe(
      'CMUC00020E lsflash: The -s and -l parameters cannot be used together.\n',
    );
  });
});
