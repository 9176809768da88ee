/**
 * lspv: the disks the ODM knows, with their PVID, VG and state (docs/aix-behaviour.md 1). lspv reads the ODM,
 * not the disk: a disk rewritten by a copy shows its old PVID until something re-reads it.
 */
import { type CommandResult, fail, ok } from '../command-result';
import { lines, msg } from '../messages';
import { usedPps } from '../world/disk-image';
import { type Host, type OdmVg, sortedDevices } from '../world/host';
import { mountPointOf, readVgda, vgdaCopiesOn } from '../world/lvm';
import type { World } from '../world/world';
import { distribution, fixed, freeDistribution, pairLine, rangeDistribution } from './columns';
import { type SimCommand, usage } from './command';
import { getopt } from './getopt';

const USAGE = 'Usage: lspv [-L] [-l | -p | -M] [-n DescriptorPV] [-v VGid] PhysicalVolume';

/** PVID -> ODM VG, built once per listing (a 1024-disk VG must not make lspv quadratic). */
function vgByPvid(host: Host): Map<string, OdmVg> {
  const map = new Map<string, OdmVg>();
  for (const vg of host.vgs) for (const pvid of vg.pvids) map.set(pvid, vg);
  return map;
}

function listAll(host: Host): CommandResult {
  const index = vgByPvid(host);
  const out = sortedDevices(host).map((d) => {
    const vg = d.pvid ? index.get(d.pvid) : undefined;
    const state = vg && host.active[vg.name] ? 'active' : '';
    return `${fixed([d.name, d.pvid ?? 'none', vg?.name ?? 'None', state], [16, 36, 16])}\n`;
  });
  return ok(out.join(''));
}

/** The status block's values beyond the ODM's names: read from the VGDA, which needs the VG varied on. */
interface PvStatus {
  state: string;
  stale: string;
  allocatable: string;
  ppSize: string;
  lvCount: string;
  total: string;
  descriptors: string;
  free: string;
  hotSpare: string;
  used: string;
  maxRequest: string;
  freeDistribution: string;
  usedDistribution: string;
  mirrorPool: string;
}

/**
 * What lspv prints for each value it could not query: with the VG varied off, lqueryvg fails (0516-010)
 * and lspv still prints the block, the ODM's names and ids filled, every other value `???????`
 * (seen in AIX 7 transcripts, docs/aix-behaviour.md 1.5; exit status 1 plausible).
 */
const UNKNOWN = '???????';
const unknownStatus: PvStatus = {
  state: UNKNOWN,
  stale: UNKNOWN,
  allocatable: UNKNOWN,
  ppSize: UNKNOWN,
  lvCount: UNKNOWN,
  total: UNKNOWN,
  descriptors: UNKNOWN,
  free: UNKNOWN,
  hotSpare: UNKNOWN,
  used: UNKNOWN,
  maxRequest: UNKNOWN,
  freeDistribution: UNKNOWN,
  usedDistribution: UNKNOWN,
  mirrorPool: UNKNOWN,
};

function queriedStatus(world: World, host: Host, vg: OdmVg, pvid: string): PvStatus {
  const vgda = readVgda(world, host, vg.name)!;
  const index = vgda.pvids.indexOf(pvid);
  const total = vgda.totalPps[index];
  const used = usedPps(vgda, index);
  const mb = (pps: number) => `${pps} (${pps * vgda.ppSizeMb} megabytes)`;
  const lvCount = vgda.lvs.filter((lv) => lv.extents.some((e) => e.pv === index)).length;
  return {
    state: 'active',
    stale: '0',
    allocatable: 'yes',
    ppSize: `${vgda.ppSizeMb} megabyte(s)`,
    lvCount: String(lvCount),
    total: mb(total),
    descriptors: String(vgdaCopiesOn(index, vgda.pvids.length)),
    free: mb(total - used),
    hotSpare: 'no',
    used: mb(used),
    maxRequest: '256 kilobytes',
    freeDistribution: freeDistribution(total, used),
    usedDistribution: distribution(total, used),
    mirrorPool: 'None',
  };
}

