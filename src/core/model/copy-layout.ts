/**
 * What the copy will look like, derived from the facts: which disks are copied, the names recreatevg
 * gives the copy's LVs and mount points (docs/aix-behaviour.md section 11.2: default prefixes `fs` and `/fs`),
 * which logs the file systems use, and whether the copy is taken while file systems stay mounted.
 * Checks, planner and writers all read this one derivation so they never disagree.
 */
import type { Facts, FileSystem, LogicalVolume, TargetLun } from './facts';

/** recreatevg's default LV-name prefix (`datalv` -> `fsdatalv`). */
export const defaultLvPrefix = 'fs';
/** recreatevg's default label prefix (`/data` -> `/fs/data`). */
export const defaultMountPrefix = '/fs';

export type AccessMethod = 'importvg' | 'recreatevg';

/** One file system of the copy, with its names on the copy. */
export interface CopyFileSystem {
  source: FileSystem;
  /** LV name on the copy, or undefined when AIX will generate one (prefix + name over 15 characters). */
  lv: string | undefined;
  mountPoint: string;
  /** The copy's log device (LV name), 'INLINE', or undefined when AIX will generate the name. */
  log: string | 'INLINE' | undefined;
}

export interface CopyLayout {
  access: AccessMethod;
  /** Source disks that have a target LUN. */
  copiedSourceDisks: Set<string>;
  /** Target LUNs in the source VG's disk order. */
  targets: TargetLun[];
  fileSystems: CopyFileSystem[];
  /** File systems that stay mounted while the copy is taken (the approach is not unmount). */
  live: boolean;
  lvPrefix: string;
  mountPrefix: string;
}

/**
 * Whether a refresh's old copy stays on the host beside the new one: it does unless the new copy is
 * written onto the old copy's own disks. The plan exports the old copy before the access step, and
 * exportvg leaves the ODM without it; if the new copy overwrites its disks, nothing on the host still
 * carries the VG's PVIDs (a DR or backup host refreshing the copy it imported).
 */
export function oldCopyStaysOnHost(facts: Facts): boolean {
  const old = facts.mode === 'refresh' ? facts.existingCopy : undefined;
  if (!old) return false;
  const targets = new Set(facts.targets.luns.map((l) => l.name));
  return old.disks.length === 0 || old.disks.some((d) => !targets.has(d));
}

/** Whether another copy of the VG, or the source itself, is known on this host (docs/procedure.md phase 2). */
export function anotherCopyOnHost(facts: Facts): boolean {
  const old = facts.mode === 'refresh' ? facts.existingCopy?.vgName : undefined;
  return (
    facts.sourceOnHost.present ||
    facts.sourceOnHost.otherCopies.some((c) => c.vgName !== old) ||
    oldCopyStaysOnHost(facts)
  );
}

/**
 * The source's file systems that are mounted while the copy is taken. A source varied off on this host
 * has none, whatever the facts' mount column says: varyoffvg needs every LV closed (0516-012 otherwise),
 * and a file system of a varied-off VG cannot be mounted. Such a source takes no writes, so the copy is
 * consistent as it stands. A source on another host keeps its own state there.
 */
export function mountedSourceFileSystems(facts: Facts): FileSystem[] {
  if (facts.sourceOnHost.present && !facts.sourceOnHost.variedOn) return [];
  return facts.sourceVg.fileSystems.filter((f) => f.mounted);
}

/** LV types AIX itself manages: file systems, their logs, paging and boot. Any other LV is raw. */
const managedLvTypes: ReadonlySet<LogicalVolume['type']> = new Set([
  'jfs',
  'jfs2',
  'jfslog',
  'jfs2log',
  'paging',
  'boot',
]);

/**
 * Raw LVs an application holds open while the copy is taken (a database on raw devices). JFS2 freeze
 * covers file systems only and umount closes only file systems, so nothing on the AIX side makes these
 * consistent: the application's hot-backup mode (or its stop) and a storage consistency group must.
 * A source varied off on this host has none open.
 */
