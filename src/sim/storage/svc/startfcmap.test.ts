import { describe, expect, it } from 'vitest';
import { okOut, svcConsole } from '../test-support/storage-console';
import { svcWithGroup } from '../test-support/svc-setup';
import { lsfcmap } from './lsfcmap';
import { mkfcmap } from './mkfcmap';
import { prestartfcmap } from './prestartfcmap';
import { startfcmap } from './startfcmap';
import { stopfcmap } from './stopfcmap';

const NOT_CHANGED =
  'CMMVC5903E The FlashCopy mapping was not changed because the mapping or consistency group is another state.\n';

describe('prestartfcmap / startfcmap / stopfcmap', () => {
  it('start stand-alone mappings one at a time: mappings started apart capture different instants', () => {
    const svc = svcConsole();
    svc.run(mkfcmap, '-source 12 -target 40 -name m0 -copyrate 0');
    svc.run(mkfcmap, '-source 13 -target 41 -name m1 -copyrate 0');
    // With -prep the command returns once m0's cache flush is done (a second): m0 starts then.
    expect(svc.run(startfcmap, '-prep m0')).toEqual(okOut(''));
    svc.storage.write('12', 'A1');
    svc.storage.write('13', 'B1');
    svc.advance(1);
    expect(svc.run(prestartfcmap, 'm1')).toEqual(okOut(''));
    // The prepare flushes m1's source from the cache: a second for 10 GiB; until then m1 is preparing.
    expect(svc.run(lsfcmap, '-nohdr -delim : m1').stdout).toContain('status:preparing\n');
    expect(svc.run(startfcmap, 'm1')).toEqual({ stdout: '', stderr: NOT_CHANGED, exitCode: 1 });
    svc.advance(1);
    expect(svc.run(startfcmap, 'm1')).toEqual(okOut(''));
    expect([svc.storage.read('40'), svc.storage.read('41')]).toEqual(['A0', 'B1']);
    expect(svc.run(lsfcmap, '-nohdr -delim : -filtervalue name=m*').stdout).toBe(
      '0:m0:12:aixprd_data1:40:aixfc_data1:::copying:0:0:100:off:::no:260714101503:no\n' +
        '1:m1:13:aixprd_data2:41:aixfc_data2:::copying:0:0:100:off:::no:260714101505:no\n',
    );
    expect(svc.run(stopfcmap, 'm0')).toEqual(okOut(''));
    expect(svc.storage.isHostReadable('40')).toBe(false);
  });

  it('refuse a mapping that belongs to a consistency group, and unknown mappings', () => {
    const svc = svcWithGroup(0);
    expect(svc.run(startfcmap, '-prep fcmap_data1')).toEqual({
      stdout: '',
      stderr: NOT_CHANGED,
      exitCode: 1,
    });
    expect(svc.run(stopfcmap, 'nosuch')).toEqual({
      stdout: '',
      stderr: 'CMMVC5753E The specified object does not exist or is not a suitable candidate.\n',
      exitCode: 1,
    });
  });
});
