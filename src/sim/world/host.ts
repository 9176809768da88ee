/**
 * One simulated AIX host: its ODM (devices, PVIDs, VGs, LVs), /etc/filesystems, the VGs varied on, the
 * mounted file systems with their freezes, the page cache, the running applications and the error log.
 * Plain JSON-serialisable data: a snapshot of the world is a copy of this record.
 */
import type { AppMode, DiskImage, LvType, Vgda } from './disk-image';
import type { Stanza } from './etc-filesystems';

type AixRelease = '5.2' | '5.3' | '6.1' | '7.1' | '7.2' | '7.3';
/** hdiskN for AIX MPIO and SDDPCM, vpathN for SDD, hdiskpowerN for OEM (EMC PowerPath) code. */
type MultipathDriver = 'mpio' | 'sddpcm' | 'sdd' | 'oem';

export interface AixLevel {
  release: AixRelease;
  technologyLevel: number;
  servicePack: number;
  /** Installed APARs (instfix -ik), e.g. IY66043 for JFS2 freeze on AIX 5.2. */
  apars: string[];
}

/** CuDv + CuAt of one disk device. */
export interface DiskDevice {
  name: string;
  /** Available: configured; Defined: known to the ODM but not configured (cfgmgr left it, or rmdev -l). */
  status: 'Available' | 'Defined';
  location: string;
  description: string;
  /** The storage volume this device is (the LUN behind its paths). */
  volumeId: string;
  /** CuAt pvid: what lspv shows; read from the disk when configured, not re-read later. */
  pvid: string | null;
  /** The ODM attributes lsattr lists that vary by disk (lun_id, unique_id, ww_name, ...). */
  lunId: string;
  uniqueId: string;
  serial: string;
  sizeMb: number;
  machineType: '2107' | '2145';
}

/** A VG defined in the ODM (CuDv of class logical_volume/vgsubclass + CuAt). */
export interface OdmVg {
  name: string;
  vgid: string;
  /** Member PVIDs as loaded into the ODM (importvg, recreatevg, mkvg). */
  pvids: string[];
  majorNumber: number;
}

/** An LV defined in the ODM. LV names are device names: unique on the host across all VGs. */
interface OdmLv {
  name: string;
  vg: string;
  minor: number;
  type: LvType;
}

/** A varied-on VG: the LVM's in-memory VGDA and the disks it opened. */
interface ActiveVg {
  vgda: Vgda;
  /** Device name per member index (null: PV missing at varyon). */
  disks: (string | null)[];
}

/** A mounted file system. */
export interface Mount {
  mountPoint: string;
  /** `/dev/fsdatalv` */
  device: string;
  lv: string;
  vg: string;
  vfs: 'jfs' | 'jfs2';
  /** `INLINE` or `/dev/loglv00` (the log in use). */
  log: string;
  /** Minor number of the file-system LV in its VG (its key in disk images). */
  fsMinor: number;
  /** Volumes holding the LV, the one with the superblock first. */
  volumes: string[];
  /** Volume holding the log (the first volume for an inline log) and the log's key in that image. */
  logVolume: string;
  logMinor: number;
  mountedAt: number;
  readOnly: boolean;
  /** JFS2 freeze: the instant it ends by itself, or null when not frozen. */
  frozenUntil: number | null;
  /** Metadata transactions logged so far (the log head of this file system). */
  txn: number;
  /** Transactions whose metadata is already in its home location on disk. */
  homeTxn: number;
  /** Transactions up to the last sync point (log tail). */
  syncTxn: number;
  /** Application data still in the page cache, not on disk: app name -> last dirty transaction. */
  dirtyData: Record<string, number>;
  /**
   * The mount point of a file system mounted later over a directory above this one (/data over /data/sub
   * mounted first): path lookups find the later one, so this one is out of reach until that is unmounted.
   */
  hiddenUnder?: string;
}

export type AppKind = 'db2' | 'oracle' | 'other';

/** An application writing to file systems of this host. */
export interface Application {
  name: string;
  kind: AppKind;
  /** The login whose environment the commands need (DB2's instance owner). */
  owner?: string;
  /** Mount points it writes to (its data and its own log). */
  fileSystems: string[];
  /** Raw LVs it writes directly (no file system, no cache): each write is on disk at once. */
  rawLvs?: string[];
  /** Its own transaction log lives on this mount point (databases); written synchronously. */
  logFileSystem: string | null;
  /** Can it recover from a crash-consistent image (databases can; a batch job writing flat files cannot). */
  crashRecoverable: boolean;
  mode: AppMode;
  /** Transactions per second while in normal or hot-backup mode. */
  rate: number;
  /** Its last transaction number. */
  seq: number;
  /** Writes waiting on a frozen file system or a held volume since this instant (null: not blocked). */
  blockedSince: number | null;
}

interface ErrlogEntry {
  time: number;
  /** e.g. J2_FREEZE_TIMEOUT */
  label: string;
  resource: string;
  description: string;
}

export interface Host {
  name: string;
  aix: AixLevel;
  multipath: MultipathDriver;
  /** First 8 hex digits of every PVID/VGID created on this host. */
  machineId: string;
  /**
   * The ids the next VG made on this host takes, where a scenario re-creates a copy whose ids a runbook
   * recorded (recreatevg draws fresh ones, which the runbook's preflight would not find): used once each.
   */
  givenIds?: { vgid: string; pvids: string[] };
  /** Disk devices by name. */
  devices: Record<string, DiskDevice>;
  /** ODM VGs in definition order (lsvg lists them in this order). */
  vgs: OdmVg[];
  lvs: Record<string, OdmLv>;
  /** /etc/filesystems, stanza by stanza in file order. */
  filesystems: Stanza[];
  /** Directories that exist (mount points created by imfs/recreatevg or present from the start). */
  directories: string[];
  active: Record<string, ActiveVg>;
  mounts: Record<string, Mount>;
  apps: Application[];
  errlog: ErrlogEntry[];
  /** Names the scenario gives volumes (volume id to device name), taken when configured if free. */
  deviceNames: Record<string, string>;
  /** Location-code prefix of the FC adapter the storage LUNs come in on. */
  fcLocation: string;
  /** Internal disks (rootvg): not on the storage, so their content lives with the host. Keyed `local:<host>:<disk>`. */
  localDisks: Record<string, DiskImage>;
}

/** Volume ids of internal disks start with this. */
export const LOCAL_VOLUME = 'local:';

/** Sort key for a device name: its prefix, then its number (hdisk2 before hdisk10). */
function deviceKey(name: string): [string, number] {
  const m = /^(\D+)(\d+)$/.exec(name);
  return m ? [m[1], Number(m[2])] : [name, -1];
}

/** Disk devices in name order (lspv, lsdev); keys computed once per device, not per comparison. */
export function sortedDevices(host: Host): DiskDevice[] {
  return Object.values(host.devices)
    .map((device) => ({ device, key: deviceKey(device.name) }))
    .sort((x, y) => (x.key[0] < y.key[0] ? -1 : x.key[0] > y.key[0] ? 1 : x.key[1] - y.key[1]))
    .map((entry) => entry.device);
}

export function findOdmVg(host: Host, name: string): OdmVg | undefined {
  return host.vgs.find((v) => v.name === name);
}

/** The device name prefix of this host's disks. */
export function diskPrefix(host: Host): string {
  return host.multipath === 'sdd' ? 'vpath' : host.multipath === 'oem' ? 'hdiskpower' : 'hdisk';
}
