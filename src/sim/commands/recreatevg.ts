/**
 * recreatevg: re-creates a VG on disks that were copied from another VG's disks (docs/aix-behaviour.md 11),
 * so the copy can live beside its source: new PVIDs (unless -p) and a new VGID, every LV renamed with a
 * prefix (default `fs`, -Y; `-Y NA` keeps the names; -l file gives explicit names), every label/mount
 * point prefixed (default `/fs`, -L; `-L /` keeps them), the ODM loaded (no importvg follows), stanzas
 * added, and the VG varied on (not with -n). It must be given every disk of the copied VG (-f: a subset,
 * dropping the LVs not wholly on it). The source VG is not touched.
 */
import { type CommandResult, fail } from '../command-result';
import { lines, msg } from '../messages';
import type { DiskImage, LvRecord, Lvcb, Vgda } from '../world/disk-image';
import { newPvid, newVgid } from '../world/devices';
import type { DiskDevice, Host } from '../world/host';
import { defineInOdm, gatherLvcbs, importFileSystems, vgNameProblem } from '../world/import';
import { generateName, lvNamePrefix, nameProblem, usedDeviceNames } from '../world/lvm';
import { updateImage } from '../world/physics';
import type { World } from '../world/world';
import { type SimCommand, type SimContext, usage } from './command';
import { getopt, param } from './getopt';
import { varyOnAndReport } from './varyonvg';

const USAGE =
  'Usage: recreatevg [-y VGname] [-p] [-f] [-Y Lv_Prefix | -l LvNameFile] [-L Label_Prefix] [-n] [-V MajorNumber] [-d] [-O] PVname...';

interface Member {
  device: DiskDevice;
  image: DiskImage;
  /** The disk's number in the copied VGDA. */
  member: number;
}

/** Checks the listed disks: configured, not opened by a varied-on VG, holding the same VGDA. */
function collectMembers(world: World, host: Host, names: string[]): Member[] | CommandResult {
  const members: Member[] = [];
  const opened = new Set(Object.values(host.active).flatMap((a) => a.disks));
  for (const name of names) {
    const device = host.devices[name];
    if (!device) return fail(lines(msg('0516-306', 'recreatevg', 'physical volume', name)));
    if (opened.has(name)) {
      return fail(
        lines(
          `0516-029 recreatevg: The Physical Volume is a member of a currently\n\tvaried on Volume Group and this cannot be overidden.`,
        ),
      );
    }
    if (device.status !== 'Available' || !world.isReadable(device.volumeId))
      return fail(lines(msg('0516-024', 'recreatevg')));
    const image = world.readVolume(device.volumeId);
    if (!image.vgda || image.member === null) return fail(lines(msg('0516-1774', 'recreatevg')));
    members.push({ device, image, member: image.member });
  }
  const vgid = members[0].image.vgda!.vgid;
  const seen = new Set<number>();
  for (const m of members) {
    if (m.image.vgda!.vgid !== vgid || seen.has(m.member)) return fail(lines(msg('0516-1774', 'recreatevg')));
    seen.add(m.member);
  }
  return members.sort((a, b) => a.member - b.member);
}

/** Parses a -l file: one `old:new` per line. */
function parseNameFile(text: string): Map<string, string> | string {
  const map = new Map<string, string>();
  for (const [i, line] of text.split('\n').entries()) {
    if (line.trim() === '') continue;
    const m = /^\s*([^:\s]+)\s*:\s*([^:\s]+)\s*$/.exec(line);
    if (!m) return `recreatevg: line ${i + 1} of the LV name file is not "oldname:newname": ${line}`;
    map.set(m[1], m[2]);
  }
  return map;
}

async function readNameFile(ctx: SimContext, path: string): Promise<Map<string, string> | string> {
  const text = await ctx.files.read(path);
  if (text === null)
    return `recreatevg: cannot read the LV name file ${path}: A file or directory in the path name does not exist.`;
  return parseNameFile(text);
}

