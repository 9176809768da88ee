/**
 * The simulated storage subsystem (DS8000 or SVC flavour): volumes and the bytes they hold, host mappings,
 * and the copy engines. Volume content `C` is the host's disk image, opaque here: the subsystem only clones
 * it when a copy takes a point in time. Time is the injected simulated clock; nothing here reads a real one.
 *
 * Every public method first applies what simulated time has done since the last call (copies completing,
 * freezes timing out, Global Mirror consistency points), so callers never see stale states.
 */
import {
  createFlash,
  type FlashOptions,
  findFlash,
  flashCopyDone,
  removeFlash,
  resyncFlash,
  settleFlash,
  unfreezeFlash,
} from './ds8000-flash';
import {
  changeSession,
  masterViews,
  openSession,
  removeGmir,
  reverseFlash,
  type SessionVolumeView,
  sessionViews,
  setGmirState,
  settleGmir,
  startGmir,
} from './global-mirror';
import { DS_VOLUME_ID, ds8000Serial, ds8000UniqueId, svcUniqueId, svcVdiskUid } from './identifiers';
import {
  pprcPairViews,
  createPprc,
  failbackPprc,
  failoverPprc,
  freezePprc,
  pausePprc,
  removePprc,
  resumePprc,
  type PprcOptions,
  propagateWrite,
  settlePprc,
  unfreezePprc,
} from './pprc';
import { establishPaths, type PathRequest, pathsFrom } from './pprc-paths';
import { hostReadable, hostWritable, volumeView } from './access';
import { storagePicture } from './picture';
import { copyState, findVolume, indexVolumes, type Store, type StorageResult } from './store';
import {
  createFcGroup,
  createFcMap,
  type FcMapRequest,
  groupMaps,
  groupStatus,
  mapProgress,
  prepareFcGroup,
  prepareFcMap,
  prepareToStartFcGroup,
  prepareToStartFcMap,
  removeFcGroup,
  removeFcMap,
  settleSvc,
  startFcGroup,
  startFcMap,
  stopFcGroup,
  stopFcMap,
} from './svc-flashcopy';
import {
  changeRcRelationshipGroup,
  createRcGroup,
  createRcRelationship,
  propagateRcWrite,
  type RcRelationshipRequest,
  type RcResult,
  type RcStartOptions,
  rcGroupMembers,
  rcGroups,
  rcGroupState,
  rcProgress,
  rcRelationships,
  settleRc,
  startRcGroup,
  stopRcGroup,
} from './svc-remote-copy';
import type {
  FcGroupRecord,
  FcMapRecord,
  FlashRecord,
  Flavour,
  GmirRecord,
  GmSessionRecord,
  HostLun,
  PprcPathRecord,
  PprcRecord,
  PprcPairView,
  PprcType,
  RcGroupRecord,
  RcRelationshipRecord,
  StoragePicture,
  StorageSnapshot,
  VolumeRecord,
  VolumeView,
} from './types';

export interface StorageSubsystemOptions<C> {
  flavour: Flavour;
  /** Deep copy of a volume's content (a point-in-time copy must not share structure with its source). */
  clone(content: C): C;
  /** The content of a new, never written volume. */
  blank(): C;
  /** A fuzzy image of `content`: what a Global Copy secondary holds while tracks are out of sync. */
  fuzz?(content: C): C;
  /** Simulated seconds since the Unix epoch. */
  clock: () => number;
  /**
   * DS8000 storage image ids, the first being the local one (default `IBM.2107-75ABCD1`); a second image is
   * the remote box of PPRC pairs. SVC: the cluster name (default `SVC01`).
   */
  images?: string[];
}

export interface NewVolume {
  /** DS8000: `LLVV` hex (e.g. `1000`); SVC: the vdisk id (`12`). Unique in the subsystem. */
  id: string;
  name?: string;
  sizeGb: number;
  /** Overrides the derived serial (DS8000 image serial + id; SVC vdisk UID). */
  serial?: string;
  /** Storage image holding the volume; default the first image. */
  image?: string;
}

