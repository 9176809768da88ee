/**
 * What a LUN holds, at the granularity that decides whether a copy is usable: the PVID in sector 0, the
 * VG descriptor area (VGDA), the LV control blocks (LVCB), each file system's superblock and metadata,
 * the JFS/JFS2 log records, and the application data blocks.
 *
 * Images are immutable values: every change builds a new object and shares the untouched parts (the
 * VGDA object is shared by all disks of a VG). So the storage can copy a LUN by keeping a reference
 * (`clone = identity`), snapshots are cheap, and a copy keeps exactly the state of its instant.
 */

type VgType = 'original' | 'big' | 'scalable';
export type LvType = 'jfs' | 'jfs2' | 'jfslog' | 'jfs2log' | 'raw' | 'paging' | 'sysdump' | 'boot';

/** Where an LV's physical partitions are: `pps` partitions on the VG's member `pv` (index in `Vgda.pvids`). */
export interface Extent {
  readonly pv: number;
  readonly pps: number;
}

/** One LV as the VGDA describes it. */
export interface LvRecord {
  /** Minor number within the VG; LV identifier = `${vgid}.${minor}`. Stable across copies. */
  readonly minor: number;
  readonly name: string;
  readonly type: LvType;
  /** Logical partitions (PPs = LPs x copies). */
  readonly lps: number;
  readonly copies: number;
  /** Allocation on the member disks, in order; the LV's first partition is on `extents[0].pv`. */
  readonly extents: readonly Extent[];
}

/** The VG descriptor area: the same object on every member disk of the VG. */
export interface Vgda {
  readonly vgName: string;
  /** 32 hexadecimal digits. */
  readonly vgid: string;
  readonly vgType: VgType;
  readonly ppSizeMb: number;
  /** Member PVIDs in VG order, and each member's size in PPs. */
  readonly pvids: readonly string[];
  readonly totalPps: readonly number[];
  readonly lvs: readonly LvRecord[];
  readonly quorum: boolean;
  readonly autoOn: boolean;
  readonly concurrentCapable: boolean;
  /** Bumped on every VGDA update; varyonvg compares it across disks. */
  readonly timestamp: number;
}

/** File-system attributes the LVCB keeps, which importvg/recreatevg turn into /etc/filesystems stanzas. */
interface LvcbFs {
  readonly vfs: 'jfs' | 'jfs2';
  /** `INLINE` or the log device as recorded, e.g. `/dev/loglv00`. */
  readonly log: string;
  readonly mount: 'true' | 'false';
  readonly check: 'true' | 'false';
  readonly options: string;
  readonly account: 'true' | 'false';
  /** Size in 512-byte blocks, as lsfs shows it. */
  readonly size512: number;
}

/** The LV control block, in the LV's first block (on the disk holding its first partition). */
export interface Lvcb {
  readonly lvName: string;
  readonly type: LvType;
  /** The label: the mount point for a file-system LV; null when never set (lslv shows `None`). */
  readonly label: string | null;
  readonly fs: LvcbFs | null;
}

/**
 * Superblock state of a file system as written on disk:
 * - `clean`: unmounted cleanly, or frozen (JFS2 freeze writes a consistent image);
 * - `mounted`: the file system was mounted when this image was written: mount/fsck replay the log first;
 * - `dirty`: the log could not bring it to a consistent state: only fsck makes it mountable.
 */
type SuperblockState = 'clean' | 'mounted' | 'dirty';

/** An application's footprint in one file-system portion (see README: application data). */
export interface AppMark {
  readonly app: string;
  /** The application's last transaction whose data blocks reached this disk. */
  readonly dataSeq: number;
  /** The application's own redo/transaction log position on disk (databases write it synchronously). */
  readonly appLogSeq: number;
  /** Mode of the application when these blocks were written. */
  readonly mode: AppMode;
}

export type AppMode = 'normal' | 'hot-backup' | 'suspended' | 'stopped';

