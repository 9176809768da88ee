import { describe, expect, it } from 'vitest';
import { dsConsole, okOut } from '../test-support/storage-console';
import { mkflash } from './mkflash';

describe('dscli mkflash', () => {
  it('creates each pair with CMUC00137I and copies the sources as they are now', () => {
    const ds = dsConsole();
    expect(ds.run(mkflash, '-dev IBM.2107-75ABCD1 -record -persist -nocp 1000:1100 1001:1101')).toEqual(
      okOut(
        'CMUC00137I mkflash: FlashCopy pair 1000:1100 successfully created.\n' +
          'CMUC00137I mkflash: FlashCopy pair 1001:1101 successfully created.\n',
      ),
    );
    expect([ds.storage.read('1100'), ds.storage.read('1101')]).toEqual(['A0', 'B0']);
  });

  it('with -freeze holds writes to the sources until unfreezeflash: one instant for the whole group', () => {
    const ds = dsConsole();
    ds.run(mkflash, '-freeze -nocp 1000:1100');
    expect(ds.storage.write('1000', 'A1')).toEqual({ ok: false, reason: 'held' });
    ds.advance(5);
    ds.run(mkflash, '-freeze -nocp 1001:1101');
    expect(ds.storage.isFrozen('1001')).toBe(true);
  });

  it('without -freeze, pairs made a moment apart while writes go on capture different instants', () => {
    const ds = dsConsole();
    ds.run(mkflash, '-nocp 1000:1100');
    ds.storage.write('1000', 'A1');
    ds.storage.write('1001', 'B1');
    ds.advance(2);
    ds.run(mkflash, '-nocp 1001:1101');
    expect([ds.storage.read('1100'), ds.storage.read('1101')]).toEqual(['A0', 'B1']);
  });

  it('with -tgtinhibit makes the target read-only for hosts', () => {
    const ds = dsConsole();
    ds.run(mkflash, '-tgtinhibit -nocp 1000:1100');
    expect([ds.storage.isHostReadable('1100'), ds.storage.isHostWritable('1100')]).toEqual([true, false]);
  });

  it('reports each failing pair on stderr with exit code 4 and still creates the others', () => {
    const ds = dsConsole();
    expect(ds.run(mkflash, '-nocp 1000:1000 1001:1101 1000:1F00')).toEqual({
      stdout: 'CMUC00137I mkflash: FlashCopy pair 1001:1101 successfully created.\n',
      stderr:
        'CMUN03001E mkflash: 1000:1000: Copy Services operation failure: The source and target volume are the same volume.\n' +
        'CMUN03005E mkflash: 1000:1F00: Copy Services operation failure: The volume does not exist.\n',
      exitCode: 4,
    });
  });

  it('refuses a target that is already a FlashCopy target', () => {
    const ds = dsConsole();
    ds.run(mkflash, '-nocp 1000:1100');
    expect(ds.run(mkflash, '-nocp 1001:1100')).toEqual({
      stdout: '',
      stderr:
        'CMUN03043E mkflash: 1001:1100: Copy Services operation failure: The target volume is already in a copy relationship.\n',
      exitCode: 4,
    });
  });

  it('refuses a target volume that is on another storage image', () => {
    const ds = dsConsole();
    expect(ds.run(mkflash, '-dev IBM.2107-75ABCD1 1000:2000').stderr).toBe(
      'CMUN03005E mkflash: 1000:2000: Copy Services operation failure: The volume does not exist.\n',
    );
  });

  it('accepts fully qualified volume ids', () => {
    const ds = dsConsole();
    expect(ds.run(mkflash, 'IBM.2107-75ABCD1/1000:IBM.2107-75ABCD1/1100')).toEqual(
      okOut('CMUC00137I mkflash: FlashCopy pair 1000:1100 successfully created.\n'),
    );
  });

  it('gives the client syntax errors with exit code 2 before touching any pair', () => {
    const ds = dsConsole();
    const syntax = (stderr: string) => ({ stdout: '', stderr, exitCode: 2 });
    expect(ds.run(mkflash, '-frezee 1000:1100')).toEqual(
      syntax('CMUC00011E mkflash: Unknown parameter -frezee.\n'),
    );
    expect(ds.run(mkflash, '-nocp')).toEqual(
      syntax('CMUC00013E mkflash: Missing required parameter: source_volume_ID:target_volume_ID.\n'),
    );
    expect(ds.run(mkflash, '1000:1100 1000')).toEqual(
      syntax(
        'CMUC00016E mkflash: 1000 is not a valid volume pair. Specify source_volume_ID:target_volume_ID.\n',
      ),
    );
    expect(ds.run(mkflash, '-dev IBM.2107-75NOPE1 1000:1100')).toEqual(
      syntax('CMUC00019E mkflash: The storage image ID IBM.2107-75NOPE1 is not known to this HMC.\n'),
    );
    expect(ds.run(mkflash, '-seqnum XYZ 1000:1100')).toEqual(
      syntax('CMUC00014E mkflash: Invalid value XYZ for parameter -seqnum.\n'),
    );
    expect(ds.run(mkflash, '1000:1100 -nocp')).toEqual(
      syntax('CMUC00011E mkflash: Unknown parameter -nocp.\n'),
    );
    expect(ds.storage.flashCopies()).toEqual([]);
  });

  it('reads the pairs from standard input when the operand is -', () => {
    const ds = dsConsole();
    expect(ds.run(mkflash, '-nocp -', '1000:1100\n1001:1101\n').stdout).toBe(
      'CMUC00137I mkflash: FlashCopy pair 1000:1100 successfully created.\n' +
        'CMUC00137I mkflash: FlashCopy pair 1001:1101 successfully created.\n',
    );
  });

  it('needs -tgtpprc to flash onto a Metro Mirror primary, whose secondary then gets the image', () => {
    const ds = dsConsole();
    ds.storage.mkpprc('1100', '2000', { type: 'mmir', nocp: true, tgtread: false });
    expect(ds.run(mkflash, '-nocp 1000:1100').stderr).toBe(
      'CMUN03043E mkflash: 1000:1100: Copy Services operation failure: The target volume is already in a copy relationship.\n',
    );
    expect(ds.run(mkflash, '-nocp -tgtpprc 1000:1100')).toEqual(
      okOut('CMUC00137I mkflash: FlashCopy pair 1000:1100 successfully created.\n'),
    );
    // The image lands on the Metro Mirror primary, so it reaches the secondary too.
    expect(ds.storage.read('2000')).toBe('A0');
  });
});
