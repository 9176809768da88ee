/**
 * Where each file system's log lives relative to the copied disks. Shared by the log checks.
 */
import type { Facts, FileSystem } from '../model/facts';
import { listNames } from './check';

/** Disks of an LV of the source VG, or undefined when the LV is not in the VG (e.g. rootvg's hd8). */
export function lvDisks(facts: Facts, lv: string): string[] | undefined {
  return facts.sourceVg.lvs.find((l) => l.name === lv)?.disks;
}

/** Whether all of an LV's known disks are copied; true when the LV or its disks are not known. */
export function lvCopied(facts: Facts, copied: Set<string>, lv: string): boolean {
  return (lvDisks(facts, lv) ?? []).every((d) => copied.has(d));
}

/** File systems grouped by their outer log (inline logs excluded). */
export function fileSystemsByLog(fileSystems: readonly FileSystem[]): Map<string, string[]> {
  const byLog = new Map<string, string[]>();
  for (const fs of fileSystems) {
    if (fs.log === 'INLINE') continue;
    byLog.set(fs.log, [...(byLog.get(fs.log) ?? []), fs.mountPoint]);
  }
  return byLog;
}

/**
 * The mount points whose log was guessed from lsvg -l, not read: lsvg -l and plain lsfs print no log;
 * lsfs -q's "inline log" or the `log =` line of /etc/filesystems tells it.
 */
export function logsNotRead(fileSystems: readonly FileSystem[]): string[] {
  return fileSystems.filter((fs) => fs.logRead === false).map((fs) => fs.mountPoint);
}

/** What the pages say of guessed logs, with the commands that tell them; null when every log is known. */
export function logsNotReadNote(fileSystems: readonly FileSystem[]): string | null {
  const notRead = logsNotRead(fileSystems);
  if (notRead.length === 0) return null;
  return `The log of ${listNames(notRead)} is not read yet: run lsfs -q or cat /etc/filesystems.`;
}