/** Why a write did not complete: held by a freeze (retry later) or refused for good while it lasts. */
export type WriteOutcome = { ok: true } | { ok: false; reason: 'held' | 'offline' | 'write-inhibited' };

const DEFAULT_IMAGES: Record<Flavour, string> = { ds8000: 'IBM.2107-75ABCD1', svc: 'SVC01' };

/** The storage subsystem a simulated AIX host is attached to. */
export class StorageSubsystem<C> {
  readonly flavour: Flavour;
  private readonly store: Store<C>;
  /** The simulated second settle() last ran at: time has done nothing new until the clock moves. */
  private settledAt: number | null = null;

  constructor(options: StorageSubsystemOptions<C>) {
    this.flavour = options.flavour;
    this.store = {
      state: {
        version: 1,
        flavour: options.flavour,
        images: options.images ?? [DEFAULT_IMAGES[options.flavour]],
        hosts: [],
        volumes: [],
        flash: [],
        pprc: [],
        pprcPaths: [],
        fcMaps: [],
        fcGroups: [],
        rcRelationships: [],
        rcGroups: [],
        lastConsistencyPoint: null,
        gmSessions: [],
        gmir: [],
      },
      index: new Map(),
      clone: options.clone,
      blank: options.blank,
      fuzz: options.fuzz,
      now: options.clock,
    };
  }

  /** Storage image ids (DS8000) or the cluster name (SVC); the first is the local one. */
  get images(): readonly string[] {
    return this.store.state.images;
  }

  /** Simulated seconds now. */
  now(): number {
    return this.store.now();
  }

  // ---- volumes and host mappings ----

  /** Creates a blank volume. Throws on a duplicate or malformed id: scenarios are validated before. */
  createVolume(spec: NewVolume): VolumeView {
    this.settle();
    const { state } = this.store;
    if (findVolume(this.store, spec.id)) throw new Error(`storage: volume ${spec.id} already exists`);
    const image = spec.image ?? state.images[0]!;
    if (!state.images.includes(image)) throw new Error(`storage: unknown storage image ${image}`);
    const ds = this.flavour === 'ds8000';
    if (ds ? !DS_VOLUME_ID.test(spec.id) : !/^\d+$/.test(spec.id)) {
      throw new Error(`storage: malformed ${ds ? 'DS8000 volume' : 'vdisk'} id ${spec.id}`);
    }
    const volume: VolumeRecord<C> = {
      id: spec.id,
      name: spec.name ?? (ds ? '' : `vdisk${spec.id}`),
      sizeGb: spec.sizeGb,
      serial: spec.serial ?? (ds ? ds8000Serial(image, spec.id) : svcVdiskUid(spec.id)),
      image,
      content: this.store.blank(),
      mappings: [],
      hold: null,
    };
    state.volumes.push(volume);
    this.store.index.set(volume.id, volume);
    return volumeView(this.store, volume);
  }

  /** A volume without its content, or undefined. */
  volume(id: string): VolumeView | undefined {
    this.settle();
    const volume = findVolume(this.store, id);
    return volume && volumeView(this.store, volume);
  }

  volumes(): VolumeView[] {
    this.settle();
    return this.store.state.volumes.map((v) => volumeView(this.store, v));
  }

  /** Presents a volume to a host at the next free LUN number; returns the LUN. Idempotent. */
  /** Defines a host (SVC host object, DS8000 host connection with its volume group). Idempotent. */
  addHost(host: string, volumeGroupId?: string): void {
    const state = this.store.state;
    if (!state.hosts.includes(host)) state.hosts.push(host);
    if (volumeGroupId) state.volumeGroupIds = { ...state.volumeGroupIds, [host]: volumeGroupId };
  }

  /** The id the scenario gave the host's DS8000 volume group, if any. */
  volumeGroupId(host: string): string | undefined {
    return this.store.state.volumeGroupIds?.[host];
  }

