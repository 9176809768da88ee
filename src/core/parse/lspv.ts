/**
 * `lspv` (no argument): one line per disk in the ODM — name, PVID or `none`, VG or `None`, and
 * `active`/`concurrent`, blank while the VG is varied off (docs/aix-behaviour.md §1.2). A copy configured
 * on the source's host shows the source's PVID, VG and state again: a duplicate PVID.
 */
import { deviceNameShapeProblem, diskNameProblem } from '../model/aix-names';
import type { HostDisk } from '../model/facts';
import { mergeHostDisks, setSourceDisks } from './facts-edit';
import { issue, type Line, type ParseIssue } from './text';
import type { OutputParser } from './types';

export interface LspvRow {
  name: string;
  pvid: string | null;
  vg: string | null;
  state: 'active' | 'concurrent' | '';
}

const row = /^(\S+)\s+([0-9a-fA-F]{16}|none)\s+(\S+)(?:\s+(active|concurrent))?$/;
const expected = "expected 'hdiskN  PVID|none  VG|None  [active|concurrent]'";

function readRow(line: Line): LspvRow | null {
  const match = row.exec(line.text);
  if (!match) return null;
  const [, name, pvid, vg, state] = match;
  // AIX names a disk by its type's prefix and an instance number (hdisk4, vpath2, hdiskpower3).
  if (diskNameProblem(name) || !/\d$/.test(name) || (vg !== 'None' && deviceNameShapeProblem(vg)))
    return null;
  return {
    name,
    pvid: pvid === 'none' ? null : pvid.toLowerCase(),
    vg: vg === 'None' ? null : vg,
    state: (state ?? '') as LspvRow['state'],
  };
}

function describe(disk: LspvRow): string {
  const pvid = disk.pvid ? `PVID ${disk.pvid}` : 'no PVID';
  const vg = disk.vg ? `in ${disk.vg}${disk.state ? ` (${disk.state})` : ' (varied off)'}` : 'in no VG';
  return `${disk.name}: ${pvid}, ${vg}`;
}

export const lspvParser: OutputParser<LspvRow[]> = {
  kind: 'lspv',
  command: 'lspv',
  looksLike: (lines) => lines.length > 0 && lines.every((line) => readRow(line) !== null),
  parse(lines) {
    const data: LspvRow[] = [];
    const errors: ParseIssue[] = [];
    // A set keeps the check linear in the disks: a host may list thousands.
    const names = new Set<string>();
    for (const line of lines) {
      const disk = readRow(line);
      if (!disk) errors.push(issue(line, expected));
      else if (names.has(disk.name))
        errors.push(issue(line, `${disk.name} is listed twice; expected each disk once`));
      else {
        names.add(disk.name);
        data.push(disk);
      }
    }
    return { data, read: data.map(describe), errors };
  },
  apply(rows, input) {
    const notes: string[] = [];
    let facts = mergeHostDisks(
      input,
      rows.map((disk): HostDisk => ({ name: disk.name, pvid: disk.pvid, vg: disk.vg, vgState: disk.state })),
    );
    const source = facts.sourceVg.name;
    if (source === '') {
      notes.push('the source VG is not named yet: name it to take its disks from this lspv');
      return { facts, notes };
    }
    // The first disk with a PVID is the source's; a later one with the same PVID is a copy that
    // cfgmgr configured while the source was known (duplicate PVID, docs/procedure.md).
    const byName = new Map(rows.map((disk) => [disk.name, disk]));
    const inSource = rows.filter((disk) => disk.vg === source);
    const firstWithPvid = new Map<string, LspvRow>();
    for (const disk of inSource)
      if (disk.pvid && !firstWithPvid.has(disk.pvid)) firstWithPvid.set(disk.pvid, disk);
    const sourceDisks = inSource.filter(
      (disk) => disk.pvid === null || firstWithPvid.get(disk.pvid) === disk,
    );
    for (const copy of inSource.filter(
      (disk) => disk.pvid !== null && firstWithPvid.get(disk.pvid) !== disk,
    )) {
      const original = firstWithPvid.get(copy.pvid ?? '');
      notes.push(
        `${copy.name} carries the PVID of ${original?.name} (duplicate PVID): a copy of ${source} is configured on this host`,
      );
    }
    if (sourceDisks.length === 0)
      notes.push(`lspv shows no disk in ${source}: the source VG is not known on this host`);
    else
      facts = setSourceDisks(
        facts,
        sourceDisks.map((disk) => disk.name),
        (name) => ({ pvid: byName.get(name)?.pvid ?? null }),
      );
    facts = {
      ...facts,
      sourceOnHost: {
        ...facts.sourceOnHost,
        present: sourceDisks.length > 0,
        variedOn: sourceDisks.some((disk) => disk.state !== ''),
      },
    };
    const copy = facts.existingCopy;
    if (copy) {
      const copyDisks = rows.filter((disk) => disk.vg === copy.vgName);
      facts = {
        ...facts,
        existingCopy: {
          ...copy,
          disks: copyDisks.map((disk) => disk.name),
          variedOn: copyDisks.some((disk) => disk.state !== ''),
        },
      };
    }
    return { facts, notes };
  },
};
