import { execFileSync, spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { importCollected } from './collected';
import { detectOutput } from './detect';
import { parsePaste } from './parse-output';
import { runbookFor } from './test-support/facts';
import { makeStubHost } from './test-support/stub-host';

const collector = new URL('../../../public/vgcopy-collect.sh', import.meta.url).pathname;

/** Runs the collector under the system's ksh on the stub host. */
function collect(...args: string[]) {
  const { bin, filesystems } = makeStubHost();
  return spawnSync('ksh', [collector, ...args], {
    encoding: 'utf8',
    env: { PATH: `${bin}:/usr/bin:/bin`, VGCOPY_FILESYSTEMS: filesystems },
  });
}

describe('the collector script', () => {
  it('passes shellcheck for ksh', () => {
    expect(execFileSync('shellcheck', ['-s', 'ksh', collector], { encoding: 'utf8' })).toBe('');
  });

  it('explains its usage, and stops with exit 2 for a VG the host does not define', () => {
    expect(collect()).toMatchObject({
      status: 1,
      stdout: '',
      stderr:
        'usage: vgcopy-collect.sh VGNAME [VGNAME...]\n  Prints what vgcopy needs to know about the volume groups VGNAME... (read-only).\n',
    });
    expect(collect('da;ta')).toMatchObject({ status: 1, stdout: '' });
    expect(collect('oravg')).toMatchObject({
      status: 2,
      stdout: '',
      stderr:
        'vgcopy-collect.sh: volume group oravg is not defined on this host; lsvg lists:\nrootvg\naltinst_rootvg\ndatavg\n',
    });
  });

  it('gathers every section, and the import turns them into the whole facts of datavg', () => {
    const run = collect('datavg');
    expect([run.status, run.stderr]).toEqual([0, '']);
    const imported = importCollected(run.stdout);
    expect(imported.errors).toEqual([]);
    expect(imported.sections.map((s) => [s.command, s.kind, s.exitCode, s.errors, s.notes])).toEqual([
      ['hostname', 'hostname', 0, [], []],
      ['oslevel -s', 'oslevel', 0, [], []],
      ['instfix -ik IY66043', 'instfix', 0, [], []],
      ['lsdev -Cc disk', 'lsdev-disk', 0, [], []],
      ['lspv', 'lspv', 0, [], []],
      ['lsvg', 'lsvg', 0, [], []],
      ['lsvg -o', 'lsvg-active', 0, [], []],
      ['lsps -a', 'lsps', 0, [], []],
      ['lsvg datavg', 'lsvg-status', 0, [], []],
      ['lsvg -l datavg', 'lsvg-lvs', 0, [], []],
      ['lsvg -p datavg', 'lsvg-pvs', 0, [], []],
      ['lsvg -l rootvg', 'lsvg-lvs', 0, [], []],
      ['lsfs', 'lsfs', 0, [], []],
      ['lsfs -q /data /arch', 'lsfs', 0, [], []],
      ['stanzas of /etc/filesystems', 'etc-filesystems', 0, [], []],
      ['lslv -l loglv00', 'lslv-pvs', 0, [], []],
      ['lslv -l datalv', 'lslv-pvs', 0, [], []],
      ['lslv -l archlv', 'lslv-pvs', 0, [], []],
      ['lslv -l rawlv01', 'lslv-pvs', 0, [], []],
      ['lsattr -El hdisk2', 'lsattr-disk', 0, [], []],
      ['lsattr -El hdisk3', 'lsattr-disk', 0, [], []],
      ['mount', 'mount', 0, [], []],
    ]);
    const base = runbookFor('');
    expect(imported.facts).toEqual({
      ...base,
      hostname: 'aixprod01',
      aix: { release: '7.2', technologyLevel: 5, servicePack: 6, hasIY66043: true },
      multipath: 'mpio',
      copy: { ...base.copy, storage: 'ds8000' },
      sourceVg: {
        name: 'datavg',
        type: 'scalable',
        disks: [
          { name: 'hdisk2', pvid: '00c8b12cd9de1a01', storageVolume: '1000', sizeMb: 102336 },
          { name: 'hdisk3', pvid: '00c8b12cd9de2b17', storageVolume: '1001', sizeMb: 102336 },
        ],
        lvs: [
          { name: 'loglv00', type: 'jfs2log', disks: ['hdisk2'] },
          { name: 'datalv', type: 'jfs2', mountPoint: '/data', disks: ['hdisk2', 'hdisk3'] },
          { name: 'archlv', type: 'jfs2', mountPoint: '/arch', disks: ['hdisk3'] },
          { name: 'rawlv01', type: 'raw', disks: ['hdisk3'] },
        ],
        fileSystems: [
          { mountPoint: '/data', lv: 'datalv', vfs: 'jfs2', log: 'loglv00', logRead: true, mounted: true },
          { mountPoint: '/arch', lv: 'archlv', vfs: 'jfs2', log: 'INLINE', logRead: true, mounted: false },
        ],
      },
      sourceOnHost: { present: true, variedOn: true, otherCopies: [] },
      host: {
        vgs: ['rootvg', 'altinst_rootvg', 'datavg'],
        activeVgs: ['datavg', 'rootvg'],
        disks: [
          {
            name: 'hdisk0',
            pvid: '00c8b12ce3c7d496',
            vg: 'rootvg',
            vgState: 'active',
            status: 'Available',
            description: 'SAS Disk Drive',
          },
          {
            name: 'hdisk1',
            pvid: '00c8b12c57a1e3f0',
            vg: 'altinst_rootvg',
            vgState: '',
            status: 'Available',
            description: 'SAS Disk Drive',
          },
          {
            name: 'hdisk2',
            pvid: '00c8b12cd9de1a01',
            vg: 'datavg',
            vgState: 'active',
            status: 'Available',
            description: 'MPIO IBM 2107 FC Disk',
          },
          {
            name: 'hdisk3',
            pvid: '00c8b12cd9de2b17',
            vg: 'datavg',
            vgState: 'active',
            status: 'Available',
            description: 'MPIO IBM 2107 FC Disk',
          },
          {
            name: 'hdisk4',
            pvid: null,
            vg: null,
            vgState: '',
            status: 'Available',
            description: 'MPIO IBM 2107 FC Disk',
          },
          {
            name: 'hdisk5',
            pvid: '00c8b12cf0a2c3d4',
            vg: null,
            vgState: '',
            status: 'Available',
            description: 'MPIO IBM 2107 FC Disk',
          },
        ],
        lvNames: ['hd5', 'hd6', 'hd8', 'hd4', 'hd2', 'lg_dumplv'],
        mountPoints: ['/', '/usr', '/data', '/arch', '/proc'],
        // lsps -a: a retire refuses a copy with a paging space on its disks.
        pagingSpaces: [{ name: 'hd6', disk: 'hdisk0', vg: 'rootvg', active: true }],
      },
    });
  });
});

describe('importing a collected paste', () => {
  it('is one result of the paste box, applied as the import applies it', () => {
    const run = collect('datavg');
    expect(detectOutput(run.stdout)).toEqual({ kind: 'collector' });
    const [pasted, ...more] = parsePaste(run.stdout);
    expect([pasted.kind, pasted.command, pasted.errors, more]).toEqual([
      'collector',
      'vgcopy-collect.sh datavg',
      [],
      [],
    ]);
    expect(pasted.read.slice(0, 3)).toEqual([
      'hostname: host aixprod01',
      'oslevel -s: AIX 7.2 TL5 SP6',
      'instfix -ik IY66043: IY66043: installed',
    ]);
    expect(pasted.apply(runbookFor(''))).toEqual({ facts: importCollected(run.stdout).facts, notes: [] });
  });

  it('asks for the whole output when the header is missing', () => {
    expect(importCollected('lspv\n', runbookFor('datavg'))).toEqual({
      vg: '',
      facts: runbookFor('datavg'),
      sections: [],
      errors: [
        {
          line: 1,
          text: 'lspv',
          message:
            "expected the collector's first line '==== vgcopy-collect 1 VGNAME': paste its whole output",
        },
      ],
    });
  });

  it('reports a failed command, a cut section and a line outside sections, and keeps the rest', () => {
    const pasted = [
      '==== vgcopy-collect 1 datavg',
      '==== begin: lsvg -l datavg',
      '0516-010 : Volume group must be varied on; use varyonvg command.',
      '==== end: lsvg -l datavg (exit 1)',
      'stray text',
      '==== begin: oslevel -s',
      '7100-04-02-1614',
    ].join('\n');
    const imported = importCollected(pasted);
    expect(imported.errors).toEqual([
      {
        line: 5,
        text: 'stray text',
        message: "expected a '==== begin: COMMAND' line; this line is outside any section",
      },
      {
        line: 6,
        text: '==== begin: oslevel -s',
        message: "expected '==== end: oslevel -s (exit N)': the paste is cut here",
      },
    ]);
    expect(imported.sections).toEqual([
      {
        command: 'lsvg -l datavg',
        kind: 'lsvg-lvs',
        line: 2,
        exitCode: 1,
        read: [],
        errors: [
          {
            line: 3,
            text: '0516-010 : Volume group must be varied on; use varyonvg command.',
            message: 'expected command output; AIX printed an error message instead (the command failed)',
          },
        ],
        notes: [],
      },
      {
        command: 'oslevel -s',
        kind: 'oslevel',
        line: 6,
        exitCode: null,
        read: ['AIX 7.1 TL4 SP2'],
        errors: [],
        notes: [],
      },
    ]);
    expect(imported.facts.aix).toEqual({
      release: '7.1',
      technologyLevel: 4,
      servicePack: 2,
      hasIY66043: false,
    });
    expect(imported.facts.sourceVg.name).toBe('datavg');
  });
});