  /** The hosts the storage knows, in the order they were defined. */
  hosts(): readonly string[] {
    return this.store.state.hosts;
  }

  /** The LUN numbers a host already sees. */
  private lunsOf(host: string): Set<number> {
    return new Set(
      this.store.state.volumes.flatMap((v) => v.mappings.filter((m) => m.host === host)).map((m) => m.lun),
    );
  }

  /**
   * Presents a volume to a host (defining the host if new) at the given LUN or the next free one; returns
   * the LUN. Idempotent for a volume already mapped to the host. Throws if the asked LUN is taken: CLIs check
   * with `lunInUse` first.
   */
  mapToHost(volumeId: string, host: string, lun?: number): number {
    this.settle();
    const volume = this.must(volumeId);
    const existing = volume.mappings.find((m) => m.host === host);
    if (existing) return existing.lun;
    this.addHost(host);
    const used = this.lunsOf(host);
    if (lun !== undefined && used.has(lun)) throw new Error(`storage: LUN ${lun} of ${host} is in use`);
    let next = lun ?? 0;
    while (used.has(next)) next += 1;
    volume.mappings.push({ host, lun: next });
    return next;
  }

  /** Whether the host already sees a volume at this LUN number. */
  lunInUse(host: string, lun: number): boolean {
    return this.lunsOf(host).has(lun);
  }

  unmapFromHost(volumeId: string, host: string): void {
    this.settle();
    const volume = this.must(volumeId);
    volume.mappings = volume.mappings.filter((m) => m.host !== host);
  }

  /** Whether the storage presents this volume to the host (one volume's mappings: asked on every host read). */
  isMappedTo(volumeId: string, host: string): boolean {
    return findVolume(this.store, volumeId)?.mappings.some((m) => m.host === host) ?? false;
  }

  /** The volumes a host sees, by LUN number, with the identifiers AIX reports for them. */
  volumesMappedTo(host: string): HostLun[] {
    this.settle();
    const ds = this.flavour === 'ds8000';
    return this.store.state.volumes
      .flatMap((v) =>
        v.mappings
          .filter((m) => m.host === host)
          .map((m) => ({
            volumeId: v.id,
            name: v.name,
            lun: m.lun,
            sizeGb: v.sizeGb,
            machineType: ds ? ('2107' as const) : ('2145' as const),
            serial: v.serial,
            uniqueId: ds ? ds8000UniqueId(v.serial) : svcUniqueId(v.serial),
          })),
      )
      .sort((a, b) => a.lun - b.lun);
  }

  // ---- content ----

  /**
   * What the volume holds now (a clone: the caller may change it freely). This is the physical truth; a host
   * must ask isHostReadable first, as a secondary that is not readable gives I/O errors.
   */
  read(volumeId: string): C {
    this.settle();
    return this.store.clone(this.must(volumeId).content);
  }

  /**
   * A host write: replaces the volume's content, and reaches Metro Mirror secondaries in full duplex before
   * it completes. Refused while the volume is frozen (held), offline or write-inhibited.
   */
  write(volumeId: string, content: C): WriteOutcome {
    this.settle();
    const volume = this.must(volumeId);
    if (volume.hold) return { ok: false, reason: 'held' };
    if (!hostReadable(this.store, volume)) return { ok: false, reason: 'offline' };
    if (!hostWritable(this.store, volume)) return { ok: false, reason: 'write-inhibited' };
    volume.content = this.store.clone(content);
    propagateWrite(this.store, volumeId);
    propagateRcWrite(this.store, volumeId);
    return { ok: true };
  }

  isHostReadable(volumeId: string): boolean {
    this.settle();
    return hostReadable(this.store, this.must(volumeId));
  }

  isHostWritable(volumeId: string): boolean {
    this.settle();
    return hostWritable(this.store, this.must(volumeId));
  }

