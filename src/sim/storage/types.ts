/**
 * The data of the simulated storage subsystem: plain JSON-serialisable records (the snapshot format) and the
 * read-only views handed to commands and to the UI. Volume content `C` is the host's disk image, opaque here.
 */

/** DS8000 (machine type 2107, DS CLI) or SVC / Storwize / FlashSystem (machine type 2145, SVC CLI). */
export type Flavour = 'ds8000' | 'svc';

/** Why host writes to a volume are held (DS8000 extended long busy / queue full). */
type HoldCause = 'flash-freeze' | 'pprc-freeze';

/** One host's view of one volume: the SCSI LUN number under which the host sees it. */
interface HostMapping {
  host: string;
  lun: number;
}

/** A volume (DS8000 fixed-block volume, SVC vdisk) and the bytes it holds. */
export interface VolumeRecord<C> {
  /** DS8000: 4 hex digits LLVV (LSS + volume); SVC: the vdisk id (a decimal number). */
  id: string;
  name: string;
  sizeGb: number;
  /** DS8000: storage image serial + volume id (e.g. 75ABCD11000); SVC: the 32-hex-digit vdisk UID. */
  serial: string;
  /** DS8000 storage image holding the volume (e.g. IBM.2107-75ABCD1); SVC: the cluster name. */
  image: string;
  content: C;
  mappings: HostMapping[];
  /** Host writes are held (not refused for good) while set: freeze until release or timeout. */
  hold: { cause: HoldCause; until: number } | null;
}

/** DS8000 FlashCopy relationship (mkflash). */
export interface FlashRecord {
  source: string;
  target: string;
  /** Instant the target's point-in-time image was taken (mkflash, or the last resyncflash). */
  pointInTime: number;
  createdAt: number;
  record: boolean;
  persist: boolean;
  nocp: boolean;
  tgtinhibit: boolean;
  seqnum: number;
}

/** PPRC pair type: Metro Mirror (synchronous) or Global Copy (the transport of Global Mirror). */
export type PprcType = 'mmir' | 'gcp';

/** Why a PPRC pair is suspended, as lspprc prints it in the Reason column. */
export type SuspendReason = 'Host Source' | 'Host Target' | 'Freeze';

/** DS8000 Metro Mirror / Global Copy pair (mkpprc). */
export interface PprcRecord {
  primary: string;
  secondary: string;
  type: PprcType;
  createdAt: number;
  /** When the first pass (initial copy or failback resync) completes; until then: Copy Pending. */
  firstPassDoneAt: number;
  /** Whether the first pass has been applied to the secondary's content. */
  firstPassApplied: boolean;
  suspended: SuspendReason | null;
  /** failoverpprc was issued at the secondary: it is now a suspended primary, readable and writable. */
  failedOver: boolean;
  /** When the pair was last suspended (pausepprc, freezepprc, failoverpprc); absent in older snapshots. */
  suspendedAt?: number | null;
  /** -tgtread: the secondary may be read by a host while the pair is active. */
  tgtread: boolean;
  /**
   * Tracks changed on the primary and not yet on the secondary (lspprc -l "Out Of Sync Tracks"), besides a
   * first pass still running. Absent in snapshots older than the field: none.
   */
  outOfSyncTracks?: number;
  /** The simulated second the Global Copy drain was last applied at. */
  drainedAt?: number;
}

/**
 * A DS8000 PPRC path set from a source LSS to a target LSS on another storage image (mkpprcpath): the
 * Fibre Channel port pairs Metro Mirror and Global Copy traffic of that LSS pair travels over.
 */
export interface PprcPathRecord {
  sourceImage: string;
  targetImage: string;
  sourceLss: string;
  targetLss: string;
  /** The target storage image's WWNN, as mkpprcpath -remotewwnn gave it. */
  remoteWwnn: string;
  /** `[source port, attached target port]`, e.g. `['I0001', 'I0101']`. */
  ports: [string, string][];
}

/**
 * A DS8000 Global Mirror session on one LSS (mksession, chsession): the Global Copy primaries whose
 * consistency groups are formed together.
 */
export interface GmSessionRecord {
  image: string;
  lss: string;
  /** Session id, 2 hex digits 01-FF. */
  id: string;
  /** Primary volume ids added with chsession -action add (mksession -volume). */
  volumes: string[];
}

/** A Global Mirror master (mkgmir) on its master LSS, forming consistency groups for one session. */
export interface GmirRecord {
  image: string;
  masterLss: string;
  session: string;
  /** Running forms consistency groups; Paused (pausegmir) stops at a consistency group boundary. */
  state: 'Running' | 'Paused';
  /** -cginterval: seconds between consistency groups after one formed (0: as often as possible). */
  cgInterval: number;
  startedAt: number;
  /** The instant of the last consistency group formed, null until the first. */
  cgTime: number | null;
  /** FlashCopy sequence number of the journal FlashCopies of the last consistency group. */
  seqnum: number;
  /** Consistency groups formed and attempted (showgmir's Successful CG Percentage). */
  cgFormed: number;
  cgAttempts: number;
}

/** SVC FlashCopy mapping states (lsfcmap status column). */
export type FcMapStatus = 'idle_or_copied' | 'preparing' | 'prepared' | 'copying' | 'stopping' | 'stopped';

/** SVC FlashCopy mapping (mkfcmap). */
export interface FcMapRecord {
  id: number;
  name: string;
  source: string;
  target: string;
  groupId: number | null;
  copyrate: number;
  status: FcMapStatus;
  /** Simulated second the mapping was last started (its point in time), or null if never started. */
  startedAt: number | null;
  /** Progress fixed at the last stop (a stopped map keeps it); while copying it is computed from time. */
  progress: number;
  autodelete: boolean;
  incremental: boolean;
  /** While preparing: the simulated second the cache flush ends and the mapping is prepared. */
  flushedAt?: number | null;
  /** Progress the running background copy began from: past the unchanged grains of an incremental restart. */
  startProgress?: number;
}

