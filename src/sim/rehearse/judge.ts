/**
 * The one judgement of a copy procedure, so that no two callers disagree: from the world's picture before and
 * after (a script run, or a trainee's attempt), did the copy reach the goal (copy VG varied on, its file
 * systems mounted, consistent and undamaged, under the prefix, none left frozen), and is production (the
 * source VG, its file systems and the applications on them) as it was? Used by `npm run plan -- --rehearse`,
 * the grader, the browser tests and the unit tests. Pure: it reads pictures (worldState or worldPicture)
 * through picture-view.
 */
import { copyLeftovers } from '../grader/copy-leftovers';
import {
  appsOf,
  fileSystemsOf,
  freezeTimeouts,
  frozenFileSystems,
  heldVolumes,
  type MirrorView,
  mirrorsOf,
  type Picture,
  vgNamed,
  vgOnCopyTargets,
} from '../grader/picture-view';

/** What the goal asks for (the scenario's sourceVg and expect, or a runbook's names). */
export interface CopyGoal {
  sourceVg: string;
  copyVg: string;
  /** The copy's mount points start with this (recreatevg -L), when the goal says so. */
  mountPrefix?: string;
  /** The copy's file systems must end up mounted (default true). */
  copyMounted?: boolean;
  /** The further VGs of a copy set and their copies, each judged as the first (docs/procedure.md "Copy sets"). */
  moreCopies?: { sourceVg: string; copyVg: string }[];
  /**
   * A retire (docs/procedure.md "Retiring a copy"): the goal is the copy gone, nothing of it left on the
   * host or the storage, rather than the copy up.
   */
  retired?: boolean;
}

/** One application on the source's file systems. */
interface AppState {
  name: string;
  kind: string;
  /** Writing (normal or hot-backup mode). */
  running: boolean;
  /** Hot-backup mode (Oracle BEGIN BACKUP) or writes suspended (DB2 SET WRITE SUSPEND). */
  hotBackup: boolean;
}

/** The production side at one instant: the source VG, its file systems, the applications on them. */
export interface ProductionState {
  sourceVg: string;
  /** null when the VG is not on this host. */
  variedOn: boolean | null;
  fileSystems: { mountPoint: string; mounted: boolean; frozen: boolean }[];
  applications: AppState[];
  /** Storage volumes whose writes are held (a DS8000 freeze not ended): production's writes wait. */
  heldVolumes: string[];
  /** The remote mirrors: production's disaster protection. */
  mirrors: MirrorView[];
}

export interface ProductionReport {
  before: ProductionState;
  after: ProductionState;
  /** One line per part, saying its state after and, when it changed, before. */
  lines: string[];
  /** The lines of the parts that changed, but the mirrors. */
  changes: string[];
  /** Every part is as it was before, but the mirrors. */
  restored: boolean;
  /**
   * The lines of the mirrors that changed. Apart: a run that reaches its goal on a DR host leaves the
   * mirror failed over for the copy; one that fails must give it back as it was.
   */
  mirrorChanges: string[];
}

export interface CopyVerdict {
  /** The goal reached and production as it was. */
  reached: boolean;
  /** Why not, one sentence each (empty when reached). */
  problems: string[];
  copy: {
    exists: boolean;
    variedOn: boolean;
    fileSystems: string[];
    unmounted: string[];
    outsidePrefix: string[];
    inconsistent: string[];
    /** Data not what the application wrote (a log that disagreed; fsck -y repairs only the metadata). */
    damaged: string[];
  };
  /** Every file system still frozen at the end, copy or source. */
  frozen: string[];
  /** Production of the first source VG. */
  production: ProductionReport;
  /** Production of every source VG of the set, one line a part, each part once (the storage's are shared). */
  productionLines: string[];
}

export function productionState(picture: Picture, sourceVg: string): ProductionState {
  // An earlier copy imported under the source's name on a DR or backup host is not production: the
  // source is elsewhere, and what this host shows under its name is the copy.
  const here = !vgOnCopyTargets(picture, sourceVg);
  const fileSystems = (here ? fileSystemsOf(picture, sourceVg) : []).map(
    ({ mountPoint, mounted, hiddenUnder, frozen }) => ({
      mountPoint,
      // A file system hidden under one mounted over it is out of reach: not in service.
      mounted: mounted && hiddenUnder === undefined,
      frozen,
    }),
  );
  const mountPoints = new Set(fileSystems.map((f) => f.mountPoint));
  return {
    sourceVg,
    variedOn: here ? (vgNamed(picture, sourceVg)?.variedOn ?? null) : null,
    fileSystems,
    applications: appsOf(picture)
      .filter((a) => a.fileSystems.some((f) => mountPoints.has(f)))
      .map((a) => ({
        name: a.name,
        kind: a.kind,
        running: a.mode === 'normal' || a.mode === 'hot-backup',
        hotBackup: a.mode === 'hot-backup' || a.mode === 'suspended',
      })),
    heldVolumes: heldVolumes(picture),
    mirrors: mirrorsOf(picture),
  };
}

