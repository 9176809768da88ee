/**
 * SVC / FlashSystem FlashCopy: mappings gathered in consistency groups. Starting a group takes the point in
 * time of every mapping at one instant (startfcconsistgrp); a target is not host-accessible while its mapping
 * is preparing, prepared or stopped short of 100% (Spectrum Virtualize "FlashCopy mapping states").
 */
import { SVC_NAME } from '../../core/model/aix-names';
import { SVC_INCREMENTAL_CHANGED_PERCENT, svcFlushSeconds, svcProgress } from './copy-rates';
import { copyContent, failWith, findVolume, type Store, type StorageResult, succeed } from './store';
import type { FcGroupRecord, FcMapRecord, FcMapStatus, VolumeRecord } from './types';

/** Group status: `empty` without mappings, else its mappings' common status. */
export type FcGroupStatus = FcMapStatus | 'empty';

/** A vdisk by id or by name, as every SVC command accepts. */
export function resolveVdisk<C>(store: Store<C>, ref: string): VolumeRecord<C> | undefined {
  return store.state.volumes.find((v) => v.id === ref) ?? store.state.volumes.find((v) => v.name === ref);
}

function resolveFcGroup<C>(store: Store<C>, ref: string): FcGroupRecord | undefined {
  return store.state.fcGroups.find((g) => String(g.id) === ref || g.name === ref);
}

function resolveFcMap<C>(store: Store<C>, ref: string): FcMapRecord | undefined {
  return store.state.fcMaps.find((m) => String(m.id) === ref || m.name === ref);
}

export function groupMaps<C>(store: Store<C>, groupId: number): FcMapRecord[] {
  return store.state.fcMaps.filter((m) => m.groupId === groupId);
}

export function groupStatus<C>(store: Store<C>, group: FcGroupRecord): FcGroupStatus {
  return groupMaps(store, group.id)[0]?.status ?? 'empty';
}

/** Progress of a mapping now: fixed unless copying, where the background copy advances with time. */
export function mapProgress<C>(store: Store<C>, map: FcMapRecord): number {
  if (map.status !== 'copying' || map.startedAt === null) return map.progress;
  const source = findVolume(store, map.source);
  return svcProgress(source?.sizeGb ?? 0, map.copyrate, store.now() - map.startedAt, map.startProgress ?? 0);
}

function nextId(ids: number[], first: number): number {
  return ids.length === 0 ? first : Math.max(...ids) + 1;
}

function nameTaken<C>(store: Store<C>, name: string): boolean {
  return store.state.fcGroups.some((g) => g.name === name) || store.state.fcMaps.some((m) => m.name === name);
}

/** mkfcconsistgrp: group ids start at 1; the default name is fccstgrp<id>. */
export function createFcGroup<C>(
  store: Store<C>,
  name: string | undefined,
  autodelete: boolean,
): StorageResult<FcGroupRecord> {
  const id = nextId(
    store.state.fcGroups.map((g) => g.id),
    1,
  );
  const groupName = name ?? `fccstgrp${id}`;
  if (!SVC_NAME.test(groupName)) return failWith('invalid-name', groupName);
  if (nameTaken(store, groupName)) return failWith('name-in-use', groupName);
  const group: FcGroupRecord = { id, name: groupName, autodelete };
  store.state.fcGroups.push(group);
  return succeed(group);
}

export interface FcMapRequest {
  source: string;
  target: string;
  name?: string;
  group?: string;
  copyrate: number;
  autodelete: boolean;
  incremental: boolean;
}

/** mkfcmap: a new mapping is idle_or_copied with progress 0; its target is untouched until started. */
export function createFcMap<C>(store: Store<C>, request: FcMapRequest): StorageResult<FcMapRecord> {
  const source = resolveVdisk(store, request.source);
  if (!source) return failWith('object-not-found', request.source);
  const target = resolveVdisk(store, request.target);
  if (!target) return failWith('object-not-found', request.target);
  if (source === target) return failWith('same-volume', source.name);
  if (source.sizeGb !== target.sizeGb) return failWith('size-mismatch', target.name);
  if (store.state.fcMaps.some((m) => m.target === target.id)) return failWith('target-in-use', target.name);
  const group = request.group === undefined ? undefined : resolveFcGroup(store, request.group);
  if (request.group !== undefined && !group) return failWith('object-not-found', request.group);
  if (group && !['empty', 'idle_or_copied'].includes(groupStatus(store, group))) {
    return failWith('wrong-state', group.name);
  }
  const id = nextId(
    store.state.fcMaps.map((m) => m.id),
    0,
  );
  const name = request.name ?? `fcmap${id}`;
  if (!SVC_NAME.test(name)) return failWith('invalid-name', name);
  if (nameTaken(store, name)) return failWith('name-in-use', name);
  const map: FcMapRecord = {
    id,
    name,
    source: source.id,
    target: target.id,
    groupId: group?.id ?? null,
    copyrate: request.copyrate,
    status: 'idle_or_copied',
    startedAt: null,
    progress: 0,
    autodelete: request.autodelete,
    incremental: request.incremental,
  };
  store.state.fcMaps.push(map);
  return succeed(map);
}

