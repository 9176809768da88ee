/**
 * The few facts the grader reads from the world's JSON picture (the simulator's worldState), looked up
 * by name. Kept in one file so the grader's rules do not depend on the picture's exact layout.
 */
import type { WorldPicture } from '../worker/world-picture';
import type { WorldState } from '../world/state';

export interface DiskView {
  name: string;
  /** Available, or Defined when cfgmgr left it unconfigured (duplicate PVID of a varied-on VG). */
  status: string;
  pvid: string | null;
  vg: string | null;
  /** The storage volume behind the disk. */
  volume: string;
}

export interface VgView {
  name: string;
  variedOn: boolean;
  /** Each application's verdict on the data it finds in the VG (src/sim/world/app-data.ts). */
  applications: { app: string; verdict: string }[];
}

export interface FileSystemView {
  mountPoint: string;
  lv: string;
  vg: string | null;
  mounted: boolean;
  /** Mounted under a file system mounted later over a directory above it (worldState's `hiddenUnder`). */
  hiddenUnder?: string;
  frozen: boolean;
  /**
   * The image on disk is consistent or made so by replaying its log (worldState's `consistent`); false
   * for a copy whose LUNs were taken at different instants while writes went on; null when unknown.
   */
  consistent: boolean | null;
  /**
   * What the application reads is what it wrote (worldState's `dataOk`): false for a copy whose log
   * disagreed with it, replayed or repaired by fsck -y or not; null when unknown (VG varied off).
   */
  dataOk: boolean | null;
}

/**
 * The world's JSON picture: the simulator's worldState, or the worker's worldPicture (the same tables for
 * the current host; the VGs without their applications' verdicts, the error log as lines).
 */
export type Picture = WorldState | WorldPicture;

export function disksOf(picture: Picture): DiskView[] {
  return picture.disks.map(({ name, status, pvid, vg, volume }) => ({ name, status, pvid, vg, volume }));
}

export function vgNamed(picture: Picture, name: string): VgView | undefined {
  const vg = picture.vgs.find((v) => v.name === name);
  if (!vg) return undefined;
  const apps = 'applications' in vg ? vg.applications : [];
  return {
    name,
    variedOn: vg.variedOn,
    applications: apps.map(({ app, verdict }) => ({ app, verdict })),
  };
}

/**
 * Whether the VG of that name lies on copy targets: a disk of it is the target of a FlashCopy or the
 * secondary of a mirror. On a DR or backup host such a VG is an earlier copy under the source's name
 * (importvg keeps it), not production. False when the picture holds no storage relationships.
 */
export function vgOnCopyTargets(picture: Picture, name: string): boolean {
  const targets = new Set(relationshipTargets(picture));
  return picture.disks.some((d) => d.vg === name && targets.has(d.volume));
}

function fileSystems(picture: Picture): FileSystemView[] {
  return picture.fileSystems.map(
    ({ mountPoint, lv, vg, mounted, hiddenUnder, frozen, consistent, dataOk }) => ({
      mountPoint,
      lv,
      vg,
      mounted,
      ...(hiddenUnder !== undefined ? { hiddenUnder } : {}),
      frozen,
      consistent,
      dataOk,
    }),
  );
}

/** The mount points of /etc/filesystems on the current host (its jfs and jfs2 stanzas). */
export function stanzaMountPoints(picture: Picture): string[] {
  return fileSystems(picture).map((f) => f.mountPoint);
}

export function fileSystemsOf(picture: Picture, vg: string): FileSystemView[] {
  return fileSystems(picture).filter((f) => f.vg === vg);
}

export function frozenFileSystems(picture: Picture): FileSystemView[] {
  return fileSystems(picture).filter((f) => f.frozen);
}

/**
 * The JFS2 freezes of the current host that AIX ended at their timeout (error log J2_FREEZE_TIMEOUT), as
 * `device at time`: writers went on before the copy was taken, so the freeze did not cover it.
 */
export function freezeTimeouts(picture: Picture): string[] {
  if ('errlog' in picture)
    return picture.errlog
      .filter((e) => e.label === 'J2_FREEZE_TIMEOUT')
      .map((e) => `${e.resource} at ${e.time}`);
  // The page's picture (worker/world-picture.ts) carries the error log as lines: TIME LABEL RESOURCE: text.
  return picture.log.flatMap((line) => {
    const entry = /^(\S+) J2_FREEZE_TIMEOUT (\S+):/.exec(line);
    return entry ? [`${entry[2]} at ${entry[1]}`] : [];
  });
}

/** File systems whose data is known to be wrong (a bad copy, varied on). */
export function damagedFileSystems(picture: Picture): FileSystemView[] {
  return fileSystems(picture).filter((f) => f.dataOk === false);
}

export interface AppView {
  name: string;
  kind: string;
  /** normal | hot-backup | suspended | stopped */
  mode: string;
  fileSystems: string[];
}

export function appsOf(picture: Picture): AppView[] {
  return picture.apps.map(({ name, kind, mode, fileSystems }) => ({ name, kind, mode, fileSystems }));
}

/** Storage volumes whose host writes are held right now (a DS8000 freeze: extended long busy). */
export function heldVolumes(picture: Picture): string[] {
  return picture.volumes.filter((v) => v.frozen).map((v) => v.id);
}

export interface MirrorView {
  /** primary:secondary */
  pair: string;
  /** As the storage CLI names it (Full Duplex, Suspended, ...). */
  state: string;
}

/** The storage volumes presented to the current host. */
export function volumesMappedHere(picture: Picture): string[] {
  const host = 'host' in picture ? picture.host : picture.currentHost;
  return picture.volumes.filter((v) => v.hosts.includes(host)).map((v) => v.id);
}

/** The targets of the storage's copy relationships (FlashCopy targets, mirror secondaries). */
export function relationshipTargets(picture: Picture): string[] {
  return picture.relationships.map((r) => r.target);
}

/** The remote mirror pairs (Metro Mirror, Global Copy / Global Mirror) and their states. */
export function mirrorsOf(picture: Picture): MirrorView[] {
  return picture.relationships
    .filter((r) => r.kind === 'metro-mirror' || r.kind === 'global-mirror')
    .map((r) => ({ pair: `${r.source}:${r.target}`, state: r.state }));
}
