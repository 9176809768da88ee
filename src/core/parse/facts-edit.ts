/**
 * Small immutable edits of the facts shared by the parsers: which VG an output belongs to, the host
 * inventory, disks merged by name so what one command read is kept when another adds to it.
 */
import type { Disk, Facts, FileSystem, HostDisk, HostInventory, LogicalVolume } from '../model/facts';

/** Which of the runbook's VGs an output describes. */
export type VgRole = 'source' | 'existing-copy' | 'other';

/**
 * The role of `vg` in the runbook. A runbook without a source VG name yet takes the first VG an
 * output names as its source (the admin pastes the source VG's output first).
 */
export function claimVg(facts: Facts, vg: string): { facts: Facts; role: VgRole } {
  if (facts.sourceVg.name === '')
    return { facts: { ...facts, sourceVg: { ...facts.sourceVg, name: vg } }, role: 'source' };
  if (facts.sourceVg.name === vg) return { facts, role: 'source' };
  if (facts.existingCopy?.vgName === vg) return { facts, role: 'existing-copy' };
  return { facts, role: 'other' };
}

/** The note for output of a VG that is neither the source nor the existing copy. */
export function otherVgNote(command: string, vg: string, facts: Facts): string {
  return `${command} shows ${vg}, not the source VG ${facts.sourceVg.name}: only the host inventory was taken from it`;
}

export function withHost(facts: Facts, edit: (host: HostInventory) => HostInventory): Facts {
  return { ...facts, host: edit(facts.host ?? {}) };
}

/** Adds `items` to `list`, keeping the order of first appearance and no repeats. */
export function union(list: readonly string[] | undefined, items: readonly string[]): string[] {
  return [...new Set([...(list ?? []), ...items])];
}

/** Merges disks into the host inventory by name: fields read now win, other fields are kept. */
export function mergeHostDisks(facts: Facts, disks: readonly HostDisk[]): Facts {
  return withHost(facts, (host) => {
    // A map keeps the merge linear: lspv of a 1024-disk host is pasted on every keystroke.
    const merged = new Map((host.disks ?? []).map((disk) => [disk.name, disk]));
    for (const disk of disks) merged.set(disk.name, { ...merged.get(disk.name), ...disk });
    return { ...host, disks: [...merged.values()] };
  });
}

/**
 * The source VG's disks as `names` lists them (an output that lists the VG's disks is the whole
 * list), keeping what is known of each disk already; a new disk takes its PVID from the host inventory.
 */
export function setSourceDisks(
  facts: Facts,
  names: readonly string[],
  read: (name: string) => Partial<Disk> = () => ({}),
): Facts {
  const known = new Map(facts.sourceVg.disks.map((disk) => [disk.name, disk]));
  const onHost = new Map((facts.host?.disks ?? []).map((disk) => [disk.name, disk.pvid ?? null]));
  const disks = names.map(
    (name): Disk => ({ ...(known.get(name) ?? { name, pvid: onHost.get(name) ?? null }), ...read(name) }),
  );
  return { ...facts, sourceVg: { ...facts.sourceVg, disks } };
}

/** Changes one source disk (by name), adding it when the VG did not list it yet. */
export function editSourceDisk(facts: Facts, name: string, edit: Partial<Disk>): Facts {
  const disks = facts.sourceVg.disks.some((disk) => disk.name === name)
    ? facts.sourceVg.disks.map((disk) => (disk.name === name ? { ...disk, ...edit } : disk))
    : [...facts.sourceVg.disks, { name, pvid: null, ...edit }];
  return { ...facts, sourceVg: { ...facts.sourceVg, disks } };
}

/** Whether `lv` is one of the source VG's logical volumes. */
export function isSourceLv(facts: Facts, lv: string): boolean {
  return facts.sourceVg.lvs.some((known) => known.name === lv);
}

/** The VG's log LVs for file systems of type `vfs` (jfs2log for JFS2, jfslog for JFS). */
export function logLvs(lvs: readonly LogicalVolume[], vfs: FileSystem['vfs']): string[] {
  const logType = vfs === 'jfs2' ? 'jfs2log' : 'jfslog';
  return lvs.filter((lv) => lv.type === logType).map((lv) => lv.name);
}

/**
 * The log a file system most likely uses when only `lsvg -l` is known: the VG's log LV of the
 * file system's type (crfs puts a new file system on the VG's existing log), else an inline log.
 * It is a guess (logRead: false) until the `log =` line of /etc/filesystems (or lsfs -q) replaces it.
 */
export function guessLog(lvs: readonly LogicalVolume[], vfs: FileSystem['vfs']): string {
  return logLvs(lvs, vfs)[0] ?? 'INLINE';
}

/** Adds or changes the source file system on LV `lv`. */
export function upsertFileSystem(
  facts: Facts,
  lv: string,
  edit: Partial<FileSystem> & Pick<FileSystem, 'mountPoint' | 'vfs'>,
): Facts {
  const known = facts.sourceVg.fileSystems.find((fs) => fs.lv === lv);
  const fileSystems = known
    ? facts.sourceVg.fileSystems.map((fs) => (fs.lv === lv ? { ...fs, ...edit } : fs))
    : [
        ...facts.sourceVg.fileSystems,
        { lv, log: guessLog(facts.sourceVg.lvs, edit.vfs), logRead: false, mounted: true, ...edit },
      ];
  return { ...facts, sourceVg: { ...facts.sourceVg, fileSystems } };
}

/** `/dev/datalv` -> `datalv`; null for devices outside /dev (e.g. /proc, NFS). */
export function lvOfDevice(device: string): string | null {
  const match = /^\/dev\/([^/\s]+)$/.exec(device);
  return match ? match[1] : null;
}