  /** Whether host writes to the volume are held now (FlashCopy -freeze or freezepprc, until release/timeout). */
  isFrozen(volumeId: string): boolean {
    this.settle();
    return this.must(volumeId).hold !== null;
  }

  // ---- DS8000 FlashCopy ----

  mkflash(source: string, target: string, options: FlashOptions): StorageResult<FlashRecord> {
    this.settle();
    return createFlash(this.store, source, target, options);
  }

  resyncflash(source: string, target: string, options: FlashOptions): StorageResult<FlashRecord> {
    this.settle();
    return resyncFlash(this.store, source, target, options);
  }

  /** Withdraws a relationship; `completeCopy` (-cp) lets the background copy finish first (see removeFlash). */
  rmflash(source: string, target: string, completeCopy = false): StorageResult<null> {
    this.settle();
    return removeFlash(this.store, source, target, completeCopy);
  }

  /** Releases the -freeze hold of every FlashCopy source in the LSS. */
  unfreezeflash(lss: string, image?: string): void {
    this.settle();
    unfreezeFlash(this.store, lss, image);
  }

  flashCopies(): FlashRecord[] {
    this.settle();
    return this.store.state.flash.map((f) => ({ ...f }));
  }

  /** Whether a FlashCopy's background copy is still running (lsflash ActiveCopy). */
  flashCopyActive(source: string, target: string): boolean {
    this.settle();
    const flash = findFlash(this.store, source, target);
    return flash !== undefined && !flash.nocp && !flashCopyDone(this.store, flash);
  }

  // ---- DS8000 PPRC (Metro Mirror, Global Copy / Global Mirror) ----

  mkpprc(primary: string, secondary: string, options: PprcOptions): StorageResult<PprcRecord> {
    this.settle();
    return createPprc(this.store, primary, secondary, options);
  }

  /** rmpprc: ends the pair; the secondary becomes an ordinary volume with the data it holds. */
  rmpprc(primary: string, secondary: string): StorageResult<null> {
    this.settle();
    return removePprc(this.store, primary, secondary);
  }

  pausepprc(primary: string, secondary: string): StorageResult<PprcRecord> {
    this.settle();
    return pausePprc(this.store, primary, secondary);
  }

  resumepprc(primary: string, secondary: string, type: PprcType): StorageResult<PprcRecord> {
    this.settle();
    return resumePprc(this.store, primary, secondary, type);
  }

  /** freezepprc on the LSS pair, primaries on `image` (the -dev box) if given. */
  freezepprc(sourceLss: string, targetLss: string, image?: string): StorageResult<number> {
    this.settle();
    return freezePprc(this.store, sourceLss, targetLss, image);
  }

  unfreezepprc(sourceLss: string, targetLss: string, image?: string): StorageResult<number> {
    this.settle();
    return unfreezePprc(this.store, sourceLss, targetLss, image);
  }

  failoverpprc(newPrimary: string, oldPrimary: string, type: PprcType): StorageResult<PprcRecord> {
    this.settle();
    return failoverPprc(this.store, newPrimary, oldPrimary, type);
  }

  failbackpprc(source: string, target: string, type: PprcType): StorageResult<PprcRecord> {
    this.settle();
    return failbackPprc(this.store, source, target, type);
  }

  /** mkpprcpath: the LSS pair's paths become these port pairs. */
  mkpprcpath(request: PathRequest): StorageResult<PprcPathRecord> {
    this.settle();
    return establishPaths(this.store, request);
  }

  /** lspprcpath: the path sets from these LSSs of the image. */
  pprcPaths(image: string, sourceLss: string[]): PprcPathRecord[] {
    this.settle();
    return pathsFrom(this.store, image, sourceLss).map((p) => ({ ...p, ports: [...p.ports] }));
  }

  // ---- DS8000 Global Mirror ----

  mksession(image: string, lss: string, id: string, volumes: string[]): StorageResult<GmSessionRecord> {
    this.settle();
    return openSession(this.store, image, lss, id, volumes);
  }