/** SVC FlashCopy consistency group (mkfcconsistgrp). */
export interface FcGroupRecord {
  id: number;
  name: string;
  autodelete: boolean;
}

/**
 * SVC remote copy relationship and group states (lsrcrelationship / lsrcconsistgrp state column). A
 * relationship's aux volume (the secondary while `primary` is master) holds a consistent image only in the
 * consistent_* states and in idling reached from them.
 */
export type RcState =
  | 'inconsistent_stopped'
  | 'inconsistent_copying'
  | 'consistent_synchronized'
  | 'consistent_stopped'
  | 'idling';

/** SVC Metro Mirror / Global Mirror relationship (mkrcrelationship). */
export interface RcRelationshipRecord {
  /** The master vdisk's id: SVC gives a relationship the id of its master volume. */
  id: number;
  name: string;
  master: string;
  aux: string;
  /** The aux volume's cluster (mkrcrelationship -cluster). */
  auxCluster: string;
  /** -global: Global Mirror (asynchronous, write order kept at the secondary); else Metro Mirror. */
  global: boolean;
  groupId: number | null;
  state: RcState;
  /** The copy direction: the side hosts write to; null while idling (both sides writable). */
  primary: 'master' | 'aux' | null;
  /** While inconsistent_copying: when the background synchronisation began and when it completes. */
  syncStartedAt: number | null;
  syncDoneAt: number | null;
  /**
   * The secondary holds a consistent image (of some instant): synchronized once, and stopped or given access
   * from a consistent state. A resync then copies only the changed grains; otherwise everything.
   */
  consistent: boolean;
  /** Stopped or idling: whether no host wrote either side since the stop (lsrcrelationship sync in_sync). */
  inSync: boolean;
}

/** SVC remote copy consistency group (mkrcconsistgrp). */
export interface RcGroupRecord {
  id: number;
  name: string;
}

/** Everything the subsystem holds, as plain data (the snapshot format). Version bumps on a shape change. */
export interface StorageSnapshot<C> {
  version: 1;
  flavour: Flavour;
  images: string[];
  /** Hosts the storage knows (SVC host objects, DS8000 host connections), in the order they were defined. */
  hosts: string[];
  /** DS8000: a host's volume group id where the scenario names it (lsvolgrp); others are V<n> by host order. */
  volumeGroupIds?: Record<string, string>;
  volumes: VolumeRecord<C>[];
  flash: FlashRecord[];
  pprc: PprcRecord[];
  /** PPRC paths between LSS pairs (absent in snapshots taken before paths were simulated: none). */
  pprcPaths?: PprcPathRecord[];
  fcMaps: FcMapRecord[];
  fcGroups: FcGroupRecord[];
  /** SVC remote copy (absent in snapshots taken before it was simulated: none). */
  rcRelationships?: RcRelationshipRecord[];
  rcGroups?: RcGroupRecord[];
  /** Last Global Mirror consistency point. */
  lastConsistencyPoint: number | null;
  /** Global Mirror sessions and masters (absent in snapshots taken before they were simulated: none). */
  gmSessions?: GmSessionRecord[];
  gmir?: GmirRecord[];
}

/** What a host sees of one mapped volume: the identifiers lsattr, lscfg and pcmpath report. */
export interface HostLun {
  volumeId: string;
  name: string;
  lun: number;
  sizeGb: number;
  /** 2107 (DS8000) or 2145 (SVC). */
  machineType: '2107' | '2145';
  /** DS8000: storage image serial + volume id (lscfg "Serial Number"); SVC: the vdisk UID. */
  serial: string;
  /** The ODM `unique_id` attribute of the hdisk. */
  uniqueId: string;
}

/** A volume for listings and the UI: no content. */
export interface VolumeView {
  id: string;
  name: string;
  sizeGb: number;
  serial: string;
  image: string;
  hosts: string[];
  hostReadable: boolean;
  hostWritable: boolean;
  frozen: boolean;
}

/** The state picture for the UI: volumes and copy relationships with their states as the CLIs name them. */
export interface StoragePicture {
  flavour: Flavour;
  volumes: VolumeView[];
  relationships: RelationshipView[];
  consistencyGroups: ConsistencyGroupView[];
}

export interface RelationshipView {
  kind: 'flashcopy' | 'metro-mirror' | 'global-mirror';
  source: string;
  target: string;
  /** DS8000 lspprc state / SVC lsfcmap status / DS8000 FlashCopy `Valid`. */
  state: string;
  progress: number;
}

interface ConsistencyGroupView {
  /** SVC group name, or for DS8000 a frozen LSS (`LSS 10`). */
  name: string;
  state: string;
  members: string[];
}

/** One lspprc row as a storage image sees a pair (the id reads `source:target` from that image's side). */
export interface PprcPairView {
  id: string;
  /** `Copy Pending`, `Full Duplex`, `Suspended`, or `Target ...` on the secondary's image. */
  state: string;
  reason: SuspendReason | null;
  type: PprcType;
  sourceLss: string;
  /** First Pass Status: the initial copy (or resync) pass has completed. */
  firstPassDone: boolean;
  /** lspprc -l Out Of Sync Tracks: tracks still to be sent to the secondary. */
  outOfSyncTracks: number;
  tgtread: boolean;
  /** lspprc -l Date Suspended, or null while not suspended. */
  suspendedAt: number | null;
}
