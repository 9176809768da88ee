/**
 * DS8000 Peer-to-Peer Remote Copy: Metro Mirror (mmir, synchronous) and Global Copy (gcp, asynchronous).
 * Metro Mirror secondaries get every write once the first pass is done. A Global Copy primary marks the
 * tracks a host write changes out of sync and sends them to the secondary in no particular order, as the
 * links allow: while tracks are out of sync the secondary is fuzzy (some tracks new, some old), and only
 * once they have drained (the host writes stopped long enough) does it hold the primary's image. So a Global
 * Copy pair suspended with tracks out of sync leaves a fuzzy secondary (IBM Redbook SG24-6787 "Global Copy":
 * the secondary is not consistent; quiesce the writes and wait for Out Of Sync Tracks 0 before suspending).
 * Secondaries are host-usable only when suspended or failed over (docs/procedure.md "Copy methods").
 */
import {
  PPRC_TRACKS_PER_S,
  PPRC_TRACKS_PER_WRITE,
  pprcFirstPassSeconds,
  pprcFirstPassTracks,
  TRACKS_PER_GB,
} from './copy-rates';
import { lssOf } from './identifiers';
import { hasPath, removePaths } from './pprc-paths';
import {
  copyContent,
  failWith,
  findVolume,
  requirePair,
  requireVolume,
  type Store,
  type StorageResult,
  succeed,
} from './store';
import type { PprcPairView, PprcRecord, PprcType, SuspendReason } from './types';

/** Long busy timeout of a PPRC consistency group, seconds (lspprc's "Timeout (secs)" column). */
export const PPRC_FREEZE_TIMEOUT = 60;

export interface PprcOptions {
  type: PprcType;
  /** mkpprc -mode nocp: no initial copy, the admin asserts both volumes already hold the same data. */
  nocp: boolean;
  tgtread: boolean;
}

/** The pair with this primary and secondary, in that direction. */
function findPprc<C>(store: Store<C>, primary: string, secondary: string): PprcRecord | undefined {
  return store.state.pprc.find((p) => p.primary === primary && p.secondary === secondary);
}

/** Whether a pair is mirroring right now (first pass done, neither suspended nor failed over). */
export function pprcMirroring(pair: PprcRecord): boolean {
  return pair.firstPassApplied && pair.suspended === null && !pair.failedOver;
}

/** mkpprc for one pair. */
export function createPprc<C>(
  store: Store<C>,
  primaryId: string,
  secondaryId: string,
  options: PprcOptions,
): StorageResult<PprcRecord> {
  const checked = requirePair(store, primaryId, secondaryId);
  if (!checked.ok) return checked;
  const { source: primary, pair } = checked.value;
  const involved = (id: string) => store.state.pprc.some((p) => p.primary === id || p.secondary === id);
  if (findPprc(store, primaryId, secondaryId)) return failWith('relationship-exists', pair);
  if (involved(secondaryId) || store.state.flash.some((f) => f.target === secondaryId)) {
    return failWith('target-in-use', pair);
  }
  if (involved(primaryId)) return failWith('source-in-use', pair);
  // mkpprc copies over the LSS pair's paths: they must exist first (mkpprcpath, docs/aix-behaviour.md 18.7).
  if (!pathBetween(store, primaryId, secondaryId)) return failWith('no-path', pair);
  const now = store.now();
  const record: PprcRecord = {
    primary: primaryId,
    secondary: secondaryId,
    type: options.type,
    createdAt: now,
    firstPassDoneAt: options.nocp ? now : now + pprcFirstPassSeconds(primary.sizeGb),
    firstPassApplied: options.nocp,
    suspended: null,
    failedOver: false,
    tgtread: options.tgtread,
    outOfSyncTracks: 0,
    drainedAt: now,
    suspendedAt: null,
  };
  store.state.pprc.push(record);
  startFirstPass(store, record);
  return succeed(record);
}

/** pausepprc: suspend the pair from the primary side; the secondary keeps what it holds. */
export function pausePprc<C>(store: Store<C>, primary: string, secondary: string): StorageResult<PprcRecord> {
  const pair = findPprc(store, primary, secondary);
  if (!pair || pair.failedOver) return failWith('relationship-not-found', `${primary}:${secondary}`);
  suspend(store, pair, 'Host Source');
  return succeed(pair);
}

/**
 * Suspends a pair now. A pair still Copy Pending (first pass or failback resync running, Metro Mirror too)
 * has sent only part of its tracks: its secondary is left fuzzy, a mix of old and new tracks (IBM Redbook
 * SG24-8085, Metro Mirror: a freeze is consistent only for pairs in Full Duplex).
 */
