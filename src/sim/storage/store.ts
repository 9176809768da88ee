/**
 * The mutable state the copy engines (DS8000 FlashCopy, PPRC, SVC FlashCopy) share, and the result type of
 * their operations. User errors are results carrying a code the CLI layer turns into CMUC/CMMVC messages.
 */
import type { StorageSnapshot, VolumeRecord } from './types';

/** What went wrong in a storage operation, independent of how either CLI words it. */
export type StorageErrorCode =
  | 'volume-not-found'
  | 'volume-exists'
  | 'wrong-extent-pool'
  | 'same-volume'
  | 'size-mismatch'
  | 'target-in-use'
  | 'source-in-use'
  | 'relationship-exists'
  | 'relationship-not-found'
  | 'not-recordable'
  | 'type-mismatch'
  | 'wrong-state'
  | 'object-not-found'
  | 'name-in-use'
  | 'invalid-name'
  | 'no-path'
  | 'wrong-wwnn';

export interface StorageFailure {
  ok: false;
  code: StorageErrorCode;
  /** The object the failure is about (volume id, pair, group name), for the message. */
  subject: string;
}

export type StorageResult<T> = { ok: true; value: T } | StorageFailure;

export function succeed<T>(value: T): StorageResult<T> {
  return { ok: true, value };
}

export function failWith(code: StorageErrorCode, subject: string): StorageFailure {
  return { ok: false, code, subject };
}

/** The shared state plus the host-supplied content operations and clock. */
export interface Store<C> {
  state: StorageSnapshot<C>;
  /** The volumes of `state` by id (rebuilt whenever `state.volumes` is replaced). */
  index: Map<string, VolumeRecord<C>>;
  clone(content: C): C;
  blank(): C;
  /**
   * What a secondary holds while some of its primary's changed tracks have reached it and others not
   * (Global Copy sends them in no order): a fuzzy image. Without it, the content is taken as it is.
   */
  fuzz?(content: C): C;
  now(): number;
}

export function findVolume<C>(store: Store<C>, id: string): VolumeRecord<C> | undefined {
  return store.index.get(id);
}

/** The id index of a volume list. */
export function indexVolumes<C>(volumes: VolumeRecord<C>[]): Map<string, VolumeRecord<C>> {
  return new Map(volumes.map((v) => [v.id, v]));
}

/** The volume, or the failure to return when it does not exist. */
export function requireVolume<C>(store: Store<C>, id: string): StorageResult<VolumeRecord<C>> {
  const volume = findVolume(store, id);
  return volume ? succeed(volume) : failWith('volume-not-found', id);
}

/** The two volumes of a new copy pair, checked: both exist, they differ, the target is big enough. */
export function requirePair<C>(
  store: Store<C>,
  sourceId: string,
  targetId: string,
): StorageResult<{ source: VolumeRecord<C>; target: VolumeRecord<C>; pair: string }> {
  const source = requireVolume(store, sourceId);
  if (!source.ok) return source;
  const target = requireVolume(store, targetId);
  if (!target.ok) return target;
  const pair = `${sourceId}:${targetId}`;
  if (sourceId === targetId) return failWith('same-volume', pair);
  if (target.value.sizeGb < source.value.sizeGb) return failWith('size-mismatch', pair);
  return succeed({ source: source.value, target: target.value, pair });
}

/** Copies the source's on-disk content onto the target: the instant of a point-in-time copy. */
export function copyContent<C>(store: Store<C>, source: VolumeRecord<C>, target: VolumeRecord<C>): void {
  target.content = store.clone(source.content);
}

/** A deep copy of the state (contents through `clone`): snapshots never share structure with the live state. */
export function copyState<C>(state: StorageSnapshot<C>, clone: (c: C) => C): StorageSnapshot<C> {
  return {
    version: 1,
    flavour: state.flavour,
    images: [...state.images],
    hosts: [...state.hosts],
    ...(state.volumeGroupIds ? { volumeGroupIds: { ...state.volumeGroupIds } } : {}),
    volumes: state.volumes.map((v) => ({
      ...v,
      content: clone(v.content),
      mappings: v.mappings.map((m) => ({ ...m })),
      hold: v.hold && { ...v.hold },
    })),
    flash: state.flash.map((f) => ({ ...f })),
    pprc: state.pprc.map((p) => ({ ...p })),
    pprcPaths: (state.pprcPaths ?? []).map((p) => ({ ...p, ports: p.ports.map(([s, t]) => [s, t]) })),
    fcMaps: state.fcMaps.map((m) => ({ ...m })),
    fcGroups: state.fcGroups.map((g) => ({ ...g })),
    rcRelationships: (state.rcRelationships ?? []).map((r) => ({ ...r })),
    rcGroups: (state.rcGroups ?? []).map((g) => ({ ...g })),
    lastConsistencyPoint: state.lastConsistencyPoint,
    gmSessions: (state.gmSessions ?? []).map((g) => ({ ...g, volumes: [...g.volumes] })),
    gmir: (state.gmir ?? []).map((g) => ({ ...g })),
  };
}
