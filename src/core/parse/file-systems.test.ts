import { describe, expect, it } from 'vitest';
import { lsfsParser } from './lsfs';
import { parseOutput } from './parse-output';
import { runbookFor } from './test-support/facts';
import * as aix from './test-support/reference-outputs';
import { toLines } from './text';

/** The source VG of docs/aix-behaviour.md §2.3 (datavg: loglv00, datalv on /data, archlv on /arch, rawlv01). */
const datavg = () => parseOutput(aix.lsvgLvs).patch(runbookFor('datavg'));

/** /etc/filesystems as AIX writes it: /data logs to loglv00, /arch has an inline log. */
const stanzas = `* comment lines start with an asterisk
/data:
        dev             = /dev/datalv
        vfs             = jfs2
        log             = /dev/loglv00
        mount           = true
        check           = false
        options         = rw
        account         = false

/arch:
        dev             = /dev/archlv
        vfs             = jfs2
        log             = INLINE
        mount           = true
        options         = rw
        account         = false

/proc:
        dev             = /proc
        vol             = /proc
        mount           = true
        check           = false
        vfs             = procfs
`;

describe('lsfs', () => {
  it('reads every file system, sizes in 512-byte blocks', () => {
    expect(lsfsParser.parse(toLines(aix.lsfs)).data).toEqual([
      {
        device: '/dev/hd4',
        mountPoint: '/',
        vfs: 'jfs2',
        sizeBlocks: 2097152,
        options: '--',
        automount: true,
      },
      {
        device: '/dev/hd2',
        mountPoint: '/usr',
        vfs: 'jfs2',
        sizeBlocks: 6291456,
        options: '--',
        automount: true,
      },
      {
        device: '/dev/datalv',
        mountPoint: '/data',
        vfs: 'jfs2',
        sizeBlocks: 209715200,
        options: 'rw',
        automount: true,
      },
      {
        device: '/dev/archlv',
        mountPoint: '/arch',
        vfs: 'jfs2',
        sizeBlocks: 125829120,
        options: 'rw',
        automount: true,
      },
      {
        device: '/proc',
        mountPoint: '/proc',
        vfs: 'procfs',
        sizeBlocks: null,
        options: '--',
        automount: true,
      },
    ]);
  });

  it("keeps the host's other mount points and LV names, which the copy's must not collide with", () => {
    const facts = datavg();
    expect(parseOutput(aix.lsfs).patch(facts)).toEqual({
      ...facts,
      host: { mountPoints: ['/', '/usr', '/data', '/arch', '/proc'], lvNames: ['hd4', 'hd2'] },
    });
  });

  it("reads lsfs -q's inline log", () => {
    expect(parseOutput(aix.lsfsQ).read).toEqual(['/data: /dev/datalv (jfs2, log device)']);
    const inline = aix.lsfsQ.replace('inline log: no', 'inline log: yes');
    expect(parseOutput(inline).patch(datavg()).sourceVg.fileSystems).toEqual([
      { mountPoint: '/data', lv: 'datalv', vfs: 'jfs2', log: 'INLINE', logRead: true, mounted: true },
      { mountPoint: '/arch', lv: 'archlv', vfs: 'jfs2', log: 'loglv00', logRead: false, mounted: false },
    ]);
  });

  it('leaves each log a guess after plain lsfs (no log column), until /etc/filesystems reads it', () => {
    const afterLsfs = parseOutput(aix.lsfs).patch(datavg());
    expect(afterLsfs.sourceVg.fileSystems).toEqual([
      { mountPoint: '/data', lv: 'datalv', vfs: 'jfs2', log: 'loglv00', logRead: false, mounted: true },
      { mountPoint: '/arch', lv: 'archlv', vfs: 'jfs2', log: 'loglv00', logRead: false, mounted: false },
    ]);
    expect(parseOutput(stanzas).patch(afterLsfs).sourceVg.fileSystems).toEqual([
      { mountPoint: '/data', lv: 'datalv', vfs: 'jfs2', log: 'loglv00', logRead: true, mounted: true },
      { mountPoint: '/arch', lv: 'archlv', vfs: 'jfs2', log: 'INLINE', logRead: true, mounted: false },
    ]);
  });

  it("reads lsfs -q's 'inline log: no' as the VG's only log LV, and says when the VG has several", () => {
    expect(parseOutput(aix.lsfsQ).patch(datavg()).sourceVg.fileSystems).toEqual([
      { mountPoint: '/data', lv: 'datalv', vfs: 'jfs2', log: 'loglv00', logRead: true, mounted: true },
      { mountPoint: '/arch', lv: 'archlv', vfs: 'jfs2', log: 'loglv00', logRead: false, mounted: false },
    ]);
    const twoLogs = parseOutput(
      `${aix.lsvgLvs}loglv01             jfs2log    1       1       1    open/syncd    N/A\n`,
    );
    const facts = twoLogs.patch(runbookFor('datavg'));
    expect(parseOutput(aix.lsfsQ).apply(facts)).toEqual({
      facts: {
        ...facts,
        host: { lvNames: [], mountPoints: ['/data'] },
      },
      notes: [
        '/data logs to one of loglv00, loglv01, lsfs -q does not say which: cat /etc/filesystems tells it',
      ],
    });
  });

  it('keeps the diagnostics of lsfs -q for an LV it cannot read (VG varied off)', () => {
    const variedOff = `Name            Nodename   Mount Pt               VFS   Size    Options    Auto Accounting
/dev/fsdatalv   --         /fs/data               jfs2  --      --         no   no
/dev/fsdatalv: A file or directory in the path name does not exist.
The volume group of /dev/fsdatalv  may be varied off.
`;
    const result = parseOutput(variedOff);
    expect(result.errors).toEqual([]);
    expect(result.read).toEqual([
      '/fs/data: /dev/fsdatalv (jfs2) — /dev/fsdatalv: A file or directory in the path name does not exist. The volume group of /dev/fsdatalv  may be varied off.',
    ]);
  });

  it('points at a row with a column missing', () => {
    const pasted = `Name            Nodename   Mount Pt               VFS   Size    Options    Auto Accounting
/dev/datalv     --         /data                  jfs2  209715200 rw         yes
`;
    expect(parseOutput(pasted).errors).toEqual([
      {
        line: 2,
        text: '/dev/datalv     --         /data                  jfs2  209715200 rw         yes',
        message:
          "expected 'DEVICE  NODE  MOUNTPOINT  VFS  SIZE  OPTIONS  yes|no  yes|no' or lsfs -q's '(lv size: …)' line",
      },
    ]);
  });
});

