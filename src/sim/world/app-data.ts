/**
 * Whether an application can use its data on a copy (docs/procedure.md "Consistency of the copy", step 11):
 * read from the application marks the copy's disks carry.
 * - A database writes its own log synchronously and its data lazily: data newer than its log on the
 *   copy means the LUNs were taken at different instants: the database cannot recover it.
 * - In hot-backup mode the database expects fuzzy data files and recovers them from its log.
 * - Raw LVs written at different transactions (LUNs taken at different instants while it ran outside
 *   hot-backup mode) are torn: no crash recovery puts them back together.
 * - An application that cannot recover from a crash needs its data written while it was stopped.
 * A database whose log is in another VG (a copy set) is judged with the copy of that VG beside it; with
 *   no copy of its log on the host at all, the log's VG was not copied.
 */
import type { AppMark } from './disk-image';
import type { Host } from './host';
import type { World } from './world';

type AppVerdict =
  | 'usable'
  | 'data-newer-than-log'
  | 'log-not-copied'
  | 'torn'
  | 'not-crash-recoverable'
  | 'no-data';

export interface AppDataCheck {
  app: string;
  verdict: AppVerdict;
}

/** An application mark as found on a VG's LV, and whether that LV is a raw one. */
type FoundMark = AppMark & { raw: boolean };

/** The application marks found on the disks of a varied-on VG, by application. */
function marksOf(world: World, host: Host, vgName: string): Map<string, FoundMark[]> {
  const active = host.active[vgName];
  const marks = new Map<string, FoundMark[]>();
  if (!active) return marks;
  for (const lv of active.vgda.lvs) {
    const first = active.disks[lv.extents[0]?.pv ?? 0];
    if (!first) continue;
    const portion = world.readVolume(host.devices[first].volumeId).fs[lv.minor];
    for (const mark of portion?.apps ?? [])
      marks.set(mark.app, [...(marks.get(mark.app) ?? []), { ...mark, raw: lv.type === 'raw' }]);
  }
  return marks;
}

/** Whether the marks hold the database's own log (written with each transaction: its log position). */
const holdsLog = (marks: readonly FoundMark[]) => marks.some((m) => m.appLogSeq > 0);

/**
 * The copy of the database's log that goes with a copy of its data kept in another VG (a copy set,
 * docs/procedure.md "Copy sets"): the one other varied-on VG on this host holding the application's log
 * that is not the log it writes now (production). Several such copies leave it unknown which belongs
 * to this one: none is taken, and the data is judged without its log.
 */
function logCopyMarks(world: World, host: Host, vgName: string, app: string): FoundMark[] {
  const runs = host.apps.find((a) => a.name === app);
  // Production's own data is judged with production's log, as it is.
  if (runs?.fileSystems.some((mp) => host.mounts[mp]?.vg === vgName)) return [];
  const production = runs?.logFileSystem ? host.mounts[runs.logFileSystem]?.vg : undefined;
  const copies = Object.keys(host.active)
    .filter((vg) => vg !== vgName && vg !== production)
    .map((vg) => marksOf(world, host, vg).get(app) ?? [])
    .filter(holdsLog);
  return copies.length === 1 ? copies[0]! : [];
}

/** The verdict for every application whose data is on the VG (with its log, where a copy set keeps that apart). */
export function checkApplicationData(world: World, host: Host, vgName: string): AppDataCheck[] {
  const checks: AppDataCheck[] = [];
  for (const [app, own] of marksOf(world, host, vgName)) {
    const owner = Object.values(world.hosts)
      .flatMap((h) => h.apps)
      .find((a) => a.name === app);
    const marks =
      owner?.logFileSystem && !holdsLog(own) ? [...own, ...logCopyMarks(world, host, vgName, app)] : own;
    const logSeq = Math.max(0, ...marks.map((m) => m.appLogSeq));
    const hotBackup = marks.every((m) => m.mode === 'hot-backup');
    const written = marks.filter((m) => m.dataSeq > 0);
    let verdict: AppVerdict = 'usable';
    if (written.length === 0 && logSeq === 0) verdict = 'no-data';
    // No copy of its log beside the data at all: the log's VG was left out of the copy, which no instant fixes.
    else if (owner?.logFileSystem && !holdsLog(marks)) verdict = 'log-not-copied';
    else if (owner?.logFileSystem && !hotBackup && written.some((m) => m.dataSeq > logSeq))
      verdict = 'data-newer-than-log';
    else if (!hotBackup && new Set(marks.filter((m) => m.raw).map((m) => m.dataSeq)).size > 1)
      verdict = 'torn';
    else if (
      owner &&
      !owner.crashRecoverable &&
      marks.some((m) => m.mode === 'normal' || m.mode === 'hot-backup')
    ) {
      verdict = 'not-crash-recoverable';
    }
    checks.push({ app, verdict });
  }
  return checks;
}
