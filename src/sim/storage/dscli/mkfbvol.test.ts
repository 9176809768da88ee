import { describe, expect, it } from 'vitest';
import { dsConsole, okOut } from '../test-support/storage-console';
import { lsfbvol } from './lsfbvol';
import { mkfbvol } from './mkfbvol';

describe('dscli mkfbvol', () => {
  it('creates blank target volumes in the extent pool of their rank group, named with #h', () => {
    const ds = dsConsole();
    expect(ds.run(mkfbvol, '-dev IBM.2107-75ABCD1 -extpool P1 -cap 10 -name aixfc_#h 1102-1103')).toEqual(
      okOut(
        'CMUC00025I mkfbvol: FB volume 1102 successfully created.\n' +
          'CMUC00025I mkfbvol: FB volume 1103 successfully created.\n',
      ),
    );
    expect(ds.run(lsfbvol, '1102-1103').stdout).toBe(
      'Name       ID   accstate datastate configstate deviceMTM datatype extpool cap (2^30B) cap (10^9B) cap (blocks)\n' +
        '==============================================================================================================\n' +
        'aixfc_1102 1102 Online   Normal    Normal      2107-900  FB 512   P1      10.0        -           20971520\n' +
        'aixfc_1103 1103 Online   Normal    Normal      2107-900  FB 512   P1      10.0        -           20971520\n',
    );
    expect(ds.storage.read('1102')).toBe('');
  });

  it('reports volumes that exist or sit in the wrong rank group, and creates the others', () => {
    const ds = dsConsole();
    expect(ds.run(mkfbvol, '-extpool P0 -cap 10 1100 1200')).toEqual({
      stdout: 'CMUC00025I mkfbvol: FB volume 1200 successfully created.\n',
      stderr: 'CMUN02016E mkfbvol: 1100: The volume ID is already in use.\n',
      exitCode: 4,
    });
    expect(ds.run(mkfbvol, '-extpool P0 -cap 10 1400 1500').stderr).toBe(
      'CMUN02017E mkfbvol: 1500: The extent pool belongs to the other rank group: even LSSs use P0, odd LSSs P1.\n',
    );
  });

  it('needs -extpool and -cap with valid values', () => {
    const ds = dsConsole();
    const syntax = (stderr: string) => ({ stdout: '', stderr, exitCode: 2 });
    expect(ds.run(mkfbvol, '-cap 10 1200')).toEqual(
      syntax('CMUC00013E mkfbvol: Missing required parameter: -extpool.\n'),
    );
    expect(ds.run(mkfbvol, '-extpool P0 1200')).toEqual(
      syntax('CMUC00013E mkfbvol: Missing required parameter: -cap.\n'),
    );
    expect(ds.run(mkfbvol, '-extpool P0 -cap 10GB 1200')).toEqual(
      syntax('CMUC00014E mkfbvol: Invalid value 10GB for parameter -cap.\n'),
    );
    expect(ds.run(mkfbvol, '-extpool P0 -cap 10 -volgrp V9 1200')).toEqual(
      syntax('CMUC00014E mkfbvol: Invalid value V9 for parameter -volgrp.\n'),
    );
  });
});
