import { describe, expect, it } from 'vitest';
import { newDisks, readLspv } from './lspv-diff';

// docs/aix-behaviour.md 1.2: lspv on a host with datavg varied on, before the target LUNs are mapped.
const before = `hdisk0          00c8b12ce3c7d496                    rootvg          active
hdisk2          00c8b12cd9de1a01                    datavg          active
hdisk3          00c8b12cd9de2b17                    datavg          active`;

const sources = [
  { name: 'hdisk2', pvid: '00c8b12cd9de1a01' },
  { name: 'hdisk3', pvid: '00c8b12cd9de2b17' },
];

describe('the lspv before/after comparison', () => {
  it('finds the LUNs cfgmgr configured before the copy: new disks without a PVID', () => {
    const after = `# lspv
${before}
hdisk4          none                                None
hdisk5          none                                None`;
    const a = readLspv(after);
    const b = readLspv(before);
    if (!a.ok || !b.ok) throw new Error('both pastes are lspv output');
    expect(newDisks(b.rows, a.rows, sources)).toEqual([
      { name: 'hdisk4', pvid: null, vg: null, state: '' },
      { name: 'hdisk5', pvid: null, vg: null, state: '' },
    ]);
  });

  it('marks a new disk that carries a source PVID: the copy was configured next to its source', () => {
    const after = `${before}
hdisk8          00c8b12cd9de1a01                    datavg          active`;
    const a = readLspv(after);
    const b = readLspv(before);
    if (!a.ok || !b.ok) throw new Error('both pastes are lspv output');
    expect(newDisks(b.rows, a.rows, sources)).toEqual([
      { name: 'hdisk8', pvid: '00c8b12cd9de1a01', vg: 'datavg', state: 'active', duplicateOf: 'hdisk2' },
    ]);
  });

  it('names the line it cannot read and what to paste instead', () => {
    expect(readLspv(`${before}\nhdisk4 00c8b12c zzz`)).toEqual({
      ok: false,
      error:
        'Could not read line 4: expected \'hdiskN  PVID|none  VG|None  [active|concurrent]\', got "hdisk4 00c8b12c zzz". Paste the output of lspv exactly as printed.',
    });
  });

  it('refuses a line longer than any lspv row instead of dropping it in silence', () => {
    expect(readLspv(`${before}\nhdisk4 ${' '.repeat(2000)}none None`)).toEqual({
      ok: false,
      error: `Could not read line 4: expected at most 1024 characters on a line, as AIX prints them; this line has 2016, so it is not AIX output: paste the command's output as printed, got "hdisk4${' '.repeat(34)}…". Paste the output of lspv exactly as printed.`,
    });
  });
});