function suspend<C>(store: Store<C>, pair: PprcRecord, reason: SuspendReason): void {
  if (pair.suspended === null && !pair.failedOver && !pair.firstPassApplied) mirrorFuzzy(store, pair);
  pair.suspended = reason;
  pair.suspendedAt = store.now();
}

/**
 * resumepprc: mirror a suspended pair again in its own direction (after pausepprc or freezepprc); the
 * secondary is resynchronised from the primary's changed tracks and is host-unreadable again. A pair that
 * is mirroring already is accepted and left as it is, as the storage accepts a thaw where nothing is frozen
 * (simulator choice: the DS CLI docs do not say); a failed-over pair needs failbackpprc instead.
 */
export function resumePprc<C>(
  store: Store<C>,
  primary: string,
  secondary: string,
  type: PprcType,
): StorageResult<PprcRecord> {
  const pair = findPprc(store, primary, secondary);
  if (!pair || pair.failedOver) return failWith('relationship-not-found', `${primary}:${secondary}`);
  if (pair.type !== type) return failWith('type-mismatch', `${primary}:${secondary}`);
  if (pair.suspended === null) return succeed(pair);
  const source = requireVolume(store, primary);
  if (!source.ok) return source;
  if (!pathBetween(store, primary, secondary)) return failWith('no-path', `${primary}:${secondary}`);
  pair.suspended = null;
  pair.suspendedAt = null;
  pair.firstPassApplied = false;
  pair.firstPassDoneAt = store.now() + pprcFirstPassSeconds(source.value.sizeGb);
  startFirstPass(store, pair);
  return succeed(pair);
}

/**
 * The pairs from one LSS to another (freezepprc / unfreezepprc name LSS pairs), primaries on `image` if
 * given; none is a failure.
 */
function requirePairsBetween<C>(
  store: Store<C>,
  sourceLss: string,
  targetLss: string,
  image?: string,
): StorageResult<PprcRecord[]> {
  const pairs = store.state.pprc.filter(
    (p) =>
      !p.failedOver &&
      lssOf(p.primary) === sourceLss &&
      lssOf(p.secondary) === targetLss &&
      (image === undefined || findVolume(store, p.primary)?.image === image),
  );
  return pairs.length > 0 ? succeed(pairs) : failWith('relationship-not-found', `${sourceLss}:${targetLss}`);
}

/** Whether the LSS pair of these two volumes (in this direction) has PPRC paths to copy over. */
function pathBetween<C>(store: Store<C>, sourceId: string, targetId: string): boolean {
  const source = findVolume(store, sourceId);
  const target = findVolume(store, targetId);
  return (
    source !== undefined &&
    target !== undefined &&
    hasPath(store, source.image, lssOf(sourceId), target.image, lssOf(targetId))
  );
}

/**
 * freezepprc: a remote-mirror consistency group. Every pair of the LSS pair is suspended at this one instant
 * (whichever volume group or host it belongs to), the primaries go long busy, so host writes wait, and the
 * paths between the LSS pair are removed: resuming needs mkpprcpath first (docs/aix-behaviour.md 18.9). A pair
 * still Copy Pending is suspended too, and its secondary is left fuzzy (only part of the first pass copied).
 */
export function freezePprc<C>(
  store: Store<C>,
  sourceLss: string,
  targetLss: string,
  image?: string,
): StorageResult<number> {
  const found = requirePairsBetween(store, sourceLss, targetLss, image);
  if (!found.ok) return found;
  const pairs = found.value;
  const until = store.now() + PPRC_FREEZE_TIMEOUT;
  for (const pair of pairs) {
    suspend(store, pair, 'Freeze');
    const primary = findVolume(store, pair.primary);
    if (primary) primary.hold = { cause: 'pprc-freeze', until };
  }
  removePaths(store, sourceLss, targetLss, image);
  return succeed(pairs.length);
}

/** unfreezepprc: release the held writes; the pairs stay suspended. */
export function unfreezePprc<C>(
  store: Store<C>,
  sourceLss: string,
  targetLss: string,
  image?: string,
): StorageResult<number> {
  const found = requirePairsBetween(store, sourceLss, targetLss, image);
  if (!found.ok) return found;
  const pairs = found.value;
  for (const pair of pairs) {
    const primary = findVolume(store, pair.primary);
    if (primary?.hold?.cause === 'pprc-freeze') primary.hold = null;
  }
  return succeed(pairs.length);
}

/**
 * failoverpprc, issued at the secondary's box naming the pair reversed (secondary:primary): the secondary
 * becomes a suspended primary that a host may read and write.
 */
