/**
 * Whether an application can use its data on a copy (docs/procedure.md "Consistency of the copy", step 11):
 * read from the application marks the copy's disks carry.
 * - A database writes its own log synchronously and its data lazily: data newer than its log on the
 *   copy means the LUNs were taken at different instants: the database cannot recover it.
 * - In hot-backup mode the database expects fuzzy data files and recovers them from its log.
 * - Raw LVs written at different transactions (LUNs taken at different instants while it ran outside
 *   hot-backup mode) are torn: no crash recovery puts them back together.
 * - An application that cannot recover from a crash needs its data written while it was stopped.
 */
import type { AppMark } from './disk-image';
import type { Host } from './host';
import type { World } from './world';

type AppVerdict = 'usable' | 'data-newer-than-log' | 'torn' | 'not-crash-recoverable' | 'no-data';

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

/** The verdict for every application whose data is on the VG. */
export function checkApplicationData(world: World, host: Host, vgName: string): AppDataCheck[] {
  const checks: AppDataCheck[] = [];
  for (const [app, marks] of marksOf(world, host, vgName)) {
    const owner = Object.values(world.hosts)
      .flatMap((h) => h.apps)
      .find((a) => a.name === app);
    const logSeq = Math.max(0, ...marks.map((m) => m.appLogSeq));
    const hotBackup = marks.every((m) => m.mode === 'hot-backup');
    const written = marks.filter((m) => m.dataSeq > 0);
    let verdict: AppVerdict = 'usable';
    if (written.length === 0 && logSeq === 0) verdict = 'no-data';
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