/**
 * The mappings one command acts on at one instant: the mappings of a group, or one mapping outside any group
 * (a mapping in a group is started and stopped only through its group).
 */
interface MapSet {
  name: string;
  maps: FcMapRecord[];
}

function groupSet<C>(store: Store<C>, ref: string): StorageResult<MapSet> {
  const group = resolveFcGroup(store, ref);
  if (!group) return failWith('object-not-found', ref);
  return succeed({ name: group.name, maps: groupMaps(store, group.id) });
}

function mapSet<C>(store: Store<C>, ref: string): StorageResult<MapSet> {
  const map = resolveFcMap(store, ref);
  if (!map) return failWith('object-not-found', ref);
  if (map.groupId !== null) return failWith('wrong-state', map.name);
  return succeed({ name: map.name, maps: [map] });
}

const setStatus = (set: MapSet): FcGroupStatus => set.maps[0]?.status ?? 'empty';

/**
 * Prepare: the set goes preparing while the cache destages the sources' dirty data, prepared once that is
 * done (FlashCopy mapping events "Flush done"); settleSvc moves it on when the clock passes the flush.
 */
function prepareSet<C>(store: Store<C>, set: MapSet): StorageResult<null> {
  const status = setStatus(set);
  if (status !== 'idle_or_copied' && status !== 'stopped') return failWith('wrong-state', set.name);
  const sourceGb = set.maps.reduce((sum, m) => sum + (findVolume(store, m.source)?.sizeGb ?? 0), 0);
  const flushedAt = store.now() + svcFlushSeconds(sourceGb);
  for (const map of set.maps) {
    map.status = 'preparing';
    map.flushedAt = flushedAt;
  }
  return succeed(null);
}

/**
 * Where the background copy of a mapping starting now begins: an incremental mapping whose last copy
 * completed has a record of the grains changed since and copies only those (mkfcmap -incremental); any
 * other start copies every grain.
 */
function startProgress(map: FcMapRecord): number {
  return map.incremental && map.progress === 100 ? 100 - SVC_INCREMENTAL_CHANGED_PERCENT : 0;
}

/**
 * -prep: the start command prepares the set itself where it is not prepared yet, and returns only once the
 * cache is flushed: the seconds until then (0 when prepared already). Inside a JFS2 freeze they count
 * against the freeze timeout.
 */
function prepareToStart<C>(store: Store<C>, set: MapSet): StorageResult<number> {
  const status = setStatus(set);
  if (status === 'prepared') return succeed(0);
  if (status !== 'preparing') {
    const prepared = prepareSet(store, set);
    if (!prepared.ok) return prepared;
  }
  return succeed(Math.max(0, (set.maps[0]?.flushedAt ?? store.now()) - store.now()));
}

/** Start: every mapping of the prepared set takes its source's content at this one instant. */
function startSet<C>(store: Store<C>, set: MapSet): StorageResult<null> {
  if (setStatus(set) !== 'prepared') return failWith('wrong-state', set.name);
  const now = store.now();
  for (const map of set.maps) {
    const source = findVolume(store, map.source);
    const target = findVolume(store, map.target);
    if (source && target) copyContent(store, source, target);
    map.status = 'copying';
    map.startedAt = now;
    map.startProgress = startProgress(map);
    map.progress = map.startProgress;
    map.flushedAt = null;
  }
  return succeed(null);
}

/** Stop: a fully copied mapping goes idle_or_copied, any other stops (its target goes offline). */
function stopSet<C>(store: Store<C>, set: MapSet): StorageResult<null> {
  const status = setStatus(set);
  if (status !== 'copying' && status !== 'prepared') return failWith('wrong-state', set.name);
  for (const map of set.maps) {
    const progress = mapProgress(store, map);
    map.progress = progress;
    map.status = progress === 100 ? 'idle_or_copied' : 'stopped';
  }
  return succeed(null);
}

function onSet<T>(found: StorageResult<MapSet>, act: (set: MapSet) => StorageResult<T>): StorageResult<T> {
  return found.ok ? act(found.value) : found;
}