export function failoverPprc<C>(
  store: Store<C>,
  newPrimary: string,
  oldPrimary: string,
  type: PprcType,
): StorageResult<PprcRecord> {
  const pair = findPprc(store, oldPrimary, newPrimary);
  if (!pair) return failWith('relationship-not-found', `${newPrimary}:${oldPrimary}`);
  if (pair.type !== type) return failWith('type-mismatch', `${newPrimary}:${oldPrimary}`);
  const suspendedAt = pair.suspendedAt ?? store.now();
  suspend(store, pair, 'Host Source');
  pair.suspendedAt = suspendedAt;
  pair.failedOver = true;
  return succeed(pair);
}

/**
 * failbackpprc source:target: after a failover (or a suspension), mirror again from the named source, which
 * overwrites the other side once the resync pass is done.
 */
export function failbackPprc<C>(
  store: Store<C>,
  sourceId: string,
  targetId: string,
  type: PprcType,
): StorageResult<PprcRecord> {
  const subject = `${sourceId}:${targetId}`;
  const pair = findPprc(store, sourceId, targetId) ?? findPprc(store, targetId, sourceId);
  if (!pair) return failWith('relationship-not-found', subject);
  if (pair.type !== type) return failWith('type-mismatch', subject);
  const sourceIsPrimary = pair.primary === sourceId;
  // Failback starts from a suspended primary: the failed-over secondary, or either side after a failover.
  if (!pair.failedOver && !(sourceIsPrimary && pair.suspended !== null))
    return failWith('wrong-state', subject);
  const source = requireVolume(store, sourceId);
  if (!source.ok) return source;
  if (!pathBetween(store, sourceId, targetId)) return failWith('no-path', subject);
  pair.primary = sourceId;
  pair.secondary = targetId;
  pair.failedOver = false;
  pair.suspended = null;
  pair.suspendedAt = null;
  pair.firstPassApplied = false;
  pair.firstPassDoneAt = store.now() + pprcFirstPassSeconds(source.value.sizeGb);
  startFirstPass(store, pair);
  return succeed(pair);
}

/** rmpprc: the pair as named from either side after a failover, or primary:secondary; the secondary keeps its data. */
export function removePprc<C>(store: Store<C>, primary: string, secondary: string): StorageResult<null> {
  const pair =
    findPprc(store, primary, secondary) ??
    store.state.pprc.find((p) => p.failedOver && p.primary === secondary && p.secondary === primary);
  if (!pair) return failWith('relationship-not-found', `${primary}:${secondary}`);
  store.state.pprc = store.state.pprc.filter((p) => p !== pair);
  return succeed(null);
}

/** Copies a primary's content to its secondary (first pass completion, Metro Mirror write, GM point). */
function mirror<C>(store: Store<C>, pair: PprcRecord): void {
  const primary = findVolume(store, pair.primary);
  const secondary = findVolume(store, pair.secondary);
  if (primary && secondary) copyContent(store, primary, secondary);
}

/** A Global Mirror consistency group drains a pair: its secondary holds the primary, nothing out of sync. */
export function drainPair<C>(store: Store<C>, pair: PprcRecord): void {
  pair.outOfSyncTracks = 0;
  mirror(store, pair);
}

/** What a Global Copy secondary holds while tracks are out of sync: a fuzzy image of its primary. */
function mirrorFuzzy<C>(store: Store<C>, pair: PprcRecord): void {
  const primary = findVolume(store, pair.primary);
  const secondary = findVolume(store, pair.secondary);
  if (!primary || !secondary || !store.fuzz) return;
  secondary.content = store.fuzz(store.clone(primary.content));
}

/**
 * A Global Copy first pass (mkpprc, resumepprc, failbackpprc) overwrites the secondary track by track as
 * it goes: from its first instant the secondary is a mix of old and new tracks, fuzzy until it is done.
 * (Metro Mirror secondaries stay as they are here: they are unreadable until the pair is suspended.)
 */
function startFirstPass<C>(store: Store<C>, pair: PprcRecord): void {
  if (pair.type === 'gcp' && !pair.firstPassApplied) mirrorFuzzy(store, pair);
}

/**
 * A host write to a primary. Metro Mirror: it reaches every full-duplex secondary before it completes.
 * Otherwise its tracks are out of sync (recorded on a suspended pair for the resync); a mirroring Global
 * Copy pair sends some of them at once, so its secondary is fuzzy until the rest have drained.
 */
