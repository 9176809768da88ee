import { describe, expect, it } from 'vitest';
import { dsConsole, okOut } from '../test-support/storage-console';
import { lssi } from './lssi';

describe('dscli lssi', () => {
  it('lists the storage images this HMC manages: the id every -dev takes', () => {
    const ds = dsConsole();
    expect(ds.run(lssi, '')).toEqual(
      okOut(
        'Name ID               Storage Unit     Model WWNN             State  ESSNet\n' +
          '============================================================================\n' +
          '-    IBM.2107-75ABCD1 IBM.2107-75ABCD0 961   5005076303FFC011 Online Enabled\n' +
          '-    IBM.2107-75WXYZ1 IBM.2107-75WXYZ0 961   5005076303FFCA91 Online Enabled\n',
      ),
    );
  });

  it('lists the ids only with -s, and the images asked for', () => {
    const ds = dsConsole();
    expect(ds.run(lssi, '-s IBM.2107-75WXYZ1')).toEqual(okOut('ID\n================\nIBM.2107-75WXYZ1\n'));
    expect(ds.run(lssi, '-s IBM.2107-75XXXX1')).toEqual(okOut('CMUC00234I lssi: No Storage Image found.\n'));
  });
});