/** prestartfcconsistgrp. */
export function prepareFcGroup<C>(store: Store<C>, ref: string): StorageResult<null> {
  return onSet(groupSet(store, ref), (set) => prepareSet(store, set));
}

/** startfcconsistgrp -prep, before the start: the seconds the group's cache flush takes. */
export function prepareToStartFcGroup<C>(store: Store<C>, ref: string): StorageResult<number> {
  return onSet(groupSet(store, ref), (set) => prepareToStart(store, set));
}

/** startfcconsistgrp: all mappings of the prepared group at one instant. */
export function startFcGroup<C>(store: Store<C>, ref: string): StorageResult<null> {
  return onSet(groupSet(store, ref), (set) => startSet(store, set));
}

/** stopfcconsistgrp. */
export function stopFcGroup<C>(store: Store<C>, ref: string): StorageResult<null> {
  return onSet(groupSet(store, ref), (set) => stopSet(store, set));
}

/** prestartfcmap: a mapping outside any group. */
export function prepareFcMap<C>(store: Store<C>, ref: string): StorageResult<null> {
  return onSet(mapSet(store, ref), (set) => prepareSet(store, set));
}

/** startfcmap -prep, before the start: the seconds the mapping's cache flush takes. */
export function prepareToStartFcMap<C>(store: Store<C>, ref: string): StorageResult<number> {
  return onSet(mapSet(store, ref), (set) => prepareToStart(store, set));
}

/** startfcmap: a prepared mapping outside any group. */
export function startFcMap<C>(store: Store<C>, ref: string): StorageResult<null> {
  return onSet(mapSet(store, ref), (set) => startSet(store, set));
}

/** stopfcmap: a mapping outside any group. */
export function stopFcMap<C>(store: Store<C>, ref: string): StorageResult<null> {
  return onSet(mapSet(store, ref), (set) => stopSet(store, set));
}

/**
 * rmfcmap: deletes an idle_or_copied mapping, or a stopped one with -force (any other state must be stopped
 * first). Forcing brings the stopped target back online with what it holds: an incomplete copy, no usable
 * image, so it becomes blank (Storage Virtualize rmfcmap: "might contain inconsistent data").
 */
export function removeFcMap<C>(store: Store<C>, ref: string, force: boolean): StorageResult<null> {
  const map = resolveFcMap(store, ref);
  if (!map) return failWith('object-not-found', ref);
  const removable = map.status === 'idle_or_copied' || (map.status === 'stopped' && force);
  if (!removable) return failWith('wrong-state', map.name);
  const target = findVolume(store, map.target);
  if (target && map.status === 'stopped') target.content = store.blank();
  store.state.fcMaps = store.state.fcMaps.filter((m) => m !== map);
  return succeed(null);
}

/** rmfcconsistgrp: an empty group goes; with -force its mappings stay, as stand-alone mappings. */
export function removeFcGroup<C>(store: Store<C>, ref: string, force: boolean): StorageResult<null> {
  const group = resolveFcGroup(store, ref);
  if (!group) return failWith('object-not-found', ref);
  const maps = groupMaps(store, group.id);
  if (maps.length > 0 && !force) return failWith('wrong-state', group.name);
  for (const map of maps) map.groupId = null;
  store.state.fcGroups = store.state.fcGroups.filter((g) => g !== group);
  return succeed(null);
}

/** Flushed prepares go prepared; copies that reach 100% go idle_or_copied; -autodelete mappings then go, and empty -autodelete groups. */
export function settleSvc<C>(store: Store<C>): void {
  for (const map of store.state.fcMaps) {
    if (map.status === 'preparing' && (map.flushedAt ?? 0) <= store.now()) {
      map.status = 'prepared';
      map.flushedAt = null;
    }
    if (map.status === 'copying' && map.copyrate > 0 && mapProgress(store, map) === 100) {
      map.status = 'idle_or_copied';
      map.progress = 100;
    }
  }
  const finished = (m: FcMapRecord) => m.autodelete && m.status === 'idle_or_copied' && m.progress === 100;
  const emptied = new Set(store.state.fcMaps.filter(finished).map((m) => m.groupId));
  store.state.fcMaps = store.state.fcMaps.filter((m) => !finished(m));
  store.state.fcGroups = store.state.fcGroups.filter(
    (g) => !(g.autodelete && emptied.has(g.id) && groupMaps(store, g.id).length === 0),
  );
}

/** Whether a host can read a vdisk that is the target of a mapping in this status. */
export function svcTargetAccessible(map: FcMapRecord): boolean {
  // A stop short of 100% leaves the target offline; a complete copy went idle_or_copied instead.
  return map.status === 'idle_or_copied' || map.status === 'copying';
}
