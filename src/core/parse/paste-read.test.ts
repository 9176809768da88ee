import { describe, expect, it } from 'vitest';
import type { Facts } from '../model/facts';
import { emptyFacts } from '../model/sample';
import { readPaste } from './paste-read';
import { lspv, lsvgLvs, lsvgPvs } from './test-support/reference-outputs';

/** lspv as docs/aix-behaviour.md §1.2 prints it, in the host inventory whatever the source VG. */
const hostDisks: NonNullable<Facts['host']>['disks'] = [
  { name: 'hdisk0', pvid: '00c8b12ce3c7d496', vg: 'rootvg', vgState: 'active' },
  { name: 'hdisk1', pvid: '00c8b12c57a1e3f0', vg: 'altinst_rootvg', vgState: '' },
  { name: 'hdisk2', pvid: '00c8b12cd9de1a01', vg: 'datavg', vgState: 'active' },
  { name: 'hdisk3', pvid: '00c8b12cd9de2b17', vg: 'datavg', vgState: 'active' },
  { name: 'hdisk4', pvid: null, vg: null, vgState: '' },
  { name: 'hdisk5', pvid: '00c8b12cf0a2c3d4', vg: null, vgState: '' },
];

/** A new runbook after lspv and lsvg -l datavg: datavg's disks from lspv, its LVs and file systems. */
const withLvs: Facts = {
  ...emptyFacts(),
  sourceVg: {
    name: 'datavg',
    type: 'original',
    disks: [
      { name: 'hdisk2', pvid: '00c8b12cd9de1a01' },
      { name: 'hdisk3', pvid: '00c8b12cd9de2b17' },
    ],
    lvs: [
      { name: 'loglv00', type: 'jfs2log', disks: [] },
      { name: 'datalv', type: 'jfs2', mountPoint: '/data', disks: [] },
      { name: 'archlv', type: 'jfs2', mountPoint: '/arch', disks: [] },
      { name: 'rawlv01', type: 'raw', disks: [] },
    ],
    // lsvg -l prints no log column: the VG's log LV is a guess, marked not read.
    fileSystems: [
      { log: 'loglv00', logRead: false, mountPoint: '/data', lv: 'datalv', vfs: 'jfs2', mounted: true },
      { log: 'loglv00', logRead: false, mountPoint: '/arch', lv: 'archlv', vfs: 'jfs2', mounted: false },
    ],
  },
  sourceOnHost: { present: true, variedOn: true, otherCopies: [] },
  host: { disks: hostDisks },
};

/** A new runbook after lspv and lsvg -p datavg: the same disks, no LVs yet. */
const withPvs: Facts = {
  ...withLvs,
  sourceVg: { ...withLvs.sourceVg, lvs: [], fileSystems: [] },
};

const prompted = (command: string, output: string) => `# ${command}\n${output}`;

describe('a paste on a new runbook: the source VG is named before lspv picks its disks', () => {
  it.each([
    ['lspv, then lsvg -l datavg', prompted('lspv', lspv) + prompted('lsvg -l datavg', lsvgLvs)],
    ['lsvg -l datavg, then lspv', prompted('lsvg -l datavg', lsvgLvs) + prompted('lspv', lspv)],
    ['lspv, then lsvg -l datavg, without prompt lines', lspv + lsvgLvs],
    ['lsvg -l datavg, then lspv, without prompt lines', lsvgLvs + lspv],
  ])('%s', (_, paste) => {
    expect(readPaste(paste).apply(emptyFacts())).toEqual({ facts: withLvs, notes: [] });
  });

  it.each([
    ['lspv, then lsvg -p datavg', prompted('lspv', lspv) + prompted('lsvg -p datavg', lsvgPvs)],
    ['lsvg -p datavg, then lspv', prompted('lsvg -p datavg', lsvgPvs) + prompted('lspv', lspv)],
  ])('%s', (_, paste) => {
    expect(readPaste(paste).apply(emptyFacts())).toEqual({ facts: withPvs, notes: [] });
  });

  it('lspv alone on a new runbook fills no source disk, and says what names the VG', () => {
    expect(readPaste(prompted('lspv', lspv)).apply(emptyFacts())).toEqual({
      facts: { ...emptyFacts(), host: { disks: hostDisks } },
      notes: ['the source VG is not named yet: name it to take its disks from this lspv'],
    });
  });
});

describe('a paste for a copy set: the blocks of each VG fill that VG', () => {
  const vg = (name: string) => ({ name, type: 'original' as const, disks: [], lvs: [], fileSystems: [] });
  const paste = [
    '# lsvg -l db2datavg db2logvg',
    'db2datavg:',
    'LV NAME             TYPE       LPs     PPs     PVs  LV STATE      MOUNT POINT',
    'db2datalv           jfs2       1600    1600    1    open/syncd    /db2/PRD/data',
    'db2logvg:',
    'LV NAME             TYPE       LPs     PPs     PVs  LV STATE      MOUNT POINT',
    'db2loglv            jfs2       400     400     1    open/syncd    /db2/PRD/log',
    '# lsvg -p db2datavg db2logvg',
    'db2datavg:',
    'PV_NAME           PV STATE          TOTAL PPs   FREE PPs    FREE DISTRIBUTION',
    'hdisk2            active            1599        0           00..00..00..00..00',
    'db2logvg:',
    'PV_NAME           PV STATE          TOTAL PPs   FREE PPs    FREE DISTRIBUTION',
    'hdisk3            active            1599        1199        320..79..160..320..320',
    '',
  ].join('\n');

  it('fills the first VG and the further one, each with its disks, LVs and file systems', () => {
    const facts: Facts = {
      ...emptyFacts(),
      sourceVg: vg('db2datavg'),
      moreVgs: [
        { sourceVg: vg('db2logvg'), newVg: { name: '', lvPrefix: '', mountPrefix: '', access: 'auto' } },
      ],
    };
    const read = readPaste(paste).apply(facts).facts;
    expect([read.sourceVg, read.moreVgs[0]?.sourceVg]).toEqual([
      {
        ...vg('db2datavg'),
        disks: [{ name: 'hdisk2', pvid: null }],
        lvs: [{ name: 'db2datalv', type: 'jfs2', mountPoint: '/db2/PRD/data', disks: [] }],
        fileSystems: [
          {
            log: 'INLINE',
            logRead: false,
            mountPoint: '/db2/PRD/data',
            lv: 'db2datalv',
            vfs: 'jfs2',
            mounted: true,
          },
        ],
      },
      {
        ...vg('db2logvg'),
        disks: [{ name: 'hdisk3', pvid: null }],
        lvs: [{ name: 'db2loglv', type: 'jfs2', mountPoint: '/db2/PRD/log', disks: [] }],
        fileSystems: [
          {
            log: 'INLINE',
            logRead: false,
            mountPoint: '/db2/PRD/log',
            lv: 'db2loglv',
            vfs: 'jfs2',
            mounted: true,
          },
        ],
      },
    ]);
  });
});
