/**
 * Renders facts as AIX prints them (docs/aix-behaviour.md §1.2, §2.3, §2.4, §22 and the /etc/filesystems
 * stanza layout), so property tests can parse the rendering back and compare with the facts.
 */
import type { AixLevel, SourceVg } from '../../model/facts';

const pad = (text: string, width: number) => text.padEnd(width);

/** `lspv`: printf("%-16s%-36s%-16s%s"), trailing blanks stripped. */
export function renderLspv(vg: SourceVg, state: 'active' | 'concurrent' | ''): string {
  return vg.disks
    .map((d) => `${pad(d.name, 16)}${pad(d.pvid ?? 'none', 36)}${pad(vg.name, 16)}${state}`.trimEnd())
    .join('\n');
}

/** `lsvg -p VG`. */
export function renderLsvgP(vg: SourceVg): string {
  const rows = vg.disks.map(
    (d) => `${pad(d.name, 18)}${pad('active', 18)}${pad('1599', 12)}${pad('317', 12)}00..00..00..00..317`,
  );
  return [
    `${vg.name}:`,
    'PV_NAME           PV STATE          TOTAL PPs   FREE PPs    FREE DISTRIBUTION',
    ...rows,
  ].join('\n');
}

/** `lsvg -l VG`: an LV is open when a file system on it is mounted. */
export function renderLsvgL(vg: SourceVg): string {
  const rows = vg.lvs.map((lv) => {
    const fs = vg.fileSystems.find((f) => f.lv === lv.name);
    const state = fs?.mounted ? 'open/syncd' : 'closed/syncd';
    return `${pad(lv.name, 20)}${pad(lv.type, 11)}${pad('8', 8)}${pad('8', 8)}${pad(String(lv.disks.length), 5)}${pad(state, 14)}${lv.mountPoint ?? 'N/A'}`;
  });
  return [
    `${vg.name}:`,
    'LV NAME             TYPE       LPs     PPs     PVs  LV STATE      MOUNT POINT',
    ...rows,
  ].join('\n');
}

/** The /etc/filesystems stanzas of the VG's file systems. */
export function renderStanzas(vg: SourceVg): string {
  return vg.fileSystems
    .map((fs) =>
      [
        `${fs.mountPoint}:`,
        `        dev             = /dev/${fs.lv}`,
        `        vfs             = ${fs.vfs}`,
        `        log             = ${fs.log === 'INLINE' ? 'INLINE' : `/dev/${fs.log}`}`,
        '        mount           = true',
        '        account         = false',
      ].join('\n'),
    )
    .join('\n\n');
}

/** `lslv -l LV` of every LV, one after another. */
export function renderLslv(vg: SourceVg): string {
  return vg.lvs
    .map((lv) =>
      [
        `${lv.name}:${lv.mountPoint ?? 'N/A'}`,
        'PV                COPIES        IN BAND       DISTRIBUTION',
        ...lv.disks.map((d) => `${pad(d, 18)}${pad('008:000:000', 14)}${pad('100%', 14)}000:008:000:000:000`),
      ].join('\n'),
    )
    .join('\n');
}

/** `oslevel -s`: 7200-05-06-2320. */
export function renderOslevel(aix: AixLevel): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `${aix.release.replace('.', '')}00-${two(aix.technologyLevel)}-${two(aix.servicePack ?? 0)}-2320`;
}

/** Pads every column to its widest entry + 1, as lsdev and lsattr do (docs/aix-behaviour.md §5.2, §6.2). */
function columns(rows: string[][]): string {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((row) => row[c].length)) + 1);
  return rows
    .map((row) =>
      row
        .map((cell, c) => (c === row.length - 1 ? cell : pad(cell, widths[c])))
        .join('')
        .trimEnd(),
    )
    .join('\n');
}

