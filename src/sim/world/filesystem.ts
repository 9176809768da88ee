/**
 * File-system operations on the model, for mount, umount, chfs -a freeze, sync, logredo and fsck
 * (src/sim/commands). Each returns what happened as data; the command turns it into AIX's words (0506-324,
 * `Replaying log for ...`, the fsck phases).
 */
import type { DiskImage, FsPortion, LogArea, LvRecord } from './disk-image';
import { attr, findStanza, type Stanza } from './etc-filesystems';
import type { Host, Mount } from './host';
import { flushFileSystem, thaw, updateImage, writeLog, writeSuperblock } from './physics';
import type { World } from './world';

/** Where a file system's LV and log are, resolved through the varied-on VGs. */
export interface FsLocation {
  stanza: Stanza;
  lv: LvRecord;
  vg: string;
  vfs: 'jfs' | 'jfs2';
  /** Volumes of the LV, superblock first. */
  volumes: string[];
  /** `INLINE` or `/dev/loglv00` as the stanza says. */
  log: string;
  /** The log LV found in a varied-on VG (the file system itself for INLINE); null only when `locate`
   * was asked to ignore a log it cannot find. */
  logLocation: { volume: string; minor: number } | null;
}

export type LocateProblem = 'not-in-filesystems' | 'no-device' | 'no-log';

function volumesOf(host: Host, vg: string, lv: LvRecord): string[] | null {
  const active = host.active[vg];
  const volumes: string[] = [];
  for (const e of lv.extents) {
    const name = active.disks[e.pv];
    if (!name) return null;
    const volume = host.devices[name].volumeId;
    if (!volumes.includes(volume)) volumes.push(volume);
  }
  return volumes;
}

/** Finds an LV by name among the varied-on VGs. */
export function activeLv(host: Host, lvName: string): { vg: string; lv: LvRecord } | null {
  const odm = host.lvs[lvName];
  if (!odm || !host.active[odm.vg]) return null;
  const lv = host.active[odm.vg].vgda.lvs.find((l) => l.name === lvName);
  return lv ? { vg: odm.vg, lv } : null;
}

/** How `locate` treats a log it cannot find. */
export interface LocateOptions {
  /**
   * fsck goes on without a log it cannot open (docs/aix-behaviour.md 15.4): the file system is located with
   * `logLocation: null` instead of the `'no-log'` problem that stops mount (0506-322).
   */
  ignoreLog?: boolean;
}

