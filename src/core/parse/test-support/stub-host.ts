/**
 * A stand-in AIX host for running the collector under the real ksh in tests: each listing command is a
 * small script printing the reference's output (docs/aix-behaviour.md) for datavg on two DS8000 LUNs.
 */
import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as aix from './reference-outputs';

const lsdev = `hdisk0 Available 00-08-00 SAS Disk Drive
hdisk1 Available 00-08-00 SAS Disk Drive
hdisk2 Available 00-08-02 MPIO IBM 2107 FC Disk
hdisk3 Available 00-08-02 MPIO IBM 2107 FC Disk
hdisk4 Available 01-00-02 MPIO IBM 2107 FC Disk
hdisk5 Available 01-00-02 MPIO IBM 2107 FC Disk
`;

/** lsattr -El for a DS8000 LUN: the volume id (e.g. 1000) sits in unique_id after the image serial. */
const lsattr = (
  pvid: string,
  volume: string,
) => `PCM             PCM/friend/aixmpiods8k                Path Control Module              False
pvid            ${pvid}0000000000000000      Physical volume identifier       False
reserve_policy  no_reserve                            Reserve Policy                   True+
unique_id       200B75ABCD1${volume}07210790003IBMfcp     Unique device identifier         False
`;

const lslv = {
  loglv00:
    'loglv00:N/A\nPV                COPIES        IN BAND       DISTRIBUTION\nhdisk2            001:000:000   100%          000:001:000:000:000\n',
  datalv:
    'datalv:/data\nPV                COPIES        IN BAND       DISTRIBUTION\nhdisk2            800:000:000   40%           000:320:320:160:000\nhdisk3            800:000:000   40%           000:320:320:160:000\n',
  archlv:
    'archlv:/arch\nPV                COPIES        IN BAND       DISTRIBUTION\nhdisk3            960:000:000   40%           000:320:320:320:000\n',
  rawlv01:
    'rawlv01:N/A\nPV                COPIES        IN BAND       DISTRIBUTION\nhdisk3            003:000:000   100%          000:000:003:000:000\n',
};

const lsfsQ = `Name            Nodename   Mount Pt               VFS   Size    Options    Auto Accounting
/dev/datalv     --         /data                  jfs2  209715200 rw         yes  no
  (lv size: 209715200, fs size: 209715200, block size: 4096, sparse files: yes, inline log: no, inline log size: 0, EAformat: v2, Quota: no, DMAPI: no, VIX: yes, EFS: no, ISNAPSHOT: no, MAXEXT: 0, MountGuard: no)
/dev/archlv     --         /arch                  jfs2  125829120 rw         yes  no
  (lv size: 125829120, fs size: 125829120, block size: 4096, sparse files: yes, inline log: yes, inline log size: 240, EAformat: v2, Quota: no, DMAPI: no, VIX: yes, EFS: no, ISNAPSHOT: no, MAXEXT: 0, MountGuard: no)
`;

const stubFilesystems = `/:
        dev             = /dev/hd4
        vfs             = jfs2
        log             = /dev/hd8

/data:
        dev             = /dev/datalv
        vfs             = jfs2
        log             = /dev/loglv00
        mount           = true
        options         = rw

/arch:
        dev             = /dev/archlv
        vfs             = jfs2
        log             = INLINE
        mount           = true
        options         = rw
`;

/** Output of each command line the collector runs, as the stub host prints it. */
const stubOutputs: Record<string, string> = {
  hostname: 'aixprod01\n',
  'oslevel -s': '7200-05-06-2320\n',
  'instfix -ik IY66043': '    All filesets for IY66043 were found.\n',
  'lsdev -Cc disk': lsdev,
  lspv: aix.lspv,
  lsvg: 'rootvg\naltinst_rootvg\ndatavg\n',
  'lsvg -o': 'datavg\nrootvg\n',
  // AIX 7.2's lsps -a: hd6 on rootvg, the one paging space of an install.
  'lsps -a': `Page Space      Physical Volume   Volume Group    Size %Used  Active    Auto    Type   Chksum
hd6             hdisk0            rootvg        1024MB     3     yes     yes      lv       0
`,
  'lsvg datavg': aix.lsvgStatus,
  'lsvg -l datavg': aix.lsvgLvs,
  'lsvg -p datavg': aix.lsvgPvs,
  'lsvg -l rootvg': `rootvg:
LV NAME             TYPE       LPs     PPs     PVs  LV STATE      MOUNT POINT
hd5                 boot       1       1       1    closed/syncd  N/A
hd6                 paging     8       8       1    open/syncd    N/A
hd8                 jfs2log    1       1       1    open/syncd    N/A
hd4                 jfs2       4       4       1    open/syncd    /
hd2                 jfs2       40      40      1    open/syncd    /usr
lg_dumplv           sysdump    16      16      1    open/syncd    N/A
`,
  lsfs: aix.lsfs,
  'lsfs -q /data /arch': lsfsQ,
  'lslv -l loglv00': lslv.loglv00,
  'lslv -l datalv': lslv.datalv,
  'lslv -l archlv': lslv.archlv,
  'lslv -l rawlv01': lslv.rawlv01,
  'lsattr -El hdisk2': lsattr('00c8b12cd9de1a01', '1000'),
  'lsattr -El hdisk3': lsattr('00c8b12cd9de2b17', '1001'),
  mount: aix.mount,
};

/** Writes the stub commands and /etc/filesystems into a new directory; returns its path. */
export function makeStubHost(): { bin: string; filesystems: string } {
  const dir = mkdtempSync(join(tmpdir(), 'vgcopy-stub-host-'));
  const cases = Object.entries(stubOutputs)
    .map(([command, output], i) => {
      writeFileSync(join(dir, `out${i}`), output);
      return `  "${command}") cat "${dir}/out${i}" ;;`;
    })
    .join('\n');
  const stub = `#!/bin/sh\ncmd="$(basename "$0")"\n[ $# -gt 0 ] && cmd="$cmd $*"\ncase "$cmd" in\n${cases}\n  *) echo "0516-306 : Unable to find $cmd in the Device" >&2; exit 1 ;;\nesac\n`;
  const bin = join(dir, 'bin');
  mkdirSync(bin);
  for (const name of [
    'hostname',
    'oslevel',
    'instfix',
    'lsdev',
    'lspv',
    'lsvg',
    'lsps',
    'lsfs',
    'lslv',
    'lsattr',
    'mount',
  ]) {
    writeFileSync(join(bin, name), stub);
    chmodSync(join(bin, name), 0o755);
  }
  const filesystems = join(dir, 'filesystems');
  writeFileSync(filesystems, stubFilesystems);
  return { bin, filesystems };
}
