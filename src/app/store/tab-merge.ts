/**
 * What a tab writes to the browser's runbook store when other tabs of the same browser write to it too.
 * Each tab holds the whole store in memory and persist writes it whole, so a tab that has not yet taken
 * another tab's change would put its older copy back. Instead, each runbook is written compare-and-set:
 * a runbook this tab did not change since it last read or wrote the store keeps the stored copy (another
 * tab's change stays), one changed only here is written, and one changed here and in another tab is a
 * conflict: the stored copy stays, and the admin chooses (conflicts.ts).
 */
import type { Runbook } from './runbook';

/** Each copy's stamp: a copy never changes (the store replaces it), and a big VG's takes milliseconds. */
const stamps = new WeakMap<Runbook, string>();

/**
 * What tells two copies of a runbook apart: the whole copy, since two tabs may change one runbook in the
 * same millisecond (the same updatedAt) in different ways.
 */
export function stampOf(runbook: Runbook | undefined): string | undefined {
  if (!runbook) return undefined;
  let stamp = stamps.get(runbook);
  if (stamp === undefined) {
    stamp = JSON.stringify(runbook);
    stamps.set(runbook, stamp);
  }
  return stamp;
}

export interface TabWrite {
  /** The runbooks to write. */
  runbooks: Record<string, Runbook>;
  /** Runbooks changed here and in another tab since this tab last saw them: mine in memory, theirs stored. */
  conflicts: { mine: Runbook; theirs: Runbook }[];
}

/**
 * Merges this tab's runbooks (`mine`) into the stored ones, given the stamp of each runbook as this tab
 * last read or wrote it (`seen`). A runbook removed in one tab and changed in the other is kept: nothing
 * is lost.
 */
export function mergeTabWrite(
  mine: Record<string, Runbook>,
  stored: Record<string, Runbook>,
  seen: ReadonlyMap<string, string>,
): TabWrite {
  const runbooks: Record<string, Runbook> = {};
  const conflicts: TabWrite['conflicts'] = [];
  for (const id of new Set([...Object.keys(stored), ...Object.keys(mine)])) {
    const m = mine[id];
    const s = stored[id];
    const written = choose(m, s, seen.get(id));
    if (written === 'conflict' && m && s) {
      runbooks[id] = s;
      conflicts.push({ mine: m, theirs: s });
    } else if (written && written !== 'conflict') runbooks[id] = written;
  }
  return { runbooks, conflicts };
}

/** Which copy of one runbook is written (undefined: none, it was removed), or 'conflict'. */
function choose(m: Runbook | undefined, s: Runbook | undefined, base: string | undefined) {
  if (stampOf(m) === base || stampOf(m) === stampOf(s)) return s;
  if (stampOf(s) === base) return m;
  // Changed in both tabs: when one side removed it, the side that still has it; else the admin chooses.
  return m && s ? 'conflict' : (m ?? s);
}
