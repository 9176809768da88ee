/**
 * `lsattr -El hdiskN`: attribute, value, description, user-settable (True/False/True+) (docs/aix-behaviour.md
 * §6). vgcopy reads `pvid` (16 hex digits then 16 zeros, or `none`) and `unique_id`, which embeds the
 * storage volume: a DS8000 LUN's id holds the storage image serial (75xxxxx) and the 4-digit volume
 * id (e.g. 1100) before "…2107…IBMfcp"; an SVC LUN's holds the 32-digit vdisk UID (6005076…).
 * The output does not name the disk: a prompt line or the collector's section does, else the PVID.
 */
import { editSourceDisk, mergeHostDisks } from './facts-edit';
import { issue, type ParseIssue } from './text';
import type { OutputParser } from './types';

export interface LsattrDisk {
  /** The disk, where the command line was seen; else found by PVID when applied. */
  disk?: string;
  /** Null for `none`; absent when the pvid row was not read (refused, or left out by -a). */
  pvid?: string | null;
  uniqueId?: string;
  /** The storage volume id read from unique_id (DS8000 volume id, SVC vdisk UID, else the whole id). */
  storageVolume?: string;
}

// One blank on each side of the value and description: `.*` takes any further blanks, and two
// quantifiers over blanks side by side (`\s+(.*?)\s+`) took cubic time on a line of blanks.
const row = /^(\S+)\s(.*)\s(True\+?|False)$/;
// The machine type (2107, 2145) is looked for in the digits after the volume in code, not by a second
// `[0-9A-F]*` around it, which backtracks over every 2107 of a long id.
const ds8000 = /^[0-9A-F]{4}(75[0-9A-Z]{5})([0-9A-F]{4})([0-9A-F]*)IBMfcp$/i;
const svc = /^[0-9A-F]{4}[0-9A-F]?(600507[0-9A-F]{26})([0-9A-F]*)IBMfcp$/i;

/** The storage volume a unique_id names. */
export function volumeOfUniqueId(uniqueId: string): string {
  const ds = ds8000.exec(uniqueId);
  if (ds?.[3].includes('2107')) return ds[2].toUpperCase();
  const vdisk = svc.exec(uniqueId);
  if (vdisk?.[2].includes('2145')) return vdisk[1].toUpperCase();
  return uniqueId;
}

export const lsattrDiskParser: OutputParser<LsattrDisk | null> = {
  kind: 'lsattr-disk',
  command: 'lsattr -El hdiskN',
  looksLike: (lines) =>
    lines.length > 0 &&
    lines.every((line) => row.test(line.text)) &&
    lines.some((line) => /^(pvid|unique_id|PCM|queue_depth|reserve_policy)\s/.test(line.text)),
  parse(lines, arg) {
    const values = new Map<string, string>();
    const errors: ParseIssue[] = [];
    // Columns are padded to the widest entry + 1, so every value starts at one column (the leftmost
    // second field); an empty value (location) leaves it blank, and an overlong value (unique_id)
    // is followed by one blank only, so the value is the word at that column.
    // A loop, not Math.min(...): spreading a long paste's lines overflows the call stack.
    const valueColumn = lines.reduce(
      (column, line) => Math.min(column, /^\S+\s+/.exec(line.text)?.[0].length ?? line.text.length),
      Number.POSITIVE_INFINITY,
    );
    for (const line of lines) {
      const match = row.exec(line.text);
      if (!match) {
        errors.push(issue(line, "expected 'attribute  value  description  True|False'"));
        continue;
      }
      const aligned = line.text[valueColumn - 1] === ' ';
      const value = aligned
        ? (/^\S*/.exec(line.text.slice(valueColumn))?.[0] ?? '')
        : match[2].trim().split(/\s/)[0];
      values.set(match[1], value);
    }
    if (values.size === 0) return { data: null, read: [], errors };
    const rawPvid = values.get('pvid');
    const pvid = rawPvid && /^[0-9a-fA-F]{16}/.test(rawPvid) ? rawPvid.slice(0, 16).toLowerCase() : null;
    // A PVID not read is not known: "no PVID" is what a read `none` says, never a missing row.
    const data: LsattrDisk = rawPvid === undefined ? {} : { pvid };
    if (arg) data.disk = arg;
    const uniqueId = values.get('unique_id');
    if (uniqueId) {
      data.uniqueId = uniqueId;
      data.storageVolume = volumeOfUniqueId(uniqueId);
    }
    const who = data.disk ?? (data.pvid ? `disk with PVID ${data.pvid}` : 'disk');
    const said = [
      ...(data.pvid === undefined ? [] : [data.pvid ? `PVID ${data.pvid}` : 'no PVID']),
      ...(data.storageVolume ? [`storage volume ${data.storageVolume}`] : []),
    ];
    const read = said.length === 0 ? [] : [`${who}: ${said.join(', ')}`];
    return { data, read, errors };
  },
  apply(attrs, input) {
    if (!attrs) return { facts: input, notes: [] };
    const name =
      attrs.disk ??
      input.sourceVg.disks.find((disk) => attrs.pvid && disk.pvid === attrs.pvid)?.name ??
      input.host?.disks?.find((disk) => attrs.pvid && disk.pvid === attrs.pvid)?.name;
    if (!name)
      return {
        facts: input,
        notes: [
          'lsattr does not name its disk and no known disk has its PVID: paste it with its command line',
        ],
      };
    const pvid = attrs.pvid === undefined ? {} : { pvid: attrs.pvid };
    let facts = mergeHostDisks(input, [{ name, ...pvid }]);
    const volume = attrs.storageVolume === undefined ? {} : { storageVolume: attrs.storageVolume };
    if (facts.sourceVg.disks.some((disk) => disk.name === name)) {
      facts = editSourceDisk(facts, name, { ...(attrs.pvid ? { pvid: attrs.pvid } : {}), ...volume });
    } else if (facts.targets.luns.some((lun) => lun.name === name) && attrs.storageVolume) {
      const luns = facts.targets.luns.map((lun) =>
        lun.name === name ? { ...lun, storageVolume: attrs.storageVolume ?? '' } : lun,
      );
      facts = { ...facts, targets: { ...facts.targets, luns } };
    }
    return { facts, notes: [] };
  },
};
