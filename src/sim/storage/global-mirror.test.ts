import { describe, expect, it } from 'vitest';
import { globalMirrorConsole } from './test-support/global-mirror-setup';

describe('Global Mirror: consistency groups on the journals', () => {
  it('keeps the last consistent image on the journals while production writes and the secondaries are fuzzy', () => {
    const ds = globalMirrorConsole(true);
    ds.advance(1);
    ds.storage.write('1000', 'A1');
    ds.storage.write('1001', 'B1');
    // The next consistency group drains both pairs and flashes them to the journals at one instant.
    ds.advance(1);
    ds.storage.write('1000', 'A2');
    expect(['2000', '2001', '2100', '2101'].map((id) => ds.storage.read(id))).toEqual([
      'A2~fuzzy',
      'B1',
      'A1',
      'B1',
    ]);
    ds.advance(1);
    expect(['2000', '2100'].map((id) => ds.storage.read(id))).toEqual(['A2', 'A2']);
  });

  it('forms no consistency group before mkgmir, while paused, or while a session pair is suspended', () => {
    const ds = globalMirrorConsole(false);
    ds.advance(110);
    ds.storage.write('1000', 'A1');
    ds.advance(5);
    // Global Copy alone drained the pair; the journal still holds what mkflash took: the secondary in its
    // first pass, fuzzy.
    expect([ds.storage.read('2000'), ds.storage.read('2100')]).toEqual(['A1', 'A0~fuzzy']);
    ds.storage.mkgmir('IBM.2107-75ABCD1', '10', '01', 0);
    ds.advance(1);
    expect(ds.storage.read('2100')).toBe('A1');
    ds.storage.pausegmir('IBM.2107-75ABCD1', '10', '01');
    ds.storage.write('1000', 'A2');
    ds.advance(5);
    expect([ds.storage.read('2000'), ds.storage.read('2100')]).toEqual(['A2', 'A1']);
    ds.storage.resumegmir('IBM.2107-75ABCD1', '10', '01');
    ds.storage.pausepprc('1001', '2001');
    ds.storage.write('1000', 'A3');
    ds.advance(5);
    expect(ds.storage.read('2100')).toBe('A1');
    expect(ds.storage.gmirMasters('IBM.2107-75ABCD1')[0]).toMatchObject({ cgFormed: 1, cgAttempts: 2 });
  });

  it('gives a failed-over secondary the consistent image only by Fast Reverse Restore from its journal', () => {
    const ds = globalMirrorConsole(true);
    ds.advance(1);
    ds.storage.write('1000', 'A1');
    ds.advance(1);
    ds.storage.pausegmir('IBM.2107-75ABCD1', '10', '01');
    ds.storage.write('1000', 'A2');
    // Refused while 2000 is still a Global Copy secondary.
    expect(ds.storage.reverseflash('2000', '2100', { fast: true, tgtpprc: true })).toEqual({
      ok: false,
      code: 'target-in-use',
      subject: '2000:2100',
    });
    ds.storage.failoverpprc('2000', '1000', 'gcp');
    expect(ds.storage.read('2000')).toBe('A2~fuzzy');
    expect(ds.storage.reverseflash('2000', '2100', { fast: true, tgtpprc: false })).toMatchObject({
      ok: false,
      code: 'target-in-use',
    });
    expect(ds.storage.reverseflash('2000', '2100', { fast: true, tgtpprc: true })).toEqual({
      ok: true,
      value: null,
    });
    expect([ds.storage.read('2000'), ds.storage.read('1000')]).toEqual(['A1', 'A2']);
    // -fast ended the journal relationship: it is made again before Global Mirror resumes.
    expect(ds.storage.flashCopies().map((f) => `${f.source}:${f.target}`)).toEqual(['2001:2101']);
  });

  it('keeps sessions and masters in snapshots', () => {
    const ds = globalMirrorConsole(true);
    const snapshot = ds.storage.snapshot();
    expect([
      snapshot.gmSessions,
      snapshot.gmir?.map((m) => `${m.masterLss} ${m.session} ${m.state}`),
    ]).toEqual([
      [{ image: 'IBM.2107-75ABCD1', lss: '10', id: '01', volumes: ['1000', '1001'] }],
      ['10 01 Running'],
    ]);
  });
});