/** The part of a file system held by one disk. */
export interface FsPortion {
  /** Last metadata transaction written to its home location on this disk. */
  readonly metaGen: number;
  /** Only on the disk holding the LV's first partition. */
  readonly superblock?: {
    readonly state: SuperblockState;
    /** Damage left by replaying a log that disagreed with the file system (found by fsck). */
    readonly damaged: boolean;
    /** User data lost or wrong: what the application reads is not what it wrote. */
    readonly dataWrong: boolean;
    /** JFS2 mountguard=yes (AIX 7.1+, chfs -a mountguard): a mount records itself here. */
    readonly mountGuard?: boolean;
    /** Set by a guarded mount, cleared by umount: "mounted elsewhere" to any other mount of a copy. */
    readonly guardMark?: boolean;
  };
  readonly apps: readonly AppMark[];
}

/** Log records of one file system inside a log (a jfs2log LV can serve several file systems). */
export interface LogWindow {
  /** Last transaction logged (the log's head for this file system). */
  readonly head: number;
  /** Sync point: transactions up to here are in their home locations; replay starts after it. */
  readonly tail: number;
}

/** A JFS/JFS2 log: on the disk holding the log LV, or inside the file system for an inline log. */
export interface LogArea {
  /** By file-system LV minor number. */
  readonly windows: Readonly<Record<number, LogWindow>>;
  /** Capacity in transactions between two sync points; beyond it the log wraps. */
  readonly capacity: number;
  /** Records were overwritten before their sync point: logredo cannot replay (docs/procedure.md: log wrap). */
  readonly wrapped: boolean;
  /** Formatted and not in use since (logform, or cleanly closed). */
  readonly clean: boolean;
}

/** Everything on one LUN. */
export interface DiskImage {
  /** 16 hexadecimal digits in sector 0, or null for a new or cleared LUN. */
  readonly pvid: string | null;
  readonly vgda: Vgda | null;
  /**
   * This disk's number in its VGDA (the LVM record): it survives `chdev -a pv=clear`, which is how
   * recreatevg still finds a disk's place in the VG after its PVID was cleared.
   */
  readonly member: number | null;
  /** LV control blocks of the LVs whose first partition is on this disk, by minor number. */
  readonly lvcbs: Readonly<Record<number, Lvcb>>;
  /** File-system portions on this disk, by LV minor number. */
  readonly fs: Readonly<Record<number, FsPortion>>;
  /** Logs on this disk (jfs2log LVs and inline logs), by LV minor number. */
  readonly logs: Readonly<Record<number, LogArea>>;
}

/** A LUN fresh from the storage: no PVID, nothing written (what `blank()` gives the storage). */
export function blankImage(): DiskImage {
  return { pvid: null, vgda: null, member: null, lvcbs: {}, fs: {}, logs: {} };
}

/**
 * Images are immutable, so a copy is the same value. The storage subsystem is given this as `clone`.
 */
export function cloneImage(image: DiskImage): DiskImage {
  return image;
}

/**
 * A fuzzy copy of `image`: what a Global Copy secondary holds while tracks are out of sync, some blocks
 * newer than others with no order between them. Each file system whose superblock is on the LUN is damaged
 * and its data wrong: no log replay can make it consistent (fsck finds the damage, the data stays wrong).
 */
export function fuzzImage(image: DiskImage): DiskImage {
  const fs: Record<number, FsPortion> = {};
  for (const [minor, portion] of Object.entries(image.fs)) {
    fs[Number(minor)] = portion.superblock
      ? { ...portion, superblock: { ...portion.superblock, damaged: true, dataWrong: true } }
      : portion;
  }
  return { ...image, fs };
}

/** LV identifier as lslv shows it: VGID, a dot, the minor number. */
export function lvIdentifier(vgid: string, minor: number): string {
  return `${vgid}.${minor}`;
}

/** Partitions used on each member, in one pass over the LVs (listings of 1024-disk VGs stay linear). */
export function usedPpsByPv(vgda: Vgda): number[] {
  const used = vgda.pvids.map(() => 0);
  for (const lv of vgda.lvs) for (const e of lv.extents) used[e.pv] += e.pps;
  return used;
}

/** Partitions used on member `pv` by all LVs. */
export function usedPps(vgda: Vgda, pv: number): number {
  let used = 0;
  for (const lv of vgda.lvs) for (const e of lv.extents) if (e.pv === pv) used += e.pps;
  return used;
}