export function openRawLvs(facts: Facts): LogicalVolume[] {
  if (facts.sourceOnHost.present && !facts.sourceOnHost.variedOn) return [];
  return facts.sourceVg.lvs.filter((lv) => isRawLv(lv) && lv.open === true);
}

/** An LV without a file system or another use AIX manages: an application reads and writes it raw. */
export function isRawLv(lv: Pick<LogicalVolume, 'type' | 'mountPoint'>): boolean {
  return !managedLvTypes.has(lv.type) && !lv.mountPoint;
}

/**
 * The copy's file systems whose superblock says "mounted elsewhere": mountguard is on and the source
 * was mounted while the copy was taken (a live copy). AIX refuses their first mount (0506-365).
 */
export function guardedCopyFileSystems(facts: Facts, layout: CopyLayout): CopyFileSystem[] {
  if (!layout.live) return [];
  const mounted = new Set(mountedSourceFileSystems(facts).map((f) => f.mountPoint));
  return layout.fileSystems.filter((f) => f.source.mountGuard === true && mounted.has(f.source.mountPoint));
}

/**
 * importvg when no other copy of the VG (the source included) is known on the host; otherwise recreatevg.
 * An explicit choice wins; the checks flag an importvg that the rules forbid.
 */
export function accessMethod(facts: Facts): AccessMethod {
  if (facts.newVg.access !== 'auto') return facts.newVg.access;
  return anotherCopyOnHost(facts) ? 'recreatevg' : 'importvg';
}

/** The name recreatevg gives an LV: prefix + name, or a generated name when that exceeds 15 characters. */
export function copyLvName(name: string, access: AccessMethod, prefix: string): string | undefined {
  if (access === 'importvg') return name;
  const renamed = prefix + name;
  return renamed.length > 15 ? undefined : renamed;
}

/** The mount point of a file system on the copy. */
export function copyMountPoint(mountPoint: string, access: AccessMethod, prefix: string): string {
  return access === 'importvg' ? mountPoint : prefix + mountPoint;
}

/** Derives the copy's layout from the facts. Linear in disks + LVs + file systems. */
export function copyLayout(facts: Facts): CopyLayout {
  const access = accessMethod(facts);
  const lvPrefix = facts.newVg.lvPrefix || defaultLvPrefix;
  const mountPrefix = facts.newVg.mountPrefix || defaultMountPrefix;
  const bySource = new Map(facts.targets.luns.map((l) => [l.sourceDisk, l] as const));
  const targets: TargetLun[] = [];
  for (const d of facts.sourceVg.disks) {
    const lun = bySource.get(d.name);
    if (lun) targets.push(lun);
  }
  const fileSystems = facts.sourceVg.fileSystems.map((fs) => ({
    source: fs,
    lv: copyLvName(fs.lv, access, lvPrefix),
    mountPoint: copyMountPoint(fs.mountPoint, access, mountPrefix),
    log: fs.log === 'INLINE' ? ('INLINE' as const) : copyLvName(fs.log, access, lvPrefix),
  }));
  return {
    access,
    copiedSourceDisks: new Set(targets.map((t) => t.sourceDisk)),
    targets,
    fileSystems,
    // Not known while the method is not chosen: the live-copy checks wait for the answer (a blocker meanwhile).
    live: facts.consistency.approach !== null && facts.consistency.approach !== 'unmount',
    lvPrefix,
    mountPrefix,
  };
}

/** Whether the approach freezes JFS2 file systems (chfs -a freeze). */
export function usesFreeze(facts: Facts): boolean {
  const a = facts.consistency.approach;
  return a === 'freeze' || a === 'freeze-and-consistency-group';
}

/** Whether the approach uses a storage consistency group. */
export function usesConsistencyGroup(facts: Facts): boolean {
  const a = facts.consistency.approach;
  return a === 'consistency-group' || a === 'freeze-and-consistency-group';
}

/** Whether the copy is a Metro Mirror, Global Copy or Global Mirror secondary. */
export function isMirror(facts: Facts): boolean {
  const method = facts.copy.method;
  return method === 'metro-mirror' || method === 'global-copy' || method === 'global-mirror';
}