export function propagateWrite<C>(store: Store<C>, volumeId: string): void {
  for (const pair of store.state.pprc) {
    if (pair.primary !== volumeId || pair.failedOver) continue;
    if (pair.type === 'mmir' && pprcMirroring(pair)) {
      mirror(store, pair);
      continue;
    }
    const total = (findVolume(store, pair.primary)?.sizeGb ?? 0) * TRACKS_PER_GB;
    pair.outOfSyncTracks = Math.min(total, (pair.outOfSyncTracks ?? 0) + PPRC_TRACKS_PER_WRITE);
    if (pair.type === 'gcp' && pprcMirroring(pair)) mirrorFuzzy(store, pair);
  }
}

/**
 * Applies what time has done: completed first passes (a Metro Mirror secondary then holds its primary; a
 * Global Copy one is fuzzy while writes made during the pass are still out of sync), then the Global Copy
 * drain: the links carry PPRC_TRACKS_PER_S, and a secondary whose last track arrived holds the primary.
 */
export function settlePprc<C>(store: Store<C>): void {
  const now = store.now();
  for (const pair of store.state.pprc) {
    const since = pair.drainedAt ?? now;
    // Never backwards: a snapshot restored into a world whose clock is behind keeps its own.
    pair.drainedAt = Math.max(since, now);
    if (!pair.firstPassApplied && !pair.suspended && !pair.failedOver && now >= pair.firstPassDoneAt) {
      pair.firstPassApplied = true;
      if (pair.type === 'mmir') {
        pair.outOfSyncTracks = 0;
        mirror(store, pair);
        continue;
      }
    }
    if (pair.type !== 'gcp' || !pprcMirroring(pair)) continue;
    const before = pair.outOfSyncTracks ?? 0;
    const start = Math.max(since, pair.firstPassDoneAt);
    const left = Math.max(0, before - Math.floor(Math.max(0, now - start) * PPRC_TRACKS_PER_S));
    pair.outOfSyncTracks = left;
    if (left === 0) mirror(store, pair);
    else mirrorFuzzy(store, pair);
  }
}

/** lspprc -l Out Of Sync Tracks: what a running first pass has still to send, and the tracks changed since. */
function pprcOutOfSyncTracks<C>(store: Store<C>, pair: PprcRecord): number {
  const sizeGb = findVolume(store, pair.primary)?.sizeGb ?? 0;
  const firstPass = pair.firstPassApplied
    ? 0
    : pprcFirstPassTracks(sizeGb, store.now(), pair.firstPassDoneAt);
  return Math.min(sizeGb * TRACKS_PER_GB, firstPass + (pair.outOfSyncTracks ?? 0));
}

/** The lspprc state of a pair seen from its primary. */
export function pprcState(pair: PprcRecord): { type: PprcType; state: string; firstPassDone: boolean } {
  let state = 'Full Duplex';
  if (pair.suspended !== null || pair.failedOver) state = 'Suspended';
  else if (!pair.firstPassApplied || pair.type === 'gcp') state = 'Copy Pending';
  return { type: pair.type, state, firstPassDone: pair.firstPassApplied };
}

/**
 * The PPRC pairs as a storage image sees them: pairs whose primary is on it as primaries, pairs whose
 * secondary is on it as `Target ...` states; a failed-over secondary shows the reversed pair.
 */
export function pprcPairViews<C>(store: Store<C>, image: string): PprcPairView[] {
  const onImage = (id: string) => findVolume(store, id)?.image === image;
  const views: PprcPairView[] = [];
  for (const pair of store.state.pprc) {
    const { state, ...status } = pprcState(pair);
    const common = {
      ...status,
      outOfSyncTracks: pprcOutOfSyncTracks(store, pair),
      tgtread: pair.tgtread,
      suspendedAt: pair.suspendedAt ?? null,
    };
    if (onImage(pair.primary)) {
      // The old primary of a failed-over pair is suspended by the action taken at the target's box.
      const reason = pair.failedOver ? 'Host Target' : pair.suspended;
      views.push({
        ...common,
        id: `${pair.primary}:${pair.secondary}`,
        state,
        reason,
        sourceLss: lssOf(pair.primary),
      });
    }
    if (!onImage(pair.secondary)) continue;
    if (pair.failedOver) {
      const id = `${pair.secondary}:${pair.primary}`;
      views.push({
        ...common,
        // The new primary's own changes are what a failback would send back: the host writes on it are not
        // counted here (simulator choice), so it shows none.
        outOfSyncTracks: 0,
        id,
        state: 'Suspended',
        reason: 'Host Source',
        sourceLss: lssOf(pair.secondary),
      });
    } else {
      const id = `${pair.primary}:${pair.secondary}`;
      views.push({
        ...common,
        id,
        state: `Target ${state}`,
        reason: pair.suspended,
        sourceLss: lssOf(pair.primary),
      });
    }
  }
  return views;
}
