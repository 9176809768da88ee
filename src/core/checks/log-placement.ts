/**
 * Where each file system's log lives relative to the copied disks. Shared by the log checks.
 */
import type { Facts } from '../model/facts';

/** Disks of an LV of the source VG, or undefined when the LV is not in the VG (e.g. rootvg's hd8). */
export function lvDisks(facts: Facts, lv: string): string[] | undefined {
  return facts.sourceVg.lvs.find((l) => l.name === lv)?.disks;
}

/** Whether all of an LV's known disks are copied; true when the LV or its disks are not known. */
export function lvCopied(facts: Facts, copied: Set<string>, lv: string): boolean {
  return (lvDisks(facts, lv) ?? []).every((d) => copied.has(d));
}

/** File systems grouped by their outer log (inline logs excluded). */
export function fileSystemsByLog(facts: Facts): Map<string, string[]> {
  const byLog = new Map<string, string[]>();
  for (const fs of facts.sourceVg.fileSystems) {
    if (fs.log === 'INLINE') continue;
    byLog.set(fs.log, [...(byLog.get(fs.log) ?? []), fs.mountPoint]);
  }
  return byLog;
}
