import { describe, expect, it } from 'vitest';
import { lsvgLvsParser } from './lsvg-lvs';
import { lsvgStatusParser } from './lsvg-status';
import { parseOutput, parsePaste } from './parse-output';
import { runbookFor } from './test-support/facts';
import * as aix from './test-support/reference-outputs';
import { toLines } from './text';

describe('lsvg and lsvg -o', () => {
  it('reads the defined and the varied-on VGs from a transcript, and whether the source is among them', () => {
    const [defined, active] = parsePaste(aix.lsvgTranscript);
    expect([defined.kind, defined.read, defined.errors]).toEqual([
      'lsvg',
      ['VGs defined: altinst_rootvg, rootvg, oraswvg, datavg'],
      [],
    ]);
    expect([active.kind, active.read, active.errors]).toEqual(['lsvg-active', ['varied on: rootvg'], []]);
    const facts = active.patch(defined.patch(runbookFor('datavg')));
    expect(facts).toEqual({
      ...runbookFor('datavg'),
      sourceOnHost: { present: true, variedOn: false, otherCopies: [] },
      host: { vgs: ['altinst_rootvg', 'rootvg', 'oraswvg', 'datavg'], activeVgs: ['rootvg'] },
    });
  });

  it('reads a bare list as lsvg, and as lsvg -o where the page asks for it', () => {
    expect(parseOutput('rootvg\ndatavg\n').kind).toBe('lsvg');
    expect(parseOutput('rootvg\ndatavg\n', 'lsvg-active').kind).toBe('lsvg-active');
  });
});

describe('lsvg VG', () => {
  it('reads the status block: name, state, format and disks', () => {
    expect(lsvgStatusParser.parse(toLines(aix.lsvgStatus))).toEqual({
      data: {
        vg: 'datavg',
        vgid: '00c8b12c00004c000000018c2a6e7b1d',
        state: 'active',
        type: 'scalable',
        ppSizeMb: 64,
        totalPvs: 2,
      },
      read: ['datavg: scalable VG, active, 2 disk(s)'],
      errors: [],
    });
  });

  it('tells an original-format VG (MAX PPs per PV line) from a big one by its PPs per VG', () => {
    const original = aix.lsvgStatus.replace(
      'MAX PPs per VG:     32768                    MAX PVs:        1024',
      'MAX PPs per VG:     32512\nMAX PPs per PV:     1016                     MAX PVs:        32',
    );
    expect(lsvgStatusParser.parse(toLines(original)).data?.type).toBe('original');
    const big = original.replace('32512', '130048').replace('MAX PVs:        32', 'MAX PVs:        128');
    expect(lsvgStatusParser.parse(toLines(big)).data?.type).toBe('big');
  });

  it('takes the VG as the source of a new runbook, varied on', () => {
    const facts = runbookFor('');
    expect(parseOutput(aix.lsvgStatus).apply(facts)).toEqual({
      facts: {
        ...facts,
        sourceVg: { ...facts.sourceVg, name: 'datavg', type: 'scalable' },
        sourceOnHost: { present: true, variedOn: true, otherCopies: [] },
      },
      notes: [],
    });
  });

  it("leaves the source alone when the output is another VG's", () => {
    const facts = runbookFor('oravg');
    expect(parseOutput(aix.lsvgStatus).apply(facts)).toEqual({
      facts,
      notes: ['lsvg shows datavg, not the source VG oravg: only the host inventory was taken from it'],
    });
  });

  it('says which label lines are missing', () => {
    const cut =
      'VOLUME GROUP:       datavg                   VG IDENTIFIER:  00c8b12c00004c000000018c2a6e7b1d\n';
    expect(parseOutput(cut).errors).toEqual([
      {
        line: 1,
        text: 'VOLUME GROUP:       datavg                   VG IDENTIFIER:  00c8b12c00004c000000018c2a6e7b1d',
        message: "expected the lines 'VG STATE:', 'MAX PPs per VG:' of lsvg VG",
      },
    ]);
  });
});

