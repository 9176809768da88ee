/**
 * `lsvg -l VG`: the VG's logical volumes with type, state and mount point (docs/aix-behaviour.md §2.3).
 * MOUNT POINT comes from /etc/filesystems (`N/A` when none); LV STATE `open/...` means a mounted
 * file system, an active log or an open raw LV. The log each file system uses is not shown here:
 * until /etc/filesystems or `lsfs -q` is read, a file system is taken to use the VG's log LV.
 */
import { absolutePathProblem, deviceNameShapeProblem } from '../model/aix-names';
import { isRawLv } from '../model/copy-layout';
import { type Facts, type LogicalVolume, lvTypes } from '../model/facts';
import { claimVg, guessLog, otherVgNote, union, withHost } from './facts-edit';
import type { OutputParser } from './types';
import { type Expected, looksLikeVgBlock, readVgTable } from './vg-blocks';

interface LsvgLv {
  name: string;
  type: LogicalVolume['type'];
  lps: number;
  pps: number;
  pvs: number;
  state: string;
  mountPoint?: string;
}

export interface LsvgLvs {
  vg: string;
  lvs: LsvgLv[];
}

const header = /^LV NAME\s+TYPE\s+LPs\s+PPs\s+PVs\s+LV STATE\s+MOUNT POINT$/;
const headerText = 'LV NAME  TYPE  LPs  PPs  PVs  LV STATE  MOUNT POINT';
// Seven columns and nothing more: a note after the mount point (`N/A <====`) or a type split by a
// tab (`jfs<TAB>2`) is not a row AIX prints.
const row = /^(\S+)\s+(\S+)\s+(\d+)\s+(\d+)\s+(\d+)\s+(\S+)\s+(\S+)$/;
/** LV STATE as AIX prints it: open (mounted, active, in use) or closed, and syncd or stale. */
const lvState = /^(?:open|closed)\/(?:syncd|stale)$/;
const isLvType = (type: string): type is LogicalVolume['type'] =>
  (lvTypes as readonly string[]).includes(type);

function readLv(text: string): LsvgLv | Expected {
  const match = row.exec(text);
  if (!match) return { expected: "expected 'LVname  TYPE  LPs  PPs  PVs  STATE  MOUNTPOINT|N/A'" };
  const [, name, type, lps, pps, pvs, state, mountPoint] = match;
  if (!isLvType(type))
    return { expected: `expected an LV type vgcopy knows (${lvTypes.join(', ')}), not '${type}'` };
  if (!lvState.test(state))
    return {
      expected: `expected an LV state AIX prints (open/syncd, closed/syncd, open/stale, closed/stale), not '${state}'`,
    };
  const problem =
    deviceNameShapeProblem(name) ?? (mountPoint === 'N/A' ? undefined : absolutePathProblem(mountPoint));
  if (problem)
    return { expected: `expected an LV name and a mount point (an absolute path or N/A): ${problem}` };
  const lv: LsvgLv = { name, type, lps: Number(lps), pps: Number(pps), pvs: Number(pvs), state };
  if (mountPoint !== 'N/A') lv.mountPoint = mountPoint;
  return lv;
}

/**
 * The copy a retire removes: its file systems (unmounted deepest first, mounted back by the undo), whether
 * one is mounted, and the raw LVs something holds open (checks/retire-copy-in-use.ts).
 */
function retiredCopyLvs(facts: Facts, lvs: readonly LsvgLv[]): Facts {
  const copy = facts.existingCopy;
  if (!copy) return facts;
  const open = (lv: LsvgLv) => lv.state.startsWith('open');
  const fileSystems = lvs.filter((lv) => lv.mountPoint && (lv.type === 'jfs' || lv.type === 'jfs2'));
  return {
    ...facts,
    existingCopy: {
      ...copy,
      mountPoints: fileSystems.map((lv) => lv.mountPoint!),
      mounted: fileSystems.some(open),
      openLvs: lvs.filter((lv) => isRawLv(lv) && open(lv)).map((lv) => lv.name),
    },
  };
}

export const lsvgLvsParser: OutputParser<LsvgLvs[]> = {
  kind: 'lsvg-lvs',
  command: 'lsvg -l VG',
  looksLike: (lines) => looksLikeVgBlock(lines, header),
  parse(lines) {
    const { tables, errors } = readVgTable(lines, header, headerText, readLv);
    const data = tables.map(({ vg, items }): LsvgLvs => ({ vg, lvs: items }));
    const read = data.flatMap(({ vg, lvs }) =>
      lvs.map(
        (lv) => `${vg}: ${lv.name} (${lv.type}, ${lv.state}${lv.mountPoint ? `, ${lv.mountPoint}` : ''})`,
      ),
    );
    return { data, read, errors };
  },
  apply(blocks, input) {
    let facts = input;
    const notes: string[] = [];
    for (const block of blocks) {
      const claimed = claimVg(facts, block.vg);
      facts = claimed.facts;
      if (claimed.role !== 'source') {
        // Another VG's LV names and mount points are what the copy's names must not collide with.
        facts = withHost(facts, (host) => ({
          ...host,
          lvNames: union(
            host.lvNames,
            block.lvs.map((lv) => lv.name),
          ),
          mountPoints: union(
            host.mountPoints,
            block.lvs.flatMap((lv) => (lv.mountPoint ? [lv.mountPoint] : [])),
          ),
        }));
        if (claimed.role === 'existing-copy' && facts.mode === 'retire')
          facts = retiredCopyLvs(facts, block.lvs);
        const prefixes = copyPrefixes(facts.sourceVg.lvs, block.lvs);
        if (prefixes) facts = addOtherCopy(facts, block.vg, prefixes);
        else if (claimed.role === 'other') notes.push(otherVgNote('lsvg -l', block.vg, facts));
        continue;
      }
      facts = applySourceLvs(facts, block.lvs);
    }
    return { facts, notes };
  },
};