  chsession(
    image: string,
    lss: string,
    id: string,
    action: 'add' | 'remove',
    volumes: string[],
  ): StorageResult<GmSessionRecord> {
    this.settle();
    return changeSession(this.store, image, lss, id, action, volumes);
  }

  /** lssession: the image's session volumes, of one LSS if given. */
  sessions(image: string, lss?: string): SessionVolumeView[] {
    this.settle();
    return sessionViews(this.store, image, lss);
  }

  mkgmir(image: string, lss: string, session: string, cgInterval: number): StorageResult<GmirRecord> {
    this.settle();
    return startGmir(this.store, image, lss, session, cgInterval);
  }

  pausegmir(image: string, lss: string, session: string): StorageResult<GmirRecord> {
    this.settle();
    return setGmirState(this.store, image, lss, session, 'Paused');
  }

  resumegmir(image: string, lss: string, session: string): StorageResult<GmirRecord> {
    this.settle();
    return setGmirState(this.store, image, lss, session, 'Running');
  }

  rmgmir(image: string, lss: string, session: string): StorageResult<null> {
    this.settle();
    return removeGmir(this.store, image, lss, session);
  }

  /** showgmir: the Global Mirror masters started on the image. */
  gmirMasters(image: string): GmirRecord[] {
    this.settle();
    return masterViews(this.store, image);
  }

  /** reverseflash: the FlashCopy source gets its target's image (Fast Reverse Restore with -fast). */
  reverseflash(
    source: string,
    target: string,
    options: { fast: boolean; tgtpprc: boolean },
  ): StorageResult<FlashRecord | null> {
    this.settle();
    return reverseFlash(this.store, source, target, options);
  }

  /**
   * The PPRC pairs as a storage image sees them: pairs whose primary is on it as primaries, pairs whose
   * secondary is on it as `Target ...` states; a failed-over secondary shows the reversed pair.
   */
  pprcPairs(image: string): PprcPairView[] {
    this.settle();
    return pprcPairViews(this.store, image);
  }

  // ---- SVC FlashCopy ----

  mkfcconsistgrp(name: string | undefined, autodelete: boolean): StorageResult<FcGroupRecord> {
    this.settle();
    return createFcGroup(this.store, name, autodelete);
  }

  mkfcmap(request: FcMapRequest): StorageResult<FcMapRecord> {
    this.settle();
    return createFcMap(this.store, request);
  }

  prestartfcconsistgrp(group: string): StorageResult<null> {
    this.settle();
    return prepareFcGroup(this.store, group);
  }

  /** startfcconsistgrp -prep: prepares the group where needed; the seconds its cache flush takes. */
  prepareToStartFcGroup(group: string): StorageResult<number> {
    this.settle();
    return prepareToStartFcGroup(this.store, group);
  }

  startfcconsistgrp(group: string): StorageResult<null> {
    this.settle();
    return startFcGroup(this.store, group);
  }

  stopfcconsistgrp(group: string): StorageResult<null> {
    this.settle();
    return stopFcGroup(this.store, group);
  }

  prestartfcmap(map: string): StorageResult<null> {
    this.settle();
    return prepareFcMap(this.store, map);
  }

  /** startfcmap -prep: prepares the mapping where needed; the seconds its cache flush takes. */
  prepareToStartFcMap(map: string): StorageResult<number> {
    this.settle();
    return prepareToStartFcMap(this.store, map);
  }

  startfcmap(map: string): StorageResult<null> {
    this.settle();
    return startFcMap(this.store, map);
  }

  stopfcmap(map: string): StorageResult<null> {
    this.settle();
    return stopFcMap(this.store, map);
  }

  rmfcmap(map: string, force: boolean): StorageResult<null> {
    this.settle();
    return removeFcMap(this.store, map, force);
  }

  rmfcconsistgrp(group: string, force: boolean): StorageResult<null> {
    this.settle();
    return removeFcGroup(this.store, group, force);
  }