/** lsdev's description of a LUN under SDDPCM or the AIX PCM (docs/aix-behaviour.md §5.3). */
function description(storage: 'ds8000' | 'svc', multipath: 'sddpcm' | 'mpio'): string {
  const type = storage === 'ds8000' ? '2107' : '2145';
  return multipath === 'sddpcm'
    ? storage === 'ds8000'
      ? 'IBM MPIO FC 2107'
      : 'MPIO FC 2145'
    : `MPIO IBM ${type} FC Disk`;
}

/** `lsdev -Cc disk`: the internal disk, then the VG's LUNs. */
export function renderLsdev(vg: SourceVg, storage: 'ds8000' | 'svc', multipath: 'sddpcm' | 'mpio'): string {
  const luns = vg.disks.map((d) => [d.name, 'Available', '00-08-02', description(storage, multipath)]);
  return columns([['hdisk0', 'Available', '00-08-00', 'SAS Disk Drive'], ...luns]);
}

/** `lsattr -El hdiskN` (a few attributes), its unique_id built as DS8000 or SVC LUNs carry it. */
export function renderLsattr(disk: SourceVg['disks'][number], storage: 'ds8000' | 'svc'): string {
  const volume = disk.storageVolume ?? '';
  const uniqueId =
    storage === 'ds8000' ? `200B75ABCD1${volume}07210790003IBMfcp` : `33213${volume}04214503IBMfcp`;
  return columns([
    ['PCM', 'PCM/friend/sddpcm', 'Path Control Module', 'False'],
    ['location', '', 'Location Label', 'True+'],
    [
      'pvid',
      `${disk.pvid ?? 'none'}${disk.pvid ? '0000000000000000' : ''}`,
      'Physical volume identifier',
      'False',
    ],
    ['unique_id', uniqueId, 'Unique device identifier', 'False'],
  ]);
}

/**
 * `lsfs -q` of the VG's file systems: the row and its "(lv size: …, inline log: yes|no, …)" line. A
 * 16-character device keeps one blank before the next column (long values push the line right).
 */
export function renderLsfsQ(vg: SourceVg): string {
  const rows = vg.fileSystems.flatMap((fs) => [
    `${pad(`/dev/${fs.lv}`, 15)} ${pad('--', 11)}${pad(fs.mountPoint, 23)}${pad(fs.vfs, 6)}${pad('262144', 8)}${pad('rw', 11)}${pad('yes', 5)}no`,
    `  (lv size: 262144, fs size: 262144, block size: 4096, sparse files: yes, inline log: ${fs.log === 'INLINE' ? 'yes' : 'no'}, inline log size: 0, EAformat: v2, Quota: no, DMAPI: no, VIX: yes, EFS: no, ISNAPSHOT: no, MAXEXT: 0, MountGuard: no)`,
  ]);
  return [
    'Name            Nodename   Mount Pt               VFS   Size    Options    Auto Accounting',
    ...rows,
  ].join('\n');
}

/** `mount`: rootvg's / and the VG's mounted file systems (docs/aix-behaviour.md §14.2 columns). */
export function renderMount(vg: SourceVg): string {
  const row = (device: string, over: string, vfs: string, options: string) =>
    `${pad('', 9)}${pad(device, 17)}${pad(over, 17)}${pad(vfs, 7)}${pad('Nov 07 19:11', 13)}${options}`;
  const mounted = vg.fileSystems.filter((fs) => fs.mounted);
  return [
    '  node       mounted        mounted over    vfs       date        options      ',
    '-------- ---------------  ---------------  ------ ------------ --------------- ',
    row('/dev/hd4', '/', 'jfs2', 'rw,log=/dev/hd8'),
    ...mounted.map((fs) =>
      row(
        `/dev/${fs.lv}`,
        fs.mountPoint,
        fs.vfs,
        `rw,log=${fs.log === 'INLINE' ? 'INLINE' : `/dev/${fs.log}`}`,
      ),
    ),
  ].join('\n');
}
