/**
 * DS8000 FlashCopy: point-in-time copies inside one storage image (mkflash, resyncflash, rmflash,
 * unfreezeflash). The target shows the source as it was when the relationship was made, at once; the
 * background copy only moves bytes and never changes what the target shows.
 */
import { flashCopySeconds } from './copy-rates';
import { lssOf } from './identifiers';
import { propagateWrite } from './pprc';
import {
  copyContent,
  failWith,
  findVolume,
  requirePair,
  type Store,
  type StorageResult,
  succeed,
} from './store';
import type { FlashRecord, VolumeRecord } from './types';

/** Extended long busy timeout of an LSS, seconds: lsflash's Timeout column and the freeze's limit. */
export const FLASH_FREEZE_TIMEOUT = 60;

/** mkflash / resyncflash options that shape a relationship. */
export interface FlashOptions {
  freeze: boolean;
  record: boolean;
  persist: boolean;
  nocp: boolean;
  tgtinhibit: boolean;
  seqnum: number;
  /** -tgtpprc: the target may be a Metro Mirror / Global Copy primary. */
  tgtpprc?: boolean;
}

export function findFlash<C>(store: Store<C>, source: string, target: string): FlashRecord | undefined {
  return store.state.flash.find((f) => f.source === source && f.target === target);
}

/** -freeze: queue full on the source, so host writes wait until unfreezeflash or the LSS timeout. */
function freezeSource<C>(store: Store<C>, source: VolumeRecord<C>): void {
  source.hold = { cause: 'flash-freeze', until: store.now() + FLASH_FREEZE_TIMEOUT };
}

/** mkflash for one pair: the target takes the source's content at this instant. */
export function createFlash<C>(
  store: Store<C>,
  sourceId: string,
  targetId: string,
  options: FlashOptions,
): StorageResult<FlashRecord> {
  const checked = requirePair(store, sourceId, targetId);
  if (!checked.ok) return checked;
  const { source, target, pair } = checked.value;
  if (findFlash(store, sourceId, targetId)) return failWith('relationship-exists', pair);
  // A volume is the target of one FlashCopy at a time, never a PPRC secondary, and a PPRC primary only with
  // -tgtpprc (DS CLI mkflash: "-tgtpprc allows the FlashCopy target volume to be a remote mirror source").
  const targetBusy =
    store.state.flash.some((f) => f.target === targetId || f.source === targetId) ||
    store.state.pprc.some((p) => p.secondary === targetId || (p.primary === targetId && !options.tgtpprc));
  if (targetBusy) return failWith('target-in-use', pair);
  if (store.state.flash.some((f) => f.target === sourceId)) return failWith('source-in-use', pair);

  const now = store.now();
  copyContent(store, source, target);
  // A -tgtpprc target is a Metro Mirror primary: the new image reaches its secondary like any write.
  propagateWrite(store, targetId);
  const record: FlashRecord = {
    source: sourceId,
    target: targetId,
    pointInTime: now,
    createdAt: now,
    // -record implies -persist (DS CLI mkflash: "-persist is automatically selected").
    record: options.record,
    persist: options.persist || options.record,
    nocp: options.nocp,
    tgtinhibit: options.tgtinhibit,
    seqnum: options.seqnum,
  };
  store.state.flash.push(record);
  if (options.freeze) freezeSource(store, source);
  return succeed(record);
}

/**
 * resyncflash: a new point in time for a -record -persist pair; the new flags replace the old ones (the copy
 * mode, -nocp or not, stays as mkflash set it: resyncflash has no -nocp).
 */
export function resyncFlash<C>(
  store: Store<C>,
  sourceId: string,
  targetId: string,
  options: FlashOptions,
): StorageResult<FlashRecord> {
  const pair = `${sourceId}:${targetId}`;
  const existing = findFlash(store, sourceId, targetId);
  if (!existing) return failWith('relationship-not-found', pair);
  if (!existing.record || !existing.persist) return failWith('not-recordable', pair);
  const volumes = requirePair(store, sourceId, targetId);
  if (!volumes.ok) return volumes;
  const { source, target } = volumes.value;
  copyContent(store, source, target);
  propagateWrite(store, targetId);
  existing.pointInTime = store.now();
  existing.record = options.record;
  existing.persist = options.persist || options.record;
  existing.tgtinhibit = options.tgtinhibit;
  existing.seqnum = options.seqnum;
  if (options.freeze) freezeSource(store, source);
  return succeed(existing);
}

/**
 * rmflash: withdraws a relationship. A target whose background copy is complete keeps its image; before that
 * (always with -nocp) the target holds only the tracks copied so far, which is no usable image: the
 * simulator makes it a blank volume. `completeCopy` (rmflash -cp) finishes the copy first, keeping the image.
 */
export function removeFlash<C>(
  store: Store<C>,
  sourceId: string,
  targetId: string,
  completeCopy: boolean,
): StorageResult<null> {
  const existing = findFlash(store, sourceId, targetId);
  if (!existing) return failWith('relationship-not-found', `${sourceId}:${targetId}`);
  const target = findVolume(store, targetId);
  if (target && !completeCopy && !flashCopyDone(store, existing)) target.content = store.blank();
  store.state.flash = store.state.flash.filter((f) => f !== existing);
  return succeed(null);
}

/**
 * unfreezeflash: ends the queue-full condition on every frozen FlashCopy source of the LSS (of `image`).
 * An LSS with nothing frozen accepts it and nothing happens (IBM z/OS DFSMSdss on the same storage
 * function: a thaw "received by an LSS that does not have any frozen volumes in a FlashCopy Consistency
 * Group" is "accepted, but no actual processing takes place"), so a script may repeat it to be sure.
 */
export function unfreezeFlash<C>(store: Store<C>, lss: string, image?: string): void {
  for (const volume of store.state.volumes) {
    const inLss = lssOf(volume.id) === lss && (image === undefined || volume.image === image);
    if (volume.hold?.cause === 'flash-freeze' && inLss) volume.hold = null;
  }
}

/** Whether the background copy of a relationship has finished by now. */
export function flashCopyDone<C>(store: Store<C>, flash: FlashRecord): boolean {
  if (flash.nocp) return false;
  const source = findVolume(store, flash.source);
  const seconds = flashCopySeconds(source?.sizeGb ?? 0);
  return store.now() >= flash.pointInTime + seconds;
}

/** A relationship without -persist ends when its background copy completes (mkflash -persist). */
export function settleFlash<C>(store: Store<C>): void {
  store.state.flash = store.state.flash.filter((f) => f.persist || !flashCopyDone(store, f));
}