/** datavg of docs/aix-behaviour.md §2.3 as the runbook's source. */
const datavg = () => parseOutput(aix.lsvgLvs).patch(runbookFor('datavg'));

describe('lsvg -l VG', () => {
  it('reads each LV with its type, state and mount point (N/A: none)', () => {
    expect(lsvgLvsParser.parse(toLines(aix.lsvgLvs)).data).toEqual([
      {
        vg: 'datavg',
        lvs: [
          { name: 'loglv00', type: 'jfs2log', lps: 1, pps: 1, pvs: 1, state: 'open/syncd' },
          {
            name: 'datalv',
            type: 'jfs2',
            lps: 1600,
            pps: 1600,
            pvs: 2,
            state: 'open/syncd',
            mountPoint: '/data',
          },
          {
            name: 'archlv',
            type: 'jfs2',
            lps: 960,
            pps: 960,
            pvs: 1,
            state: 'closed/syncd',
            mountPoint: '/arch',
          },
          { name: 'rawlv01', type: 'raw', lps: 3, pps: 3, pvs: 1, state: 'closed/syncd' },
        ],
      },
    ]);
  });

  it("fills the source VG's LVs and file systems, mounted where the LV is open, on the VG's log until /etc/filesystems says", () => {
    const facts = runbookFor('datavg');
    expect(parseOutput(aix.lsvgLvs).patch(facts).sourceVg).toEqual({
      ...facts.sourceVg,
      lvs: [
        { name: 'loglv00', type: 'jfs2log', disks: [] },
        { name: 'datalv', type: 'jfs2', mountPoint: '/data', disks: [] },
        { name: 'archlv', type: 'jfs2', mountPoint: '/arch', disks: [] },
        { name: 'rawlv01', type: 'raw', disks: [] },
      ],
      fileSystems: [
        { mountPoint: '/data', lv: 'datalv', vfs: 'jfs2', log: 'loglv00', logRead: false, mounted: true },
        { mountPoint: '/arch', lv: 'archlv', vfs: 'jfs2', log: 'loglv00', logRead: false, mounted: false },
      ],
    });
  });

  it("keeps another VG's LV names and mount points as names the copy must not take", () => {
    const facts = runbookFor('oravg');
    expect(parseOutput(aix.lsvgLvs).patch(facts)).toEqual({
      ...facts,
      host: { lvNames: ['loglv00', 'datalv', 'archlv', 'rawlv01'], mountPoints: ['/data', '/arch'] },
    });
  });

  it("recognises another copy of the source on this host: its LVs are the source's with recreatevg's prefix", () => {
    // docs/aix-behaviour.md §2.3: the same VG after `recreatevg -y fcdatavg hdisk8 hdisk9` (default prefix fs).
    const copy = `fcdatavg:
LV NAME             TYPE       LPs     PPs     PVs  LV STATE      MOUNT POINT
fsloglv00           jfs2log    1       1       1    closed/syncd  N/A
fsdatalv            jfs2       1600    1600    2    closed/syncd  /fs/data
fsarchlv            jfs2       960     960     1    closed/syncd  /fs/arch
fsrawlv01           raw        3       3       1    closed/syncd  N/A
`;
    const lspv =
      'hdisk8          00c8b12c3e91f0a2                    fcdatavg        active\nhdisk9          00c8b12c3e91f3c5                    fcdatavg        active\n';
    const facts = parseOutput(lspv).patch(datavg());
    expect(parseOutput(copy).apply(facts)).toEqual({
      facts: {
        ...facts,
        sourceOnHost: {
          ...facts.sourceOnHost,
          otherCopies: [
            {
              vgName: 'fcdatavg',
              variedOn: true,
              disks: ['hdisk8', 'hdisk9'],
              lvPrefix: 'fs',
              mountPrefix: '/fs',
            },
          ],
        },
        host: {
          ...facts.host,
          lvNames: ['fsloglv00', 'fsdatalv', 'fsarchlv', 'fsrawlv01'],
          mountPoints: ['/fs/data', '/fs/arch'],
        },
      },
      notes: [],
    });
    const notACopy = copy.replace('fsrawlv01           raw ', 'fsrawlv01           jfs2');
    expect(parseOutput(notACopy).patch(facts).sourceOnHost.otherCopies).toEqual([]);
  });

  it('points at a row it cannot read and at an LV type it does not know', () => {
    const pasted = `datavg:
LV NAME             TYPE       LPs     PPs     PVs  LV STATE      MOUNT POINT
datalv              jfs2       1600    1600    open/syncd    /data
copylv              copy       3       3       1    closed/syncd  N/A
`;
    expect(parseOutput(pasted).errors).toEqual([
      {
        line: 3,
        text: 'datalv              jfs2       1600    1600    open/syncd    /data',
        message: "expected 'LVname  TYPE  LPs  PPs  PVs  STATE  MOUNTPOINT|N/A'",
      },
      {
        line: 4,
        text: 'copylv              copy       3       3       1    closed/syncd  N/A',
        message:
          "expected an LV type vgcopy knows (jfs, jfs2, jfslog, jfs2log, raw, paging, sysdump, boot), not 'copy'",
      },
    ]);
  });
  it('refuses notes in the output, a type split by a tab, and takes the next prompt for a prompt, not a mount point', () => {
    const pasted = [
      'aixprod01:/ # lsvg -l datavg',
      'datavg:',
      'LV NAME             TYPE       LPs     PPs     PVs  LV STATE      MOUNT POINT',
      'loglv00             jfs2log    1       1       1    open/syncd    N/A <============',
      'datalv              jfs\t2       1600    1600    2    open/stale \t/var',
      'archlv              jfs2       960     960     1    closed/syncd  /arch',
      'aixprod01:/ #',
    ].join('\n');
    const outputs = parsePaste(pasted);
    expect(outputs.map((o) => [o.prompt, o.kind, o.read])).toEqual([
      ['aixprod01:/ #', 'lsvg-lvs', ['datavg: archlv (jfs2, closed/syncd, /arch)']],
    ]);
    expect(outputs[0].errors.map((e) => [e.line, e.message])).toEqual([
      [4, "expected 'LVname  TYPE  LPs  PPs  PVs  STATE  MOUNTPOINT|N/A'"],
      [5, "expected 'LVname  TYPE  LPs  PPs  PVs  STATE  MOUNTPOINT|N/A'"],
    ]);
  });
});

