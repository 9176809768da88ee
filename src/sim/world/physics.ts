/**
 * Copy physics on the host side: what reaches the disks, and when.
 *
 * - A running application makes `rate` transactions a second on each of its file systems. Each one is a
 *   JFS/JFS2 metadata transaction: its log record is written at once (the log head moves on the log's
 *   disk); its metadata reaches its home location on the file system's disks one tick later.
 * - User data stays in the page cache until a sync point: syncd every 60 s, `sync`, a freeze, umount.
 *   A database's own log is written synchronously, so its position on disk is always current.
 * - A sync point moves the log tail to the head. If more transactions than the log holds pile up between
 *   two sync points, the log wraps: records are overwritten before their sync point.
 * - Writers wait (they do not fail) while a file system is frozen or the storage holds a volume's writes.
 *
 * So a copy whose LUNs are taken at one instant holds a log that covers the file system (log replay
 * makes it consistent), while LUNs taken at different instants give a file system whose metadata is
 * newer than its log, or older than the log's tail: the log and the file system disagree.
 */
import type { AppMark, DiskImage, FsPortion, LogArea, LogWindow } from './disk-image';
import type { Application, Host, Mount } from './host';
import type { SimClock } from './clock';

/**
 * What the physics needs of the world (world.ts's World, which applies the physics as its clock moves):
 * the clock, the hosts and their volumes. Named here so physics does not depend on the World class.
 */
export interface PhysicsWorld {
  readonly clock: SimClock;
  readonly hosts: Record<string, Host>;
  isWritable(volumeId: string): boolean;
  isHeld(volumeId: string): boolean;
  readVolume(volumeId: string): DiskImage;
  writeVolume(volumeId: string, image: DiskImage): void;
  syncAll(host: Host): void;
}

/** syncd's period (AIX default: 60 seconds). */
const SYNCD_PERIOD = 60;

/** Replaces a volume's image with `change(image)` if host writes to it are possible now. */
export function updateImage(
  world: PhysicsWorld,
  volumeId: string,
  change: (image: DiskImage) => DiskImage,
): boolean {
  if (!world.isWritable(volumeId) || world.isHeld(volumeId)) return false;
  world.writeVolume(volumeId, change(world.readVolume(volumeId)));
  return true;
}

function withPortion(image: DiskImage, minor: number, change: (p: FsPortion) => FsPortion): DiskImage {
  const portion = image.fs[minor] ?? { metaGen: 0, apps: [] };
  return { ...image, fs: { ...image.fs, [minor]: change(portion) } };
}

function withLog(image: DiskImage, minor: number, change: (log: LogArea) => LogArea): DiskImage {
  const log = image.logs[minor] ?? { windows: {}, capacity: 1_000_000, wrapped: false, clean: true };
  return { ...image, logs: { ...image.logs, [minor]: change(log) } };
}

function withAppMark(apps: readonly AppMark[], mark: Partial<AppMark> & { app: string }): AppMark[] {
  const old = apps.find((a) => a.app === mark.app) ?? {
    app: mark.app,
    dataSeq: 0,
    appLogSeq: 0,
    mode: 'normal',
  };
  return [...apps.filter((a) => a.app !== mark.app), { ...old, ...mark }];
}

/** Writes the log window of a mounted file system (its head and tail) to the log's disk. */
export function writeLog(world: PhysicsWorld, mount: Mount): void {
  const window: LogWindow = { head: mount.txn, tail: mount.syncTxn };
  updateImage(world, mount.logVolume, (image) =>
    withLog(image, mount.logMinor, (log) => ({
      ...log,
      clean: false,
      windows: { ...log.windows, [mount.fsMinor]: window },
      wrapped: log.wrapped || window.head - window.tail > log.capacity,
    })),
  );
}

/** Writes the metadata home position to every disk of the file system. */
function writeHome(world: PhysicsWorld, mount: Mount): void {
  for (const volumeId of mount.volumes) {
    updateImage(world, volumeId, (image) =>
      withPortion(image, mount.fsMinor, (p) => ({ ...p, metaGen: mount.homeTxn })),
    );
  }
}

/** Sets the superblock state on the file system's first disk. */
export function writeSuperblock(world: PhysicsWorld, mount: Mount, state: 'clean' | 'mounted'): void {
  updateImage(world, mount.volumes[0], (image) =>
    withPortion(image, mount.fsMinor, (p) => ({
      ...p,
      superblock: { damaged: false, dataWrong: false, ...p.superblock, state },
    })),
  );
}

/**
 * A sync point for one file system: metadata and cached data to disk, log tail to head. Used by syncd,
 * `sync`, a freeze and umount.
 */
export function flushFileSystem(world: PhysicsWorld, host: Host, mount: Mount): void {
  const dirtyEntries = Object.keys(mount.dirtyData).length;
  // Nothing logged since the last sync point and nothing cached: there is nothing to write.
  if (mount.syncTxn === mount.txn && mount.homeTxn === mount.txn && dirtyEntries === 0) return;
  mount.homeTxn = mount.txn;
  mount.syncTxn = mount.txn;
  writeHome(world, mount);
  const dirty = Object.entries(mount.dirtyData);
  if (dirty.length > 0) {
    updateImage(world, mount.volumes[0], (image) =>
      withPortion(image, mount.fsMinor, (p) => {
        let apps = p.apps;
        for (const [app, seq] of dirty) {
          const mode = host.apps.find((a) => a.name === app)?.mode ?? 'normal';
          apps = withAppMark(apps, { app, dataSeq: seq, mode });
        }
        return { ...p, apps };
      }),
    );
    mount.dirtyData = {};
  }
  // The sync point ends any wrap: records before it are no longer needed for replay.
  updateImage(world, mount.logVolume, (image) =>
    withLog(image, mount.logMinor, (log) => ({
      ...log,
      clean: false,
      wrapped: false,
      windows: { ...log.windows, [mount.fsMinor]: { head: mount.txn, tail: mount.txn } },
    })),
  );
}