/** Resolves a mount point or `/dev/lv` to its stanza, LV, disks and log. */
export function locate(host: Host, target: string, options: LocateOptions = {}): FsLocation | LocateProblem {
  const stanza = target.startsWith('/dev/')
    ? host.filesystems.find((s) => attr(s, 'dev') === target)
    : findStanza(host.filesystems, target);
  if (!stanza) return 'not-in-filesystems';
  const dev = attr(stanza, 'dev') ?? '';
  const found = activeLv(host, dev.replace(/^\/dev\//, ''));
  if (!found) return 'no-device';
  const volumes = volumesOf(host, found.vg, found.lv);
  if (!volumes) return 'no-device';
  const vfs = attr(stanza, 'vfs') === 'jfs' ? 'jfs' : 'jfs2';
  const log = attr(stanza, 'log') ?? '';
  const place = { stanza, lv: found.lv, vg: found.vg, vfs, volumes, log } as const;
  // An inline log lives in the file system itself, on its first disk.
  if (log === 'INLINE') return { ...place, logLocation: { volume: volumes[0], minor: found.lv.minor } };
  const logLv = activeLv(host, log.replace(/^\/dev\//, ''));
  // A JFS/JFS2 log serves file systems of its own VG only: a stanza naming another VG's log (the
  // source's, on a copy whose log LV was not copied) leaves the file system without a usable log.
  const logVolumes = logLv && logLv.vg === found.vg ? volumesOf(host, logLv.vg, logLv.lv) : null;
  if (!logLv || !logVolumes) return options.ignoreLog ? { ...place, logLocation: null } : 'no-log';
  return { ...place, logLocation: { volume: logVolumes[0], minor: logLv.lv.minor } };
}

/** What a file system's image on disk says, before anything is replayed. */
export type ImageHealth =
  | 'clean'
  /** Mounted when copied: replaying the log makes it consistent. */
  | 'needs-replay'
  /** Mounted when copied and the log disagrees with the file system: replay leaves silent damage. */
  | 'log-disagrees'
  /** The log wrapped: logredo fails. */
  | 'log-wrapped'
  /** The superblock is dirty (a replay failed): only fsck -y makes it mountable. */
  | 'needs-fsck'
  /** Replayed over a disagreeing log: mount works, fsck finds damage. */
  | 'damaged';

function portions(world: World, loc: FsLocation): FsPortion[] {
  return loc.volumes.map((v) => world.readVolume(v).fs[loc.lv.minor] ?? { metaGen: 0, apps: [] });
}

function logArea(world: World, loc: FsLocation): LogArea | undefined {
  return loc.logLocation ? world.readVolume(loc.logLocation.volume).logs[loc.logLocation.minor] : undefined;
}

/**
 * The health of a file system from its portions (superblock first) and its log: the copy-consistency
 * rule. Pure, so tests and the invariants can judge images taken at any instant.
 */
export function healthOf(parts: readonly FsPortion[], log: LogArea | undefined, minor: number): ImageHealth {
  const sb = parts[0]?.superblock ?? { state: 'clean', damaged: false, dataWrong: false };
  if (sb.state === 'dirty') return 'needs-fsck';
  if (sb.damaged) return 'damaged';
  if (sb.state === 'clean') return 'clean';
  if (log?.wrapped) return 'log-wrapped';
  const window = log?.windows[minor] ?? { head: 0, tail: 0 };
  return parts.every((p) => p.metaGen >= window.tail && p.metaGen <= window.head)
    ? 'needs-replay'
    : 'log-disagrees';
}

/** Reads the file system's health from its disks (see ImageHealth). */
export function imageHealth(world: World, loc: FsLocation): ImageHealth {
  return healthOf(portions(world, loc), logArea(world, loc), loc.lv.minor);
}

export type ReplayOutcome =
  | { kind: 'nothing-to-do' }
  | { kind: 'replayed'; consistent: boolean }
  | { kind: 'log-wrap' }
  | { kind: 'no-log' };

function setSuperblock(world: World, loc: FsLocation, change: (p: FsPortion) => FsPortion): void {
  updateImage(world, loc.volumes[0], (image: DiskImage) => ({
    ...image,
    fs: { ...image.fs, [loc.lv.minor]: change(image.fs[loc.lv.minor] ?? { metaGen: 0, apps: [] }) },
  }));
}

/**
 * Replays the log of one file system (logredo, and mount/fsck before they start). A log that disagrees
 * with the file system is replayed anyway: the result looks clean but is damaged (docs/procedure.md: the mount
 * succeeds, the damage shows later). A wrapped log cannot be replayed: the superblock stays dirty.
 */
function replayLog(world: World, loc: FsLocation): ReplayOutcome {
  const health = imageHealth(world, loc);
  if (health !== 'needs-replay' && health !== 'log-disagrees' && health !== 'log-wrapped') {
    return { kind: 'nothing-to-do' };
  }
  if (!loc.logLocation) return { kind: 'no-log' };
  if (health === 'log-wrapped') {
    setSuperblock(world, loc, (p) => ({ ...p, superblock: { ...p.superblock!, state: 'dirty' } }));
    return { kind: 'log-wrap' };
  }
  const consistent = health === 'needs-replay';
  const window = logArea(world, loc)?.windows[loc.lv.minor] ?? { head: 0, tail: 0 };
  for (const volume of loc.volumes) {
    updateImage(world, volume, (image) => {
      const p = image.fs[loc.lv.minor] ?? { metaGen: 0, apps: [] };
      return {
        ...image,
        fs: { ...image.fs, [loc.lv.minor]: { ...p, metaGen: Math.max(p.metaGen, window.head) } },
      };
    });
  }
  setSuperblock(world, loc, (p) => ({
    ...p,
    superblock: {
      ...p.superblock,
      state: 'clean',
      damaged: !consistent,
      dataWrong: p.superblock?.dataWrong === true || !consistent,
    },
  }));
  const { volume, minor } = loc.logLocation;
  updateImage(world, volume, (image) => {
    const log = image.logs[minor];
    if (!log) return image;
    const { [loc.lv.minor]: _replayed, ...rest } = log.windows;
    return { ...image, logs: { ...image.logs, [minor]: { ...log, windows: rest } } };
  });
  return { kind: 'replayed', consistent };
}

/**
 * Replays a whole log device (logredo /dev/loglv): every file system whose stanza names it, or, given a
 * file system's own device, its INLINE log.
 */
export function replayLogDevice(
  world: World,
  host: Host,
  logDevice: string,
): { fileSystems: { device: string; outcome: ReplayOutcome }[] } | { mounted: string } | 'no-log' {
  const users = host.filesystems.filter(
    (s) => attr(s, 'log') === logDevice || (attr(s, 'log') === 'INLINE' && attr(s, 'dev') === logDevice),
  );
  const logLv = activeLv(host, logDevice.replace(/^\/dev\//, ''));
  if (!logLv) return 'no-log';
  // A mounted file system's log is held open by the kernel: logredo cannot open it (and must not replay a
  // log that JFS2 is writing).
  const mounted = users.find((s) => host.mounts[s.name] !== undefined);
  if (mounted) return { mounted: mounted.name };
  const fileSystems = users.flatMap((s) => {
    const loc = locate(host, s.name);
    if (typeof loc === 'string') return [];
    return [{ device: attr(s, 'dev') ?? '', outcome: replayLog(world, loc) }];
  });
  return { fileSystems };
}

export type FsckOutcome = {
  device: string;
  replay: ReplayOutcome;
  /** Damage found in phase 4/5 (inode map, block map), and a dirty superblock. */
  inodeMapCorrupt: boolean;
  superblockDirty: boolean;
  repaired: boolean;
};

/**
 * fsck of an unmounted file system: replay, check, repair when `repair` (-y). Without its log (located
 * with `ignoreLog`), what the log would have replayed is left undone: fsck finds it as damage (15.4).
 */
export function checkFileSystem(world: World, loc: FsLocation, repair: boolean): FsckOutcome {
  const replay = replayLog(world, loc);
  const health = imageHealth(world, loc);
  const damaged = replay.kind === 'no-log' || health === 'damaged' || health === 'needs-fsck';
  const inodeMapCorrupt = damaged;
  const superblockDirty = damaged;
  if (repair && (inodeMapCorrupt || superblockDirty)) {
    // Repairs make the metadata consistent; what the application wrote is still lost or wrong.
    setSuperblock(world, loc, (p) => ({
      ...p,
      superblock: { ...p.superblock, state: 'clean', damaged: false, dataWrong: true },
    }));
  }
  return {
    device: attr(loc.stanza, 'dev') ?? '',
    replay,
    inodeMapCorrupt,
    superblockDirty,
    repaired: repair,
  };
}

/** Whether a file system (mount point or /dev/lv) has mountguard on, as its superblock says (lsfs -q). */
export function hasMountGuard(world: World, host: Host, target: string): boolean {
  const loc = locate(host, target, { ignoreLog: true });
  return typeof loc !== 'string' && portions(world, loc)[0]?.superblock?.mountGuard === true;
}

/** A guarded file system's mark: set by its mount, cleared by its umount (no-op without mountguard). */
function setGuardMark(world: World, loc: FsLocation, mounted: boolean): void {
  const sb = portions(world, loc)[0]?.superblock;
  if (!sb?.mountGuard) return;
  setSuperblock(world, loc, (p) => ({ ...p, superblock: { ...p.superblock!, guardMark: mounted } }));
}

export type MountOutcome =
  | { kind: 'ok'; replayed: boolean }
  /** mountguard: the superblock says the file system is mounted elsewhere (0506-365). */
  | { kind: 'guarded' }
  | { kind: 'dirty'; replayed: true }
  | { kind: 'busy' }
  | LocateProblem
  | 'no-directory';

/** Is the LV mounted anywhere (a loop, not Object.values: mount runs 512 times in a refresh). */
function lvMounted(host: Host, lv: string): boolean {
  for (const mp in host.mounts) if (host.mounts[mp].lv === lv) return true;
  return false;
}

/** mount: replay the log if the file system was not cleanly unmounted, then mount. */
export function mountFileSystem(
  world: World,
  host: Host,
  target: string,
  { readOnly = false, noGuard = false }: { readOnly?: boolean; noGuard?: boolean } = {},
): MountOutcome {
  const loc = locate(host, target);
  if (typeof loc === 'string') return loc;
  if (host.mounts[loc.stanza.name] || lvMounted(host, loc.lv.name)) return { kind: 'busy' };
  if (!host.directories.includes(loc.stanza.name)) return 'no-directory';
  // A guarded file system not mounted here (busy above) but marked mounted is mounted elsewhere, as far
  // as the superblock can tell: a copy taken while its source was mounted carries the source's mark.
  const sb = portions(world, loc)[0]?.superblock;
  if (sb?.mountGuard && sb.guardMark && !noGuard) return { kind: 'guarded' };
  const health = imageHealth(world, loc);
  let replayed = false;
  if (health === 'needs-replay' || health === 'log-disagrees' || health === 'log-wrapped') {
    replayed = true;
    const outcome = replayLog(world, loc);
    if (outcome.kind !== 'replayed') return { kind: 'dirty', replayed: true };
  } else if (health === 'needs-fsck') {
    return { kind: 'dirty', replayed: true };
  }
  const start = Math.max(...portions(world, loc).map((p) => p.metaGen));
  const mount: Mount = {
    mountPoint: loc.stanza.name,
    device: attr(loc.stanza, 'dev') ?? '',
    lv: loc.lv.name,
    vg: loc.vg,
    vfs: loc.vfs,
    log: loc.log,
    fsMinor: loc.lv.minor,
    volumes: loc.volumes,
    logVolume: loc.logLocation!.volume,
    logMinor: loc.logLocation!.minor,
    mountedAt: world.now(),
    readOnly,
    frozenUntil: null,
    txn: start,
    homeTxn: start,
    syncTxn: start,
    dirtyData: {},
  };
  // Mounted over a directory that holds mount points: those below are hidden under this file system.
  for (const below of mountsBelow(host, mount.mountPoint)) below.hiddenUnder ??= mount.mountPoint;
  host.mounts[mount.mountPoint] = mount;
  if (!readOnly) {
    // The log starts covering the file system from where its disks are: a sync point at `start`.
    writeLog(world, mount);
    writeSuperblock(world, mount, 'mounted');
    setGuardMark(world, loc, true);
  }
  return { kind: 'ok', replayed };
}

/** The mounts whose mount points lie below `mountPoint` (/data/sub below /data). */
function mountsBelow(host: Host, mountPoint: string): Mount[] {
  const prefix = mountPoint === '/' ? '/' : `${mountPoint}/`;
  return Object.values(host.mounts).filter((m) => m.mountPoint.startsWith(prefix));
}

/** Finds a mount by mount point or device. */
export function findMount(host: Host, target: string): Mount | undefined {
  return host.mounts[target] ?? Object.values(host.mounts).find((m) => m.device === target);
}

export type UmountOutcome = { kind: 'ok' } | { kind: 'not-mounted' } | { kind: 'busy'; device: string };

/** umount: flush, mark clean. A file system an application writes to, the shell is in (cwd), or frozen is busy. */
export function unmountFileSystem(world: World, host: Host, target: string, cwd = '/'): UmountOutcome {
  const mount = findMount(host, target);
  if (!mount) return { kind: 'not-mounted' };
  // A process whose current directory is in the file system holds it too (14.5): the admin's own shell.
  const shellInside = cwd === mount.mountPoint || cwd.startsWith(`${mount.mountPoint}/`);
  const inUse =
    shellInside ||
    host.apps.some(
      (a) =>
        a.fileSystems.includes(mount.mountPoint) &&
        (a.mode === 'normal' || a.mode === 'hot-backup' || a.mode === 'suspended'),
    );
  // A file system mounted on a directory of this one holds it (AIX: 0506-349 busy); one mounted before this
  // one, hidden under it, sits on the directory this one covers and holds nothing of it.
  const holdsBelow = mountsBelow(host, mount.mountPoint).some((m) => m.hiddenUnder === undefined);
  if (inUse || holdsBelow || mount.frozenUntil !== null) return { kind: 'busy', device: mount.device };
  flushFileSystem(world, host, mount);
  if (!mount.readOnly) writeSuperblock(world, mount, 'clean');
  const loc = locate(host, mount.mountPoint);
  if (typeof loc !== 'string') setGuardMark(world, loc, false);
  delete host.mounts[mount.mountPoint];
  for (const below of Object.values(host.mounts))
    if (below.hiddenUnder === mount.mountPoint) delete below.hiddenUnder;
  return { kind: 'ok' };
}

export type FreezeOutcome =
  | { kind: 'ok' }
  | { kind: 'not-mounted' }
  | { kind: 'not-jfs2' }
  | { kind: 'not-frozen' };

/** chfs -a freeze=N: flush everything, write a consistent image, hold writers until thaw or timeout. */
export function freezeFileSystem(
  world: World,
  host: Host,
  mountPoint: string,
  timeout: number,
): FreezeOutcome {
  const mount = host.mounts[mountPoint];
  if (!mount) return { kind: 'not-mounted' };
  if (mount.vfs !== 'jfs2') return { kind: 'not-jfs2' };
  flushFileSystem(world, host, mount);
  writeSuperblock(world, mount, 'clean');
  mount.frozenUntil = world.now() + timeout;
  const key = `${host.name}:${mountPoint}`;
  world.clock.cancel('freeze-timeout', key);
  world.clock.at(mount.frozenUntil, 'freeze-timeout', key, { host: host.name, mountPoint });
  return { kind: 'ok' };
}

/** The mount of a frozen file system, or why there is none (refreeze and thaw need one). */
function frozenMount(host: Host, mountPoint: string): Mount | FreezeOutcome {
  const mount = host.mounts[mountPoint];
  if (!mount) return { kind: 'not-mounted' };
  return mount.frozenUntil === null ? { kind: 'not-frozen' } : mount;
}

/** chfs -a refreeze=N: a new timeout for a file system that is still frozen. */
export function refreezeFileSystem(
  world: World,
  host: Host,
  mountPoint: string,
  timeout: number,
): FreezeOutcome {
  const mount = frozenMount(host, mountPoint);
  return 'kind' in mount ? mount : freezeFileSystem(world, host, mountPoint, timeout);
}

/** chfs -a freeze=off (or freeze=0). */
export function thawFileSystem(world: World, host: Host, mountPoint: string): FreezeOutcome {
  const mount = frozenMount(host, mountPoint);
  if ('kind' in mount) return mount;
  thaw(world, host, mount);
  return { kind: 'ok' };
}
