/**
 * SVC / FlashSystem remote copy: Metro Mirror (synchronous) and Global Mirror (-global: asynchronous, but the
 * secondary applies the writes in the primary's order, so it is consistent at every instant) relationships
 * between a master vdisk and an aux vdisk on a partner cluster, started and stopped together in remote copy
 * consistency groups (Storage Virtualize "Remote Copy relationship states"; docs/aix-behaviour.md section 19).
 *
 * - A new relationship is inconsistent_stopped. Starting it copies the master to the aux in the background
 *   (inconsistent_copying: the aux is a mix of old and new grains, fuzzy) until it is consistent_synchronized.
 * - stoprcconsistgrp freezes the secondary as it is: consistent_stopped from consistent_synchronized, but
 *   inconsistent_stopped (fuzzy) from inconsistent_copying. -access makes it idling: both sides writable,
 *   no copy direction.
 * - The secondary cannot be used by a host until the group is idling (stopped with -access).
 * - A start after host writes to either side since the stop (sync out_of_sync) loses the secondary's
 *   consistency while it resynchronises: it needs -force; from idling it also needs -primary (the direction).
 * The partnership between the clusters is taken as configured: every cluster of the world is a partner.
 */
import { SVC_NAME } from '../../core/model/aix-names';
import { svcRcSyncSeconds } from './copy-rates';
import { findVolume, failWith, type Store, type StorageFailure, type StorageResult, succeed } from './store';
import { resolveVdisk } from './svc-flashcopy';
import type { RcGroupRecord, RcRelationshipRecord, RcState, VolumeRecord } from './types';

/** Remote copy failures with no FlashCopy counterpart, worded by svc/messages.ts rcErrors. */
export type RcErrorCode =
  | 'rc-wrong-state'
  | 'rc-needs-force'
  | 'rc-needs-primary'
  | 'rc-in-relationship'
  | 'rc-size-mismatch'
  | 'rc-wrong-cluster';

type RcFailure = StorageFailure | { ok: false; code: RcErrorCode; subject: string };
export type RcResult<T> = { ok: true; value: T } | RcFailure;

function rcFail(code: RcErrorCode, subject: string): RcFailure {
  return { ok: false, code, subject };
}

/** Group state: `empty` without relationships, else its relationships' common state. */
export type RcGroupState = RcState | 'empty';

export function rcRelationships<C>(store: Store<C>): RcRelationshipRecord[] {
  store.state.rcRelationships ??= [];
  return store.state.rcRelationships;
}

export function rcGroups<C>(store: Store<C>): RcGroupRecord[] {
  store.state.rcGroups ??= [];
  return store.state.rcGroups;
}

function resolveRcGroup<C>(store: Store<C>, ref: string): RcGroupRecord | undefined {
  return rcGroups(store).find((g) => String(g.id) === ref || g.name === ref);
}

function resolveRcRelationship<C>(store: Store<C>, ref: string): RcRelationshipRecord | undefined {
  return rcRelationships(store).find((r) => String(r.id) === ref || r.name === ref);
}

export function rcGroupMembers<C>(store: Store<C>, groupId: number): RcRelationshipRecord[] {
  return rcRelationships(store).filter((r) => r.groupId === groupId);
}

export function rcGroupState<C>(store: Store<C>, group: RcGroupRecord): RcGroupState {
  return rcGroupMembers(store, group.id)[0]?.state ?? 'empty';
}

/** Background synchronisation done, 0-100, while inconsistent_copying; null in every other state. */
export function rcProgress<C>(store: Store<C>, rel: RcRelationshipRecord): number | null {
  if (rel.state !== 'inconsistent_copying' || rel.syncStartedAt === null || rel.syncDoneAt === null)
    return null;
  const span = Math.max(1, rel.syncDoneAt - rel.syncStartedAt);
  return Math.min(99, Math.floor((100 * (store.now() - rel.syncStartedAt)) / span));
}

function rcNameTaken<C>(store: Store<C>, name: string): boolean {
  return rcGroups(store).some((g) => g.name === name) || rcRelationships(store).some((r) => r.name === name);
}

/** mkrcconsistgrp: group ids start at 0; the default name is rccstgrp<id>. */
export function createRcGroup<C>(store: Store<C>, name: string | undefined): StorageResult<RcGroupRecord> {
  const groups = rcGroups(store);
  const id = groups.length === 0 ? 0 : Math.max(...groups.map((g) => g.id)) + 1;
  const groupName = name ?? `rccstgrp${id}`;
  if (!SVC_NAME.test(groupName)) return failWith('invalid-name', groupName);
  if (rcNameTaken(store, groupName)) return failWith('name-in-use', groupName);
  const group = { id, name: groupName };
  groups.push(group);
  return succeed(group);
}