/** Is any write of this file system held right now (frozen file system, or storage freeze)? */
function writesHeld(world: PhysicsWorld, mount: Mount): boolean {
  if (mount.frozenUntil !== null) return true;
  if (world.isHeld(mount.logVolume)) return true;
  return mount.volumes.some((v) => world.isHeld(v));
}

/** Where a raw LV's blocks are on this host: the volume holding its first partition, and its minor. */
interface RawLvPlace {
  volumeId: string;
  minor: number;
}

/** The application's raw LVs as placed on its varied-on VG; undefined for one not open on this host. */
function rawLvPlaces(host: Host, app: Application): (RawLvPlace | undefined)[] {
  return (app.rawLvs ?? []).map((name) => {
    const active = host.active[host.lvs[name]?.vg ?? ''];
    const lv = active?.vgda.lvs.find((l) => l.name === name);
    const disk = lv && active.disks[lv.extents[0]?.pv ?? 0];
    return lv && disk ? { volumeId: host.devices[disk].volumeId, minor: lv.minor } : undefined;
  });
}

/**
 * `seconds` whole seconds of an application's writes, ending at `time`. Writing is uniform between two
 * clock events, so n seconds at once leave the disks exactly as n one-second ticks would (the log head,
 * the metadata one tick behind, the cached data); only a held write is retried second by second, since a
 * storage hold can end at any instant.
 */
function appWrites(world: PhysicsWorld, host: Host, app: Application, time: number, seconds: number): void {
  if (app.mode !== 'normal' && app.mode !== 'hot-backup') return;
  const mounts = app.fileSystems.map((mp) => host.mounts[mp]);
  const raw = rawLvPlaces(host, app);
  if (
    mounts.some((m) => m === undefined || m.readOnly || writesHeld(world, m)) ||
    raw.some((r) => r === undefined || world.isHeld(r.volumeId))
  ) {
    // A database waits on its first blocked write: nothing else of it moves on.
    app.blockedSince ??= time - seconds + 1;
    if (seconds > 1 && mounts.every((m) => m !== undefined && !m.readOnly && m.frozenUntil === null)) {
      // Held by the storage only: the hold may end within the interval.
      for (let t = time - seconds + 1; t <= time; t++) appWrites(world, host, app, t, 1);
    }
    return;
  }
  app.blockedSince = null;
  const transactions = app.rate * seconds;
  app.seq += transactions;
  // Raw I/O bypasses any cache: data and the database's own log reach the LV's disk with the transaction.
  for (const r of raw as RawLvPlace[])
    updateImage(world, r.volumeId, (image) =>
      withPortion(image, r.minor, (p) => ({
        ...p,
        apps: withAppMark(p.apps, { app: app.name, dataSeq: app.seq, appLogSeq: app.seq, mode: app.mode }),
      })),
    );
  for (const mount of mounts as Mount[]) {
    mount.txn += transactions;
    mount.homeTxn = mount.txn - app.rate; // the last second's metadata is not home yet
    writeHome(world, mount);
    writeLog(world, mount);
    mount.dirtyData[app.name] = app.seq;
    if (app.logFileSystem === mount.mountPoint) {
      updateImage(world, mount.volumes[0], (image) =>
        withPortion(image, mount.fsMinor, (p) => ({
          ...p,
          apps: withAppMark(p.apps, { app: app.name, appLogSeq: app.seq, mode: app.mode }),
        })),
      );
    }
  }
}

/** Host writes from the current instant up to `to`, in whole simulated seconds. */
export function writeUntil(world: PhysicsWorld, to: number): void {
  const first = Math.floor(world.clock.now()) + 1;
  const last = Math.floor(to);
  if (last < first) return;
  for (const host of Object.values(world.hosts)) {
    for (const app of host.apps) appWrites(world, host, app, last, last - first + 1);
  }
}

/** Thaws a frozen file system (chfs -a freeze=off, or the timeout). */
export function thaw(world: PhysicsWorld, host: Host, mount: Mount): void {
  mount.frozenUntil = null;
  world.clock.cancel('freeze-timeout', `${host.name}:${mount.mountPoint}`);
  writeSuperblock(world, mount, 'mounted');
}

/** Registers the handlers of the host-side clock events and starts syncd. */
export function registerPhysics(world: PhysicsWorld): void {
  world.clock.on('syncd', () => {
    for (const host of Object.values(world.hosts)) world.syncAll(host);
    world.clock.after(SYNCD_PERIOD, 'syncd', 'syncd');
  });
  world.clock.on('freeze-timeout', (event) => {
    const { host: hostName, mountPoint } = event.data as { host: string; mountPoint: string };
    const host = world.hosts[hostName];
    const mount = host?.mounts[mountPoint];
    if (!mount || mount.frozenUntil === null) return;
    thaw(world, host, mount);
    // AIX writes an error-log entry when a freeze ends by its timeout (fscntl; errlog J2_FREEZE_TIMEOUT).
    host.errlog.push({
      time: world.clock.now(),
      label: 'J2_FREEZE_TIMEOUT',
      resource: mount.device,
      description: 'File system freeze timeout expired',
    });
  });
  if (!world.clock.pending().some((e) => e.kind === 'syncd'))
    world.clock.after(SYNCD_PERIOD, 'syncd', 'syncd');
}
