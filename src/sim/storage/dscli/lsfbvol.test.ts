import { describe, expect, it } from 'vitest';
import { dsConsole, okOut } from '../test-support/storage-console';
import { lsfbvol } from './lsfbvol';

describe('dscli lsfbvol', () => {
  it('lists the volumes of the storage image with their capacity', () => {
    const ds = dsConsole();
    ds.storage.createVolume({ id: '1102', name: 'aixfc_log', sizeGb: 2 });
    expect(ds.run(lsfbvol, '-dev IBM.2107-75ABCD1 1100-11FF')).toEqual(
      okOut(
        'Name      ID   accstate datastate configstate deviceMTM datatype extpool cap (2^30B) cap (10^9B) cap (blocks)\n' +
          '=============================================================================================================\n' +
          '-         1100 Online   Normal    Normal      2107-900  FB 512   P1      10.0        -           20971520\n' +
          '-         1101 Online   Normal    Normal      2107-900  FB 512   P1      10.0        -           20971520\n' +
          'aixfc_log 1102 Online   Normal    Normal      2107-900  FB 512   P1      2.0         -           4194304\n',
      ),
    );
  });

  it('lists only the volumes of the -dev image, ids only with -s', () => {
    const ds = dsConsole();
    expect(ds.run(lsfbvol, '-dev IBM.2107-75WXYZ1 -s')).toEqual(okOut('ID\n====\n2000\n2001\n'));
    expect(ds.run(lsfbvol, '-extpool P0 -s')).toEqual(okOut('ID\n====\n1000\n1001\n'));
    expect(ds.run(lsfbvol, '3000')).toEqual(okOut('CMUC00234I lsfbvol: No FB Volume found.\n'));
  });
});