const vgWords = (on: boolean | null) => (on === null ? 'not on this host' : on ? 'varied on' : 'varied off');
const fsWords = (f: { mounted: boolean; frozen: boolean }) =>
  `${f.mounted ? 'mounted' : 'not mounted'}${f.frozen ? ', frozen' : ''}`;
const appWords = (a: AppState) =>
  a.hotBackup ? (a.running ? 'in hot-backup mode' : 'writes suspended') : a.running ? 'running' : 'stopped';

/** One part of production: what it is now and what it was (absent when it did not exist before). */
interface Part {
  what: string;
  now: string;
  was: string | undefined;
  /** It is not as it was (the words differ, unless `alike` says the two states are the same). */
  changed: boolean;
}

function parts<T>(
  label: (item: T) => string,
  words: (item: T) => string,
  key: (item: T) => string,
  before: T[],
  after: T[],
  alike: (a: T, b: T) => boolean = (a, b) => words(a) === words(b),
): Part[] {
  const was = new Map(before.map((b) => [key(b), b]));
  const now = new Map(after.map((a) => [key(a), a]));
  const keys = [...new Set([...now.keys(), ...was.keys()])];
  return keys.map((k) => {
    const item = (now.get(k) ?? was.get(k))!;
    const previous = was.get(k);
    const current = now.get(k);
    return {
      what: label(item),
      now: current ? words(current) : 'gone',
      was: previous && words(previous),
      changed: previous !== undefined && (current === undefined || !alike(previous, current)),
    };
  });
}

/**
 * A pair copying from its primary, in sync (DS8000 Full Duplex, SVC consistent_synchronized) or catching up
 * after a failback or restart (Copy Pending, inconsistent_copying).
 */
const mirroring = (state: string) =>
  ['Full Duplex', 'Copy Pending', 'consistent_synchronized', 'inconsistent_copying'].includes(state);

/** Production after compared with before, one line per part ("now (was before)" when it changed). */
export function productionReport(before: ProductionState, after: ProductionState): ProductionReport {
  const held = (state: ProductionState, id: string) =>
    state.heldVolumes.includes(id) ? 'writes held (frozen)' : 'writes flow';
  // A source not on this host at the start (a DR or backup host): what shows here under its name later
  // is the copy, not production.
  const elsewhere = before.variedOn === null;
  const host: Part[] = [
    {
      what: `source VG ${after.sourceVg}`,
      now: elsewhere ? vgWords(null) : vgWords(after.variedOn),
      was: vgWords(before.variedOn),
      changed: !elsewhere && after.variedOn !== before.variedOn,
    },
    ...(elsewhere
      ? []
      : [
          ...parts(
            (f) => `file system ${f.mountPoint}`,
            fsWords,
            (f) => f.mountPoint,
            before.fileSystems,
            after.fileSystems,
          ),
          ...parts(
            (a) => `application ${a.name} (${a.kind})`,
            appWords,
            (a) => a.name,
            before.applications,
            after.applications,
          ),
        ]),
    // Only the volumes held at one end or the other: the others are not worth a line each.
    ...[...new Set([...before.heldVolumes, ...after.heldVolumes])].map((id) => ({
      what: `volume ${id}`,
      now: held(after, id),
      was: held(before, id),
      changed: held(after, id) !== held(before, id),
    })),
  ];
  const mirrors = parts(
    (m) => `mirror ${m.pair}`,
    (m) => m.state,
    (m) => m.pair,
    before.mirrors,
    after.mirrors,
    // A mirror failed back and resynchronising protects production again, as it did in sync; one left
    // suspended by an earlier DR test (frozen, failed over) and mirroring now is production's normal state
    // given back early, not a change to undo (the refresh fails it back on purpose).
    (a, b) =>
      a.state === b.state ||
      (mirroring(b.state) && (mirroring(a.state) || a.state === 'Suspended' || a.state === 'idling')),
  );
  const line = (p: Part) => `${p.what}: ${p.now}${p.changed ? ` (was ${p.was})` : ''}`;
  return {
    before,
    after,
    lines: [...host, ...mirrors].map(line),
    changes: host.filter((p) => p.changed).map(line),
    restored: !host.some((p) => p.changed),
    mirrorChanges: mirrors.filter((p) => p.changed).map(line),
  };
}

/** Application verdicts that make a copy unusable, put in words. */
export const unusableData: Record<string, string> = {
  torn: 'is torn: its raw LVs were copied at different instants outside hot-backup mode',
  'data-newer-than-log': 'is newer than its log: the LUNs were copied at different instants',
  'log-not-copied':
    'has no copy of its log beside it: the VG holding its log was not copied with it (copy every VG of the database in one copy set, and bring up each copy)',
  'not-crash-recoverable': 'was copied while the application ran, and it does not recover from a crash',
};