describe('lsvg -p VG', () => {
  it("lists the source VG's disks, keeping their PVIDs from lspv", () => {
    const afterLspv = parseOutput(aix.lspv).patch(runbookFor('datavg'));
    const result = parseOutput(aix.lsvgPvs);
    expect(result.read).toEqual(['datavg: hdisk2 (active, 1599 PPs)', 'datavg: hdisk3 (active, 1599 PPs)']);
    expect(result.patch(afterLspv).sourceVg.disks).toEqual([
      { name: 'hdisk2', pvid: '00c8b12cd9de1a01' },
      { name: 'hdisk3', pvid: '00c8b12cd9de2b17' },
    ]);
  });

  it('warns of a disk varyonvg did not find', () => {
    const missing = aix.lsvgPvs.replace('hdisk3            active ', 'hdisk3            missing');
    expect(parseOutput(missing).apply(runbookFor('datavg')).notes).toEqual([
      'hdisk3 is missing in datavg: the copy needs every disk of the VG',
    ]);
  });

  it('needs the header after the VG line', () => {
    expect(
      parseOutput(
        'datavg:\nhdisk2            active            1599        317         00..00..00..00..317\n',
        'lsvg-pvs',
      ).errors,
    ).toEqual([
      {
        line: 2,
        text: 'hdisk2            active            1599        317         00..00..00..00..317',
        message:
          "expected the header 'PV_NAME  PV STATE  TOTAL PPs  FREE PPs  FREE DISTRIBUTION' after 'datavg:'",
      },
    ]);
  });
});