describe('/etc/filesystems', () => {
  it("takes each file system's log from its 'log =' line (the only place that says it)", () => {
    const result = parseOutput(stanzas);
    expect(result.kind).toBe('etc-filesystems');
    expect(result.read).toEqual([
      '/data: /dev/datalv, jfs2, log /dev/loglv00',
      '/arch: /dev/archlv, jfs2, log INLINE',
      '/proc: /proc, procfs',
    ]);
    const facts = datavg();
    expect(result.apply(facts)).toEqual({
      facts: {
        ...facts,
        sourceVg: {
          ...facts.sourceVg,
          fileSystems: [
            { mountPoint: '/data', lv: 'datalv', vfs: 'jfs2', log: 'loglv00', logRead: true, mounted: true },
            { mountPoint: '/arch', lv: 'archlv', vfs: 'jfs2', log: 'INLINE', logRead: true, mounted: false },
          ],
        },
        host: { mountPoints: ['/data', '/arch', '/proc'] },
      },
      notes: [],
    });
  });

  it('points at an attribute line outside a stanza', () => {
    expect(
      parseOutput('        dev = /dev/datalv\n/data:\n        vfs = jfs2\n', 'etc-filesystems').errors,
    ).toEqual([
      {
        line: 1,
        text: '        dev = /dev/datalv',
        message: "expected a stanza line '/mount/point:' or an indented 'attribute = value'",
      },
    ]);
  });
});

describe('lslv -l LV', () => {
  const lslv = `loglv00:N/A
PV                COPIES        IN BAND       DISTRIBUTION
hdisk2            001:000:000   100%          000:001:000:000:000
datalv:/data
PV                COPIES        IN BAND       DISTRIBUTION
hdisk2            800:000:000   40%           000:320:320:160:000
hdisk3            800:000:000   40%           000:320:320:160:000
`;

  it('tells which disks hold each LV (is the log on a copied disk?)', () => {
    const result = parseOutput(lslv);
    expect([result.kind, result.read, result.errors]).toEqual([
      'lslv-pvs',
      ['loglv00: on hdisk2', 'datalv: on hdisk2, hdisk3'],
      [],
    ]);
    expect(result.patch(datavg()).sourceVg.lvs).toEqual([
      { name: 'loglv00', type: 'jfs2log', disks: ['hdisk2'] },
      { name: 'datalv', type: 'jfs2', mountPoint: '/data', disks: ['hdisk2', 'hdisk3'] },
      { name: 'archlv', type: 'jfs2', mountPoint: '/arch', disks: [] },
      { name: 'rawlv01', type: 'raw', disks: [] },
    ]);
  });

  it('says when the LV is not one of the source VG', () => {
    expect(parseOutput(lslv).apply(runbookFor('datavg')).notes).toEqual([
      "loglv00 is not among the source VG's LVs (paste lsvg -l VG first): its disks were not taken",
      "datalv is not among the source VG's LVs (paste lsvg -l VG first): its disks were not taken",
    ]);
  });
});

describe('mount', () => {
  it("marks the source's file systems mounted or not", () => {
    const result = parseOutput(aix.mount);
    expect(result.errors).toEqual([]);
    expect(result.patch(datavg()).sourceVg.fileSystems).toEqual([
      { mountPoint: '/data', lv: 'datalv', vfs: 'jfs2', log: 'loglv00', logRead: false, mounted: true },
      { mountPoint: '/arch', lv: 'archlv', vfs: 'jfs2', log: 'loglv00', logRead: false, mounted: false },
    ]);
  });

  it('reads an NFS mount with its node', () => {
    const nfs = `${aix.mount}nfssrv   /export/home     /home            nfs3   Nov 07 19:40 rw,bg,hard\n`;
    expect(parseOutput(nfs).read.at(-1)).toBe('/home: nfssrv:/export/home mounted (nfs3)');
  });
});
