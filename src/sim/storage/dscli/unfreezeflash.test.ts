import { describe, expect, it } from 'vitest';
import { dsConsole, okOut } from '../test-support/storage-console';
import { mkflash } from './mkflash';
import { unfreezeflash } from './unfreezeflash';

describe('dscli unfreezeflash', () => {
  it('releases the writes held by mkflash -freeze on the LSS', () => {
    const ds = dsConsole();
    ds.run(mkflash, '-freeze -nocp 1000:1100 1001:1101');
    expect(ds.storage.write('1001', 'B1')).toEqual({ ok: false, reason: 'held' });
    expect(ds.run(unfreezeflash, '-dev IBM.2107-75ABCD1 10')).toEqual(
      okOut(
        'CMUC00172I unfreezeflash: FlashCopy consistency group for logical subsystem 10: successfully reset.\n',
      ),
    );
    expect(ds.storage.write('1001', 'B1')).toEqual({ ok: true });
    expect([ds.storage.read('1100'), ds.storage.read('1101')]).toEqual(['A0', 'B0']);
  });

  it('is accepted where nothing is frozen, and changes nothing', () => {
    const ds = dsConsole();
    ds.run(mkflash, '-nocp 1000:1100');
    expect(ds.run(unfreezeflash, '-dev IBM.2107-75ABCD1 10 11')).toEqual(
      okOut(
        'CMUC00172I unfreezeflash: FlashCopy consistency group for logical subsystem 10: successfully reset.\n' +
          'CMUC00172I unfreezeflash: FlashCopy consistency group for logical subsystem 11: successfully reset.\n',
      ),
    );
    expect(ds.storage.write('1000', 'A1')).toEqual({ ok: true });
  });

  it('needs an LSS id, not a volume id', () => {
    const ds = dsConsole();
    expect(ds.run(unfreezeflash, '1000')).toEqual({
      stdout: '',
      stderr:
        'CMUC00017E unfreezeflash: 1000 is not a valid logical subsystem ID. Specify 2 hexadecimal digits.\n',
      exitCode: 2,
    });
    expect(ds.run(unfreezeflash, '').stderr).toBe(
      'CMUC00013E unfreezeflash: Missing required parameter: source_LSS_ID.\n',
    );
  });
});
