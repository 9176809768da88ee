/**
 * DS8000 Global Mirror: Global Copy pairs (A to B) whose primaries are in a session (mksession,
 * chsession), journal FlashCopies on the remote box (B to C, mkflash -record -persist -nocp -tgtinhibit),
 * and a master (mkgmir) that forms consistency groups while it runs: each one drains the session's
 * out-of-sync tracks to B at one instant and FlashCopies every B to its C. So C always holds the last
 * consistent image, while B is fuzzy again from the next host write on; production never stops (IBM
 * Redbook SG24-6787, "Global Mirror": consistency group formation). A consistency group forms only while
 * every session pair mirrors with its first pass done and has its journal; otherwise the attempt fails
 * and C keeps the last one. Fast Reverse Restore (reverseflash -fast -tgtpprc B:C) puts C's image back
 * on a failed-over B: the DR copy a host may import.
 */
import { lssOf } from './identifiers';
import { drainPair, pprcMirroring } from './pprc';
import { copyContent, failWith, findVolume, type Store, type StorageResult, succeed } from './store';
import type { FlashRecord, GmirRecord, GmSessionRecord, PprcRecord } from './types';

function sessions<C>(store: Store<C>): GmSessionRecord[] {
  store.state.gmSessions ??= [];
  return store.state.gmSessions;
}

function masters<C>(store: Store<C>): GmirRecord[] {
  store.state.gmir ??= [];
  return store.state.gmir;
}

function findSession<C>(
  store: Store<C>,
  image: string,
  lss: string,
  id: string,
): GmSessionRecord | undefined {
  return sessions(store).find((s) => s.image === image && s.lss === lss && s.id === id);
}

/** Whether every volume is on the image and in the LSS (a session holds volumes of its own LSS). */
function requireLssVolumes<C>(
  store: Store<C>,
  image: string,
  lss: string,
  volumes: string[],
): StorageResult<null> {
  const stray = volumes.find((v) => findVolume(store, v)?.image !== image || lssOf(v) !== lss);
  return stray === undefined ? succeed(null) : failWith('volume-not-found', stray);
}

/** mksession: opens session `id` on the LSS, with these volumes (mksession -volume) or none yet. */
export function openSession<C>(
  store: Store<C>,
  image: string,
  lss: string,
  id: string,
  volumes: string[],
): StorageResult<GmSessionRecord> {
  if (findSession(store, image, lss, id)) return failWith('relationship-exists', id);
  const checked = requireLssVolumes(store, image, lss, volumes);
  if (!checked.ok) return checked;
  const session: GmSessionRecord = { image, lss, id, volumes: [...new Set(volumes)] };
  sessions(store).push(session);
  return succeed(session);
}

/** chsession -action add|remove -volume: the session's primaries change. */
export function changeSession<C>(
  store: Store<C>,
  image: string,
  lss: string,
  id: string,
  action: 'add' | 'remove',
  volumes: string[],
): StorageResult<GmSessionRecord> {
  const session = findSession(store, image, lss, id);
  if (!session) return failWith('object-not-found', id);
  const checked = requireLssVolumes(store, image, lss, volumes);
  if (!checked.ok) return checked;
  session.volumes =
    action === 'add'
      ? [...new Set([...session.volumes, ...volumes])]
      : session.volumes.filter((v) => !volumes.includes(v));
  return succeed(session);
}

function findMaster<C>(store: Store<C>, image: string, lss: string): GmirRecord | undefined {
  return masters(store).find((m) => m.image === image && m.masterLss === lss);
}

/** mkgmir on the master LSS: the session must be open there; consistency groups start forming. */
export function startGmir<C>(
  store: Store<C>,
  image: string,
  lss: string,
  session: string,
  cgInterval: number,
): StorageResult<GmirRecord> {
  if (!findSession(store, image, lss, session)) return failWith('object-not-found', session);
  if (masters(store).some((m) => m.image === image && m.session === session)) {
    return failWith('relationship-exists', session);
  }
  const master: GmirRecord = {
    image,
    masterLss: lss,
    session,
    state: 'Running',
    cgInterval,
    startedAt: store.now(),
    cgTime: null,
    seqnum: 0,
    cgFormed: 0,
    cgAttempts: 0,
  };
  masters(store).push(master);
  return succeed(master);
}

/** The master of this session on the LSS, or the failure to report. */
function requireMaster<C>(
  store: Store<C>,
  image: string,
  lss: string,
  session: string,
): StorageResult<GmirRecord> {
  const master = findMaster(store, image, lss);
  return master && master.session === session ? succeed(master) : failWith('object-not-found', session);
}

/**
 * pausegmir (Paused): no consistency group forms after the one in progress (they are instantaneous here,
 * so the pause falls on a boundary); the Global Copy pairs go on copying, so B goes on being fuzzy.
 * resumegmir (Running): consistency groups form again.
 */
export function setGmirState<C>(
  store: Store<C>,
  image: string,
  lss: string,
  session: string,
  state: GmirRecord['state'],
): StorageResult<GmirRecord> {
  const found = requireMaster(store, image, lss, session);
  if (!found.ok) return found;
  found.value.state = state;
  return succeed(found.value);
}

/** rmgmir: the master ends; the session, pairs and journals stay (C keeps the last consistency group). */
export function removeGmir<C>(
  store: Store<C>,
  image: string,
  lss: string,
  session: string,
): StorageResult<null> {
  const found = requireMaster(store, image, lss, session);
  if (!found.ok) return found;
  store.state.gmir = masters(store).filter((m) => m !== found.value);
  return succeed(null);
}