  /** SVC mappings with their progress now. */
  fcMaps(): FcMapRecord[] {
    this.settle();
    return this.store.state.fcMaps.map((m) => ({ ...m, progress: mapProgress(this.store, m) }));
  }

  /** SVC groups with their status (`empty` or their mappings' status) and mapping ids. */
  fcGroups(): (FcGroupRecord & { status: string; mapIds: number[] })[] {
    this.settle();
    return this.store.state.fcGroups.map((g) => ({
      ...g,
      status: groupStatus(this.store, g),
      mapIds: groupMaps(this.store, g.id).map((m) => m.id),
    }));
  }

  // ---- SVC remote copy (Metro Mirror, Global Mirror) ----

  mkrcconsistgrp(name: string | undefined): StorageResult<RcGroupRecord> {
    this.settle();
    return createRcGroup(this.store, name);
  }

  mkrcrelationship(request: RcRelationshipRequest): RcResult<RcRelationshipRecord> {
    this.settle();
    return createRcRelationship(this.store, request);
  }

  /** chrcrelationship -consistgrp GROUP (or -noconsistgrp: null). */
  chrcrelationship(relationship: string, group: string | null): RcResult<null> {
    this.settle();
    return changeRcRelationshipGroup(this.store, relationship, group);
  }

  startrcconsistgrp(group: string, options: RcStartOptions): RcResult<null> {
    this.settle();
    return startRcGroup(this.store, group, options);
  }

  stoprcconsistgrp(group: string, access: boolean): RcResult<null> {
    this.settle();
    return stopRcGroup(this.store, group, access);
  }

  /** Remote copy relationships with their synchronisation progress now (null unless copying). */
  rcRelationships(): (RcRelationshipRecord & { progress: number | null })[] {
    this.settle();
    return rcRelationships(this.store).map((r) => ({ ...r, progress: rcProgress(this.store, r) }));
  }

  /** Remote copy groups with their state (`empty` or their relationships' state) and relationship ids. */
  rcGroups(): (RcGroupRecord & { state: string; relationshipIds: number[] })[] {
    this.settle();
    return rcGroups(this.store).map((g) => ({
      ...g,
      state: rcGroupState(this.store, g),
      relationshipIds: rcGroupMembers(this.store, g.id).map((r) => r.id),
    }));
  }

  // ---- state ----

  /** All state as plain data, structuredClone- and JSON-safe if the content type is. */
  snapshot(): StorageSnapshot<C> {
    this.settle();
    return copyState(this.store.state, this.store.clone);
  }

  /** Replaces all state with a snapshot's (which stays unshared: later changes do not reach it). */
  restore(snapshot: StorageSnapshot<C>): void {
    if (snapshot.version !== 1 || snapshot.flavour !== this.flavour) {
      throw new Error(`storage: cannot restore a ${snapshot.flavour} v${snapshot.version} snapshot`);
    }
    this.store.state = copyState(snapshot, this.store.clone);
    this.store.index = indexVolumes(this.store.state.volumes);
    this.settledAt = null;
  }

  /** The state picture for the UI: volumes, relationships with their states, consistency groups. */
  picture(): StoragePicture {
    this.settle();
    return storagePicture(this.store);
  }

  // ---- internals ----

  private must(volumeId: string): VolumeRecord<C> {
    const volume = findVolume(this.store, volumeId);
    if (!volume) throw new Error(`storage: no volume ${volumeId}`);
    return volume;
  }

  /**
   * Applies the effects of simulated time since the last call. Operations never schedule anything for the
   * instant they run at (copies, freezes and cycles all last a while), so nothing is due until time moves.
   */
  private settle(): void {
    const now = this.store.now();
    if (now === this.settledAt) return;
    this.settledAt = now;
    for (const volume of this.store.state.volumes) {
      if (volume.hold && now >= volume.hold.until) volume.hold = null;
    }
    settleFlash(this.store);
    settlePprc(this.store);
    settleGmir(this.store);
    settleSvc(this.store);
    settleRc(this.store);
  }
}