function statusBlock(world: World, host: Host, name: string): CommandResult {
  const device = host.devices[name];
  if (!device) return fail(lines(msg('0516-306', '', 'physical volume', name)));
  const vg = device.pvid ? vgByPvid(host).get(device.pvid) : undefined;
  if (!vg || !device.pvid) return fail(lines(msg('0516-1396', '', name)));
  const active = host.active[vg.name];
  const status = active ? queriedStatus(world, host, vg, device.pvid) : unknownStatus;
  const w: [number, number, number] = [20, 25, 18];
  const out = lines(
    pairLine(['PHYSICAL VOLUME:', name], ['VOLUME GROUP:', vg.name], w),
    `PV IDENTIFIER:      ${device.pvid} VG IDENTIFIER     ${vg.vgid}`,
    pairLine(['PV STATE:', status.state], null, w),
    pairLine(['STALE PARTITIONS:', status.stale], ['ALLOCATABLE:', status.allocatable], w),
    pairLine(['PP SIZE:', status.ppSize], ['LOGICAL VOLUMES:', status.lvCount], w),
    pairLine(['TOTAL PPs:', status.total], ['VG DESCRIPTORS:', status.descriptors], w),
    pairLine(['FREE PPs:', status.free], ['HOT SPARE:', status.hotSpare], w),
    pairLine(['USED PPs:', status.used], ['MAX REQUEST:', status.maxRequest], w),
    pairLine(['FREE DISTRIBUTION:', status.freeDistribution], null, w),
    pairLine(['USED DISTRIBUTION:', status.usedDistribution], null, w),
    pairLine(['MIRROR POOL:', status.mirrorPool], null, w),
  );
  return active ? ok(out) : fail(lines(msg('0516-010', '')), 1, out);
}

/** lspv -l hdiskN: the LVs on one PV (docs/aix-behaviour.md 1.4). */
function lvsOnPv(world: World, host: Host, name: string): CommandResult {
  const device = host.devices[name];
  if (!device) return fail(lines(msg('0516-306', '', 'physical volume', name)));
  const vg = device.pvid ? vgByPvid(host).get(device.pvid) : undefined;
  if (!vg || !device.pvid) return fail(lines(msg('0516-1396', '', name)));
  if (!host.active[vg.name]) return fail(lines(msg('0516-010', '')));
  const vgda = readVgda(world, host, vg.name)!;
  const index = vgda.pvids.indexOf(device.pvid);
  const total = vgda.totalPps[index];
  const rows = [`${name}:`, 'LV NAME               LPs     PPs     DISTRIBUTION          MOUNT POINT'];
  let before = 0;
  for (const lv of vgda.lvs) {
    const pps = lv.extents.filter((e) => e.pv === index).reduce((n, e) => n + e.pps, 0);
    if (pps === 0) continue;
    const dist = rangeDistribution(total, before, pps);
    before += pps;
    rows.push(fixed([lv.name, pps, pps, dist, mountPointOf(host, lv.name)], [22, 8, 8, 22]));
  }
  return ok(lines(...rows));
}

export const lspv: SimCommand = {
  name: 'lspv',
  run(args, ctx) {
    const parsed = getopt('lspv', args, 'Llpun:v:M');
    if (!parsed.ok) return usage(parsed.error, USAGE);
    const { flags, operands } = parsed.args;
    const host = ctx.world.host();
    if (operands.length > 1) return usage(null, USAGE);
    if (flags.has('p') || flags.has('M') || flags.has('n') || flags.has('v') || flags.has('u')) {
      return fail(
        lines(
          `lspv: the -p, -M, -n, -v and -u views are not part of this simulator; use lspv or lspv -l ${operands[0] ?? 'hdiskN'}.`,
        ),
      );
    }
    if (operands.length === 0) return flags.has('l') ? usage(null, USAGE) : listAll(host);
    return flags.has('l') ? lvsOnPv(ctx.world, host, operands[0]) : statusBlock(ctx.world, host, operands[0]);
  },
};