/** How recreatevg renamed a copy: the LV-name prefix (-Y) and, where it mounts, the mount prefix (-L). */
interface CopyPrefixes {
  lvPrefix: string;
  mountPrefix?: string;
}

/**
 * The prefixes when a VG's LVs are the source's LVs renamed by one prefix, as recreatevg leaves a
 * copy (`fs` and `/fs` by default, or `-Y`, `-L`): then that VG is another copy of the source on
 * this host. Null for any other VG.
 */
function copyPrefixes(source: readonly LogicalVolume[], lvs: readonly LsvgLv[]): CopyPrefixes | null {
  if (source.length === 0 || source.length !== lvs.length) return null;
  const [first] = source;
  const candidates = lvs
    .filter(
      (lv) => lv.type === first.type && lv.name.length > first.name.length && lv.name.endsWith(first.name),
    )
    .map((lv) => lv.name.slice(0, lv.name.length - first.name.length));
  const copyOf = (lv: LogicalVolume, prefix: string) =>
    lvs.find((o) => o.name === prefix + lv.name && o.type === lv.type);
  const lvPrefix = candidates.find((prefix) => source.every((lv) => copyOf(lv, prefix)));
  if (lvPrefix === undefined) return null;
  const mounted = source.flatMap((lv) => {
    const copyMount = copyOf(lv, lvPrefix)?.mountPoint;
    return lv.mountPoint && copyMount?.endsWith(lv.mountPoint)
      ? [copyMount.slice(0, copyMount.length - lv.mountPoint.length)]
      : [];
  });
  const [mountPrefix] = mounted;
  return mountPrefix !== undefined && mounted.every((prefix) => prefix === mountPrefix)
    ? { lvPrefix, mountPrefix }
    : { lvPrefix };
}

/** Records a copy of the source VG on this host: varied on (lsvg -l lists only those), on its lspv disks. */
function addOtherCopy(facts: Facts, vgName: string, prefixes: CopyPrefixes): Facts {
  const disks = (facts.host?.disks ?? []).filter((disk) => disk.vg === vgName).map((disk) => disk.name);
  const others = facts.sourceOnHost.otherCopies.filter((copy) => copy.vgName !== vgName);
  return {
    ...facts,
    sourceOnHost: {
      ...facts.sourceOnHost,
      otherCopies: [...others, { vgName, variedOn: true, disks, ...prefixes }],
    },
  };
}

/** The source VG's LVs as listed (the whole list), keeping the disks already read by lslv -l. */
function applySourceLvs(facts: Facts, listed: readonly LsvgLv[]): Facts {
  const knownLvs = new Map(facts.sourceVg.lvs.map((lv) => [lv.name, lv]));
  const knownFs = new Map(facts.sourceVg.fileSystems.map((fs) => [fs.lv, fs]));
  const lvs = listed.map((lv): LogicalVolume => {
    const known = knownLvs.get(lv.name);
    return {
      name: lv.name,
      type: lv.type,
      ...(lv.mountPoint ? { mountPoint: lv.mountPoint } : {}),
      disks: known?.disks ?? [],
      // A raw LV open means an application holds it (checks/raw-lv-open.ts).
      ...(isRawLv(lv) && lv.state.startsWith('open') ? { open: true } : {}),
    };
  });
  const logs = { jfs: guessLog(lvs, 'jfs'), jfs2: guessLog(lvs, 'jfs2') };
  const fileSystems = listed.flatMap((lv) => {
    if ((lv.type !== 'jfs' && lv.type !== 'jfs2') || !lv.mountPoint) return [];
    const known = knownFs.get(lv.name);
    // lsvg -l prints no log: a file system not known yet gets the guess, marked as not read.
    return [
      {
        ...(known ?? { log: logs[lv.type], logRead: false }),
        mountPoint: lv.mountPoint,
        lv: lv.name,
        vfs: lv.type,
        mounted: lv.state.startsWith('open'),
      },
    ];
  });
  return { ...facts, sourceVg: { ...facts.sourceVg, lvs, fileSystems } };
}