export const recreatevg: SimCommand = {
  name: 'recreatevg',
  async run(args, ctx): Promise<CommandResult> {
    const parsed = getopt('recreatevg', args, 'y:pfY:l:L:nV:dO');
    if (!parsed.ok) return usage(parsed.error, USAGE);
    const { flags, operands } = parsed.args;
    if (operands.length === 0) return usage(msg('0516-604', 'recreatevg'), USAGE);
    if (flags.has('Y') && flags.has('l')) return usage(null, USAGE);
    if (flags.has('d') && [...flags.keys()].some((f) => f !== 'd' && f !== 'O')) return usage(null, USAGE);
    const world = ctx.world;
    const host = world.host();
    const collected = collectMembers(world, host, operands);
    if (!Array.isArray(collected)) return collected;
    const members = collected;
    const old = members[0].image.vgda!;
    if (!flags.has('f') && members.length !== old.pvids.length)
      return fail(lines(msg('0516-1774', 'recreatevg')));
    if (members.some((m) => !world.isWritable(m.device.volumeId) || world.isHeld(m.device.volumeId))) {
      return fail(lines(msg('0516-024', 'recreatevg')));
    }
    const keepIds = flags.has('p');
    if (flags.has('d')) return regenerateIds(world, host, members, old, keepIds);

    const name = param(parsed.args, 'y') ?? generateName(usedDeviceNames(host), 'vg');
    const problem = vgNameProblem(host, name);
    if (problem === 'invalid') return fail(lines(msg('lvm.invalid-vg-name', 'recreatevg', name)));
    // getvgname's message alone: recreatevg's own trailer for this case is not known (docs/aix-behaviour.md 11.4).
    if (problem === 'in-use') return fail(lines(msg('0516-360', 'getvgname')));
    if (problem === 'reserved') return fail(lines(msg('0516-358', 'getvgname')));
    const nameFile = param(parsed.args, 'l');
    const explicit = nameFile === undefined ? null : await readNameFile(ctx, nameFile);
    if (typeof explicit === 'string') return fail(lines(explicit));
    const lvPrefix = param(parsed.args, 'Y') ?? 'fs';
    const labelPrefix = param(parsed.args, 'L') ?? '/fs';

    // Keep only the LVs wholly on the listed disks (-f); renumber the members in VG order.
    const newIndex = new Map(members.map((m, i) => [m.member, i]));
    const kept = old.lvs.filter((lv) => lv.extents.every((e) => newIndex.has(e.pv)));
    const used = usedDeviceNames(host);
    used.add(name);
    const warnings: string[] = [];
    const renamed = new Map<string, string>();
    const lvs: LvRecord[] = kept.map((lv) => {
      let wanted = explicit
        ? (explicit.get(lv.name) ?? `${lvPrefix}${lv.name}`)
        : lvPrefix === 'NA'
          ? lv.name
          : `${lvPrefix}${lv.name}`;
      // A name over 15 characters or already in use gets a system-generated default name.
      if (nameProblem(wanted) !== null || used.has(wanted))
        wanted = generateName(used, lvNamePrefix(lv.type));
      used.add(wanted);
      renamed.set(lv.name, wanted);
      return {
        ...lv,
        name: wanted,
        extents: lv.extents.map((e) => ({ pv: newIndex.get(e.pv)!, pps: e.pps })),
      };
    });
    const pvids = members.map((m) => (keepIds && m.image.pvid ? m.image.pvid : newPvid(host, world.random)));
    const vgda: Vgda = {
      ...old,
      vgName: name,
      vgid: newVgid(host, world.random),
      pvids,
      totalPps: members.map((m) => old.totalPps[m.member]),
      lvs,
      timestamp: world.now(),
    };
    const oldLvcbs = gatherLvcbs(members.map((m) => m.image));
    const lvcbs = new Map<number, Lvcb>();
    for (const lv of lvs) {
      const lvcb = oldLvcbs.get(lv.minor);
      if (!lvcb) continue;
      const label =
        lvcb.label === null || labelPrefix === '/'
          ? lvcb.label
          : `${labelPrefix.replace(/\/$/, '')}${lvcb.label}`;
      let fs = lvcb.fs;
      if (fs && fs.log !== 'INLINE') {
        const logName = renamed.get(fs.log.replace(/^\/dev\//, ''));
        if (logName) fs = { ...fs, log: `/dev/${logName}` };
        else warnings.push(msg('0516-1778', 'recreatevg', fs.log, label ?? lv.name));
      }
      lvcbs.set(lv.minor, { ...lvcb, lvName: lv.name, label, fs });
    }
    const keptMinors = new Set(lvs.map((lv) => lv.minor));
    members.forEach((m, i) => {
      updateImage(world, m.device.volumeId, (image) => ({
        pvid: pvids[i],
        vgda,
        member: i,
        lvcbs: Object.fromEntries(
          Object.keys(image.lvcbs)
            .filter((k) => keptMinors.has(Number(k)))
            .map((k) => [k, lvcbs.get(Number(k))!]),
        ),
        fs: Object.fromEntries(Object.entries(image.fs).filter(([k]) => keptMinors.has(Number(k)))),
        logs: Object.fromEntries(Object.entries(image.logs).filter(([k]) => keptMinors.has(Number(k)))),
      }));
      m.device.pvid = pvids[i];
    });
    defineInOdm(host, name, vgda);
    warnings.push(...importFileSystems(host, vgda, lvcbs));
    const stderr = lines(...warnings);
    if (!flags.has('n')) {
      const varied = varyOnAndReport(world, name, false);
      if (varied.exitCode !== 0) return fail(stderr + varied.stderr, 1, `${name}\n${varied.stdout}`);
      return { stdout: `${name}\n${varied.stdout}`, stderr: stderr + varied.stderr, exitCode: 0 };
    }
    return { stdout: `${name}\n`, stderr, exitCode: 0 };
  },
  faults: {
    // The disks named do not hold one VG's descriptor area (docs/aix-behaviour.md 11.4).
    'pv-list-mismatch': () => fail(lines(msg('0516-1774', 'recreatevg'))),
  },
};

/** recreatevg -d: new PVIDs (unless -p) and VGID in the LVM metadata only; names kept, nothing imported. */
function regenerateIds(
  world: World,
  host: Host,
  members: Member[],
  old: Vgda,
  keepIds: boolean,
): CommandResult {
  const pvids = members.map((m) => (keepIds && m.image.pvid ? m.image.pvid : newPvid(host, world.random)));
  const vgda: Vgda = { ...old, vgid: newVgid(host, world.random), pvids, timestamp: world.now() };
  members.forEach((m, i) => {
    updateImage(world, m.device.volumeId, (image) => ({ ...image, pvid: pvids[i], vgda }));
    m.device.pvid = pvids[i];
  });
  return { stdout: '', stderr: '', exitCode: 0 };
}