/** One copy of the goal judged in the world after: its state and what keeps it from the goal. */
function judgeOneCopy(goal: CopyGoal, after: Picture): { copy: CopyVerdict['copy']; problems: string[] } {
  const vg = vgNamed(after, goal.copyVg);
  const copyFs = fileSystemsOf(after, goal.copyVg);
  const prefix = goal.mountPrefix;
  const copy = {
    exists: vg !== undefined,
    variedOn: vg?.variedOn === true,
    fileSystems: copyFs.map((f) => f.mountPoint),
    unmounted: copyFs.filter((f) => !f.mounted).map((f) => f.mountPoint),
    hidden: copyFs.filter((f) => f.mounted && f.hiddenUnder !== undefined),
    outsidePrefix: prefix
      ? copyFs.filter((f) => !f.mountPoint.startsWith(`${prefix}/`)).map((f) => f.mountPoint)
      : [],
    inconsistent: copyFs.filter((f) => f.consistent === false).map((f) => f.mountPoint),
    damaged: copyFs.filter((f) => f.dataOk === false).map((f) => f.mountPoint),
  };
  const problems: string[] = [];
  if (!copy.exists) problems.push(`no VG named ${goal.copyVg}`);
  else if (!copy.variedOn) problems.push(`${goal.copyVg} is not varied on`);
  if (goal.copyMounted !== false)
    for (const m of copy.unmounted) problems.push(`${m} of ${goal.copyVg} is not mounted`);
  for (const f of copy.hidden)
    problems.push(
      `${f.mountPoint} of ${goal.copyVg} is hidden: it was mounted before ${f.hiddenUnder}, which is mounted over it`,
    );
  for (const m of copy.inconsistent) problems.push(`${m} of ${goal.copyVg} is not consistent`);
  // docs/procedure.md: any fsck error means the copy must not be used, repaired or not.
  for (const m of copy.damaged.filter((d) => !copy.inconsistent.includes(d)))
    problems.push(`${m} of ${goal.copyVg} holds damaged data`);
  // The database's own verdict on the copy (src/sim/world/app-data.ts): LUNs copied at different
  // instants outside hot-backup mode tear raw LVs, or leave data newer than its log.
  for (const a of vg?.applications ?? [])
    if (a.verdict in unusableData)
      problems.push(`${a.app}'s data on ${goal.copyVg} ${unusableData[a.verdict]}`);
  for (const m of copy.outsidePrefix) problems.push(`${m} is not under ${prefix}`);
  return { copy, problems };
}

/** A retired copy judged: whatever is left of it on the host or the storage, one sentence each. */
function retireProblems(goal: CopyGoal, before: Picture, after: Picture): string[] {
  const left = copyLeftovers(goal.copyVg, before, after);
  const named = (what: string, items: string[]) =>
    items.length > 0 ? [`${goal.copyVg}'s ${what}: ${items.join(', ')}`] : [];
  return [
    ...(left.vg
      ? [`${goal.copyVg} is still defined (${left.vg.variedOn ? 'varied on' : 'varied off'})`]
      : []),
    ...named('hdisks are still defined', left.disks),
    ...named('stanzas are still in /etc/filesystems', left.stanzas),
    ...named('copy relationships are still there', left.relationships),
    ...named('LUNs are still mapped to the host', left.mappings),
  ];
}

/** Judges the world after a run or an attempt against the goal, production against the start. */
export function judgeCopy(goal: CopyGoal, before: Picture, after: Picture): CopyVerdict {
  const sets = [goal, ...(goal.moreCopies ?? []).map((c) => ({ ...goal, ...c }))];
  const copies = sets.map((g) => {
    const judged = judgeOneCopy(g, after);
    return g.retired ? { ...judged, problems: retireProblems(g, before, after) } : judged;
  });
  const frozen = frozenFileSystems(after).map((f) => f.mountPoint);
  const [production, ...moreProduction] = sets.map((g) =>
    productionReport(productionState(before, g.sourceVg), productionState(after, g.sourceVg)),
  );
  const problems = copies.flatMap((c) => c.problems);
  for (const m of frozen) problems.push(`${m} is still frozen`);
  const timedOutBefore = new Set(freezeTimeouts(before));
  for (const t of freezeTimeouts(after).filter((t) => !timedOutBefore.has(t)))
    problems.push(
      `the freeze of ${t} timed out (J2_FREEZE_TIMEOUT): writes went on before the copy was taken`,
    );
  // A source VG not on this host at the start (a DR or backup host) is not this host's production.
  // On a DR or backup host only the storage's part is production's (writes a freeze holds).
  for (const p of [production!, ...moreProduction])
    if (!p.restored) problems.push(`production is not as it was: ${p.changes.join('; ')}`);
  return {
    reached: problems.length === 0,
    problems,
    copy: copies[0]!.copy,
    frozen,
    production: production!,
    productionLines: [...new Set([production!, ...moreProduction].flatMap((p) => p.lines))],
  };
}
