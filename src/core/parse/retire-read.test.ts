/**
 * A retire runbook filled from a paste: lsvg COPYVG gives the copy's VG IDENTIFIER, lsvg -l COPYVG its
 * file systems and what is open, lspv its disks' PVIDs, lsps -a the paging spaces (docs/procedure.md
 * "Retiring a copy").
 */
import { describe, expect, it } from 'vitest';
import { retiredCopy } from '../model/retire';
import { retireFacts } from '../test-support/retire';
import { applyOutputs } from './paste-read';
import { parseOutput, parsePaste } from './parse-output';
import { copyPaste } from './test-support/retire-paste';

/** The retire runbook before the paste: the copy named, nothing read about it yet. */
const named = () =>
  retireFacts((f) => {
    f.existingCopy = { vgName: 'flashcopyvg', disks: [], variedOn: false, mounted: false };
    delete f.host;
  });

const paste = copyPaste([
  'paging00        hdisk11           flashcopyvg      512MB     1   yes   yes    lv     0',
]);

describe('a retire runbook read from a paste', () => {
  it("fills the copy's VG id, disks with PVIDs, file systems, open raw LVs and the paging spaces", () => {
    const outputs = parsePaste(paste);
    expect(outputs.flatMap((o) => o.errors)).toEqual([]);
    const facts = applyOutputs(outputs, named()).facts;
    expect([retiredCopy(facts), facts.host?.pagingSpaces]).toEqual([
      {
        vgName: 'flashcopyvg',
        disks: ['hdisk10', 'hdisk11', 'hdisk12'],
        variedOn: true,
        mounted: true,
        vgId: '00c8d3e400004c000000019a3b5e7c21',
        mountPoints: ['/fc/data', '/fc/data/logs', '/fc/app'],
        openLvs: ['fcrawlv'],
        pvids: [
          { name: 'hdisk10', pvid: '00c8d3e4b7a10e10' },
          { name: 'hdisk11', pvid: '00c8d3e4b7a10e11' },
          { name: 'hdisk12', pvid: '00c8d3e4b7a10e12' },
        ],
        unmountOrder: ['/fc/data/logs', '/fc/data', '/fc/app'],
      },
      [
        { name: 'paging00', disk: 'hdisk11', vg: 'flashcopyvg', active: true },
        { name: 'hd6', disk: 'hdisk0', vg: 'rootvg', active: true },
      ],
    ]);
  });

  it('reads lsps -a of AIX 5.2 (no Chksum column) and names a line it cannot read', () => {
    const parsed = parseOutput(
      [
        'Page Space      Physical Volume   Volume Group    Size %Used Active  Auto  Type',
        'hd6             hdisk0            rootvg          512MB     3   yes   yes    lv',
        'paging00        hdisk1            rootvg          512MB     0    on   yes    lv',
      ].join('\n'),
    );
    expect([parsed.kind, parsed.read, parsed.errors]).toEqual([
      'lsps',
      ['hd6: on hdisk0 (rootvg), active'],
      [
        {
          line: 3,
          text: 'paging00        hdisk1            rootvg          512MB     0    on   yes    lv',
          message: "expected 'NAME  DISK  VG  SIZE  %USED  ACTIVE  AUTO  TYPE  [CHKSUM]'",
        },
      ],
    ]);
  });
});