/** A session primary's Global Copy pair and the journal FlashCopy of its secondary, when both are ready. */
interface Member {
  pair: PprcRecord;
  journal: FlashRecord;
}

function member<C>(store: Store<C>, primary: string): Member | null {
  const pair = store.state.pprc.find((p) => p.primary === primary && p.type === 'gcp');
  if (!pair || !pprcMirroring(pair)) return null;
  const journal = store.state.flash.find((f) => f.source === pair.secondary && f.record && f.persist);
  return journal ? { pair, journal } : null;
}

/** One consistency group of a master: every member drained to B and flashed to C at this instant. */
function formGroup<C>(store: Store<C>, master: GmirRecord): void {
  master.cgAttempts += 1;
  const primaries = sessions(store)
    .filter((s) => s.image === master.image && s.id === master.session)
    .flatMap((s) => s.volumes);
  const members = primaries.map((p) => member(store, p));
  if (primaries.length === 0 || members.some((m) => m === null)) return;
  const now = store.now();
  for (const { pair, journal } of members as Member[]) {
    drainPair(store, pair);
    const secondary = findVolume(store, journal.source);
    const target = findVolume(store, journal.target);
    if (secondary && target) copyContent(store, secondary, target);
    journal.pointInTime = now;
    journal.seqnum = now;
  }
  master.cgTime = now;
  master.seqnum = now;
  master.cgFormed += 1;
  store.state.lastConsistencyPoint = now;
}

/** Applies time: each running master forms a consistency group once its interval has passed. */
export function settleGmir<C>(store: Store<C>): void {
  const now = store.now();
  for (const master of masters(store)) {
    if (master.state !== 'Running') continue;
    if (now >= (master.cgTime ?? master.startedAt) + Math.max(1, master.cgInterval)) formGroup(store, master);
  }
}

/**
 * reverseflash source:target of an existing relationship: the source (B) gets the target's (C) image.
 * B may be a remote-mirror primary only with -tgtpprc, and never a secondary still receiving Global Copy
 * (fail it over first). With -fast (Fast Reverse Restore) the relationship ends once reversed: C is no
 * journal any more, and Global Mirror needs a new mkflash B:C before it forms consistency groups again;
 * without it the relationship is reversed (C to B).
 */
export function reverseFlash<C>(
  store: Store<C>,
  sourceId: string,
  targetId: string,
  options: { fast: boolean; tgtpprc: boolean },
): StorageResult<FlashRecord | null> {
  const name = `${sourceId}:${targetId}`;
  const flash = store.state.flash.find((f) => f.source === sourceId && f.target === targetId);
  if (!flash) return failWith('relationship-not-found', name);
  const mirrored = store.state.pprc.find((p) => p.primary === sourceId || p.secondary === sourceId);
  if (mirrored && !(mirrored.failedOver && options.tgtpprc)) return failWith('target-in-use', name);
  const source = findVolume(store, sourceId);
  const target = findVolume(store, targetId);
  if (source && target) copyContent(store, target, source);
  if (options.fast) {
    store.state.flash = store.state.flash.filter((f) => f !== flash);
    return succeed(null);
  }
  flash.source = targetId;
  flash.target = sourceId;
  flash.pointInTime = store.now();
  return succeed(flash);
}

/** One lssession row: a session volume and its Global Copy pair's state. */
export interface SessionVolumeView {
  lss: string;
  session: string;
  /** Normal while the session's master forms consistency groups or none is started; Paused under pausegmir. */
  status: string;
  volume: string;
  /** Active once the volume's Global Copy pair has done its first pass, Join Pending before. */
  volumeStatus: string;
  primaryStatus: string;
  secondaryStatus: string;
  /** True, False, or `-` for a session without volumes. */
  firstPassComplete: string;
}

/**
 * The sessions of an image's LSSs (all when `lss` is not given), one row per volume (lssession); a session
 * without volumes yet has one row of `-`.
 */
export function sessionViews<C>(store: Store<C>, image: string, lss?: string): SessionVolumeView[] {
  return sessions(store)
    .filter((s) => s.image === image && (lss === undefined || s.lss === lss))
    .flatMap((session) => {
      const master = masters(store).find((m) => m.image === image && m.session === session.id);
      const status = master?.state === 'Paused' ? 'Paused' : 'Normal';
      if (session.volumes.length === 0) {
        const none = {
          volume: '-',
          volumeStatus: '-',
          primaryStatus: '-',
          secondaryStatus: '-',
          firstPassComplete: '-',
        };
        return [{ lss: session.lss, session: session.id, status, ...none }];
      }
      return session.volumes.map((volume) => {
        const pair = store.state.pprc.find((p) => p.primary === volume && !p.failedOver);
        const firstPassDone = pair?.type === 'gcp' && pair.firstPassApplied;
        let primaryStatus = 'Primary Simplex';
        if (pair) primaryStatus = pair.suspended === null ? 'Primary Copy Pending' : 'Primary Suspended';
        return {
          lss: session.lss,
          session: session.id,
          status,
          volume,
          volumeStatus: firstPassDone ? 'Active' : 'Join Pending',
          primaryStatus,
          secondaryStatus: 'Secondary Simplex',
          firstPassComplete: firstPassDone ? 'True' : 'False',
        };
      });
    });
}

/** The masters started on an image (showgmir), as plain copies. */
export function masterViews<C>(store: Store<C>, image: string): GmirRecord[] {
  return masters(store)
    .filter((m) => m.image === image)
    .map((m) => ({ ...m }));
}
