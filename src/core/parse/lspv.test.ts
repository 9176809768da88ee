import { describe, expect, it } from 'vitest';
import { emptyFacts } from '../model/sample';
import { lspvParser } from './lspv';
import { parseOutput } from './parse-output';
import { runbookFor } from './test-support/facts';
import * as aix from './test-support/reference-outputs';
import { toLines } from './text';

describe('lspv', () => {
  it('reads every disk: PVID or none, VG or None, active / concurrent / blank', () => {
    expect(lspvParser.parse(toLines(aix.lspv))).toEqual({
      data: [
        { name: 'hdisk0', pvid: '00c8b12ce3c7d496', vg: 'rootvg', state: 'active' },
        { name: 'hdisk1', pvid: '00c8b12c57a1e3f0', vg: 'altinst_rootvg', state: '' },
        { name: 'hdisk2', pvid: '00c8b12cd9de1a01', vg: 'datavg', state: 'active' },
        { name: 'hdisk3', pvid: '00c8b12cd9de2b17', vg: 'datavg', state: 'active' },
        { name: 'hdisk4', pvid: null, vg: null, state: '' },
        { name: 'hdisk5', pvid: '00c8b12cf0a2c3d4', vg: null, state: '' },
      ],
      read: [
        'hdisk0: PVID 00c8b12ce3c7d496, in rootvg (active)',
        'hdisk1: PVID 00c8b12c57a1e3f0, in altinst_rootvg (varied off)',
        'hdisk2: PVID 00c8b12cd9de1a01, in datavg (active)',
        'hdisk3: PVID 00c8b12cd9de2b17, in datavg (active)',
        'hdisk4: no PVID, in no VG',
        'hdisk5: PVID 00c8b12cf0a2c3d4, in no VG',
      ],
      errors: [],
    });
  });

  it("fills the source VG's disks and its state, and the host's inventory", () => {
    const facts = runbookFor('datavg');
    expect(parseOutput(aix.lspv).apply(facts)).toEqual({
      facts: {
        ...facts,
        sourceVg: {
          ...facts.sourceVg,
          disks: [
            { name: 'hdisk2', pvid: '00c8b12cd9de1a01' },
            { name: 'hdisk3', pvid: '00c8b12cd9de2b17' },
          ],
        },
        sourceOnHost: { present: true, variedOn: true, otherCopies: [] },
        host: {
          disks: [
            { name: 'hdisk0', pvid: '00c8b12ce3c7d496', vg: 'rootvg', vgState: 'active' },
            { name: 'hdisk1', pvid: '00c8b12c57a1e3f0', vg: 'altinst_rootvg', vgState: '' },
            { name: 'hdisk2', pvid: '00c8b12cd9de1a01', vg: 'datavg', vgState: 'active' },
            { name: 'hdisk3', pvid: '00c8b12cd9de2b17', vg: 'datavg', vgState: 'active' },
            { name: 'hdisk4', pvid: null, vg: null, vgState: '' },
            { name: 'hdisk5', pvid: '00c8b12cf0a2c3d4', vg: null, vgState: '' },
          ],
        },
      },
      notes: [],
    });
  });

  it('tells a copy configured beside its source (duplicate PVID) from the source disk', () => {
    const afterCfgmgr = `hdisk0          00c8b12ce3c7d496                    rootvg          active
hdisk2          00c8b12cd9de1a01                    datavg          active
hdisk8          00c8b12cd9de1a01                    datavg          active
`;
    const { facts, notes } = parseOutput(afterCfgmgr).apply(runbookFor('datavg'));
    expect(facts.sourceVg.disks).toEqual([{ name: 'hdisk2', pvid: '00c8b12cd9de1a01' }]);
    expect(notes).toEqual([
      'hdisk8 carries the PVID of hdisk2 (duplicate PVID): a copy of datavg is configured on this host',
    ]);
  });

  it('takes a VG varied on in concurrent mode as varied on (docs/aix-behaviour.md §1.2, a PowerHA copy beside its source)', () => {
    const concurrent = `hdisk2          00f87d7a4fe73cd8                    oravg           concurrent
hdisk6          00f87d7a4fe73cd8                    oravg           concurrent
`;
    const { facts, notes } = parseOutput(concurrent).apply(runbookFor('oravg'));
    expect([facts.sourceVg.disks, facts.sourceOnHost, notes]).toEqual([
      [{ name: 'hdisk2', pvid: '00f87d7a4fe73cd8' }],
      { present: true, variedOn: true, otherCopies: [] },
      ['hdisk6 carries the PVID of hdisk2 (duplicate PVID): a copy of oravg is configured on this host'],
    ]);
  });

  it('sees the source VG known but varied off (blank state), and a source that is not on this host', () => {
    const variedOff = 'hdisk2          00c8b12cd9de1a01                    datavg\n';
    expect(parseOutput(variedOff).patch(runbookFor('datavg')).sourceOnHost).toEqual({
      present: true,
      variedOn: false,
      otherCopies: [],
    });
    const elsewhere = parseOutput(aix.lspv).apply(runbookFor('oravg'));
    expect(elsewhere.facts.sourceOnHost).toEqual({ present: false, variedOn: false, otherCopies: [] });
    expect(elsewhere.notes).toEqual(['lspv shows no disk in oravg: the source VG is not known on this host']);
  });

  it('follows the existing copy of a refresh: its disks and whether it is varied on', () => {
    const facts = {
      ...runbookFor('datavg'),
      mode: 'refresh' as const,
      existingCopy: { vgName: 'altinst_rootvg', disks: [], variedOn: true, mounted: false },
    };
    expect(parseOutput(aix.lspv).patch(facts).existingCopy).toEqual({
      vgName: 'altinst_rootvg',
      disks: ['hdisk1'],
      variedOn: false,
      mounted: false,
    });
  });

  it('waits for the source VG name before taking disks', () => {
    const { facts, notes } = parseOutput(aix.lspv).apply(emptyFacts());
    expect(facts.sourceVg).toEqual(emptyFacts().sourceVg);
    expect(notes).toEqual(['the source VG is not named yet: name it to take its disks from this lspv']);
  });

  it('points at the line it cannot read and still reads the others', () => {
    const pasted = `hdisk0          00c8b12ce3c7d496                    rootvg          active
hdisk2          00c8b12cd9de1a0                     datavg          active
hdisk3          00c8b12cd9de2b17                    datavg          varyon
hdisk4          none                                None
`;
    const result = parseOutput(pasted, 'lspv');
    expect(result.kind).toBe('lspv');
    expect(result.errors).toEqual([
      {
        line: 2,
        text: 'hdisk2          00c8b12cd9de1a0                     datavg          active',
        message: "expected 'hdiskN  PVID|none  VG|None  [active|concurrent]'",
      },
      {
        line: 3,
        text: 'hdisk3          00c8b12cd9de2b17                    datavg          varyon',
        message: "expected 'hdiskN  PVID|none  VG|None  [active|concurrent]'",
      },
    ]);
    // The unread line has every column of a row: a row mistyped, not the cut end of hdisk0's row.
    expect(result.read).toEqual([
      'hdisk0: PVID 00c8b12ce3c7d496, in rootvg (active)',
      'hdisk4: no PVID, in no VG',
    ]);
  });
});