export interface RcRelationshipRequest {
  master: string;
  aux: string;
  cluster: string;
  global: boolean;
  group?: string;
  name?: string;
  /** -sync: the admin states the volumes are identical already (consistent_stopped, nothing to copy). */
  sync: boolean;
}

function inRelationship<C>(store: Store<C>, volume: VolumeRecord<C>): boolean {
  return rcRelationships(store).some((r) => r.master === volume.id || r.aux === volume.id);
}

/** Whether a relationship in `state` may join the group: an empty group, or one in the same state. */
function groupAccepts<C>(store: Store<C>, group: RcGroupRecord, state: RcState): boolean {
  const current = rcGroupState(store, group);
  return current === 'empty' || current === state;
}

/** mkrcrelationship: its id is the master vdisk's; the default name rcrel<id>. */
export function createRcRelationship<C>(
  store: Store<C>,
  request: RcRelationshipRequest,
): RcResult<RcRelationshipRecord> {
  const master = resolveVdisk(store, request.master);
  if (!master) return failWith('object-not-found', request.master);
  const aux = resolveVdisk(store, request.aux);
  if (!aux) return failWith('object-not-found', request.aux);
  if (!store.state.images.includes(request.cluster)) return failWith('object-not-found', request.cluster);
  if (aux.image !== request.cluster) return rcFail('rc-wrong-cluster', aux.name);
  if (master === aux) return failWith('same-volume', master.name);
  if (master.sizeGb !== aux.sizeGb) return rcFail('rc-size-mismatch', aux.name);
  if (inRelationship(store, master) || inRelationship(store, aux))
    return rcFail('rc-in-relationship', master.name);
  const state: RcState = request.sync ? 'consistent_stopped' : 'inconsistent_stopped';
  const group = request.group === undefined ? undefined : resolveRcGroup(store, request.group);
  if (request.group !== undefined && !group) return failWith('object-not-found', request.group);
  if (group && !groupAccepts(store, group, state)) return rcFail('rc-wrong-state', group.name);
  const id = Number(master.id);
  const name = request.name ?? `rcrel${id}`;
  if (!SVC_NAME.test(name)) return failWith('invalid-name', name);
  if (rcNameTaken(store, name)) return failWith('name-in-use', name);
  const rel: RcRelationshipRecord = {
    id,
    name,
    master: master.id,
    aux: aux.id,
    auxCluster: request.cluster,
    global: request.global,
    groupId: group?.id ?? null,
    state,
    primary: 'master',
    syncStartedAt: null,
    syncDoneAt: null,
    consistent: request.sync,
    inSync: request.sync,
  };
  rcRelationships(store).push(rel);
  return succeed(rel);
}

/** chrcrelationship -consistgrp / -noconsistgrp: a relationship joins a group in its own state, or leaves. */
export function changeRcRelationshipGroup<C>(
  store: Store<C>,
  ref: string,
  groupRef: string | null,
): RcResult<null> {
  const rel = resolveRcRelationship(store, ref);
  if (!rel) return failWith('object-not-found', ref);
  if (groupRef === null) {
    rel.groupId = null;
    return succeed(null);
  }
  const group = resolveRcGroup(store, groupRef);
  if (!group) return failWith('object-not-found', groupRef);
  const others = rcGroupMembers(store, group.id).filter((r) => r !== rel);
  const sameClusters = others.every((r) => r.auxCluster === rel.auxCluster && r.global === rel.global);
  if (!sameClusters || (others.length > 0 && others[0]!.state !== rel.state))
    return rcFail('rc-wrong-state', group.name);
  rel.groupId = group.id;
  return succeed(null);
}

/** The volume hosts write to, and the one that receives the copy, in the relationship's direction. */
function sides<C>(store: Store<C>, rel: RcRelationshipRecord) {
  const toAux = rel.primary !== 'aux';
  return {
    primary: findVolume(store, toAux ? rel.master : rel.aux),
    secondary: findVolume(store, toAux ? rel.aux : rel.master),
  };
}

/** The secondary after some of the primary's grains reached it and others not: fuzzy. */
function secondaryFuzzy<C>(store: Store<C>, rel: RcRelationshipRecord): void {
  const { primary, secondary } = sides(store, rel);
  if (primary && secondary)
    secondary.content = store.fuzz ? store.fuzz(store.clone(primary.content)) : store.clone(primary.content);
}

/** The secondary equal to the primary: synchronized (Metro Mirror) or at the last applied write (Global Mirror). */
function secondaryEqual<C>(store: Store<C>, rel: RcRelationshipRecord): void {
  const { primary, secondary } = sides(store, rel);
  if (primary && secondary) secondary.content = store.clone(primary.content);
}

export interface RcStartOptions {
  force: boolean;
  primary?: 'master' | 'aux';
}

/** Checks one relationship can start as asked; the whole group starts or none of it. */
function startRefusal(rel: RcRelationshipRecord, options: RcStartOptions): RcErrorCode | null {
  if (rel.state === 'inconsistent_copying' || rel.state === 'consistent_synchronized')
    return 'rc-wrong-state';
  if (rel.state === 'idling' && options.primary === undefined) return 'rc-needs-primary';
  if (rel.state !== 'idling' && options.primary !== undefined && options.primary !== rel.primary)
    return 'rc-wrong-state';
  // A consistent secondary that would be overwritten while out of sync loses its consistency meanwhile.
  if (rel.consistent && !rel.inSync && !options.force) return 'rc-needs-force';
  return null;
}

function startRelationship<C>(store: Store<C>, rel: RcRelationshipRecord, options: RcStartOptions): void {
  rel.primary = options.primary ?? rel.primary ?? 'master';
  if (rel.consistent && rel.inSync) {
    rel.state = 'consistent_synchronized';
    secondaryEqual(store, rel);
    return;
  }
  const size = sides(store, rel).primary?.sizeGb ?? 0;
  rel.state = 'inconsistent_copying';
  rel.syncStartedAt = store.now();
  rel.syncDoneAt = store.now() + svcRcSyncSeconds(size, !rel.consistent);
  rel.consistent = false;
  rel.inSync = false;
  secondaryFuzzy(store, rel);
}

/** startrcconsistgrp [-force] [-primary master|aux]. */
export function startRcGroup<C>(store: Store<C>, ref: string, options: RcStartOptions): RcResult<null> {
  const group = resolveRcGroup(store, ref);
  if (!group) return failWith('object-not-found', ref);
  const members = rcGroupMembers(store, group.id);
  if (members.length === 0) return rcFail('rc-wrong-state', group.name);
  for (const rel of members) {
    const refusal = startRefusal(rel, options);
    if (refusal) return rcFail(refusal, group.name);
  }
  for (const rel of members) startRelationship(store, rel, options);
  return succeed(null);
}

/**
 * stoprcconsistgrp [-access]: every relationship stops at the same instant, its secondary as it is (a
 * consistent image only from consistent_synchronized); -access then makes the group idling.
 */
export function stopRcGroup<C>(store: Store<C>, ref: string, access: boolean): RcResult<null> {
  const group = resolveRcGroup(store, ref);
  if (!group) return failWith('object-not-found', ref);
  const members = rcGroupMembers(store, group.id);
  const state = rcGroupState(store, group);
  const running = state === 'inconsistent_copying' || state === 'consistent_synchronized';
  const stopped = state === 'inconsistent_stopped' || state === 'consistent_stopped';
  // A stopped group only goes on to idling, with -access.
  if (!running && !(stopped && access)) return rcFail('rc-wrong-state', group.name);
  for (const rel of members) {
    if (rel.state === 'consistent_synchronized') {
      rel.consistent = true;
      rel.inSync = true;
    }
    if (rel.state === 'inconsistent_copying') rel.consistent = false;
    rel.syncStartedAt = null;
    rel.syncDoneAt = null;
    rel.state = rel.consistent ? 'consistent_stopped' : 'inconsistent_stopped';
    if (access) {
      rel.state = 'idling';
      rel.primary = null;
    }
  }
  return succeed(null);
}

/**
 * A host write to a volume in a relationship: mirrored to a synchronized secondary (Global Mirror keeps the
 * write order, so its secondary stays consistent too), fuzzy on a secondary still copying, and out of sync
 * once the relationship is stopped or idling.
 */
export function propagateRcWrite<C>(store: Store<C>, volumeId: string): void {
  for (const rel of rcRelationships(store)) {
    if (rel.master !== volumeId && rel.aux !== volumeId) continue;
    if (rel.state === 'consistent_synchronized') secondaryEqual(store, rel);
    else if (rel.state === 'inconsistent_copying') secondaryFuzzy(store, rel);
    else rel.inSync = false;
  }
}

/** Synchronisations that completed go consistent_synchronized, the secondary equal to the primary. */
export function settleRc<C>(store: Store<C>): void {
  for (const rel of rcRelationships(store)) {
    if (rel.state !== 'inconsistent_copying' || (rel.syncDoneAt ?? 0) > store.now()) continue;
    rel.state = 'consistent_synchronized';
    rel.consistent = true;
    rel.inSync = true;
    rel.syncStartedAt = null;
    rel.syncDoneAt = null;
    secondaryEqual(store, rel);
  }
}

/** Whether a host may use the volume: not the secondary of a relationship that is not idling. */
export function rcHostUsable<C>(store: Store<C>, volume: VolumeRecord<C>): boolean {
  return !rcRelationships(store).some(
    (rel) => rel.state !== 'idling' && volume.id === (rel.primary === 'aux' ? rel.master : rel.aux),
  );
}
