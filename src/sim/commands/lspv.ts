/**
 * lspv: the disks the ODM knows, with their PVID, VG and state (AIX-REFERENCE.md 1). lspv reads the ODM,
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

function statusBlock(world: World, host: Host, name: string): CommandResult {
  const device = host.devices[name];
  if (!device) return fail(lines(msg('0516-306', '', 'physical volume', name)));
  const vg = device.pvid ? vgByPvid(host).get(device.pvid) : undefined;
  if (!vg || !device.pvid) return fail(lines(msg('0516-1396', '', name)));
  const active = host.active[vg.name];
  if (!active) return fail(lines(msg('0516-010', '')));
  const vgda = readVgda(world, host, vg.name)!;
  const index = vgda.pvids.indexOf(device.pvid);
  const total = vgda.totalPps[index];
  const used = usedPps(vgda, index);
  const mb = (pps: number) => `${pps} (${pps * vgda.ppSizeMb} megabytes)`;
  const lvCount = vgda.lvs.filter((lv) => lv.extents.some((e) => e.pv === index)).length;
  const w: [number, number, number] = [20, 25, 18];
  const out = [
    pairLine(['PHYSICAL VOLUME:', name], ['VOLUME GROUP:', vg.name], w),
    `PV IDENTIFIER:      ${device.pvid} VG IDENTIFIER     ${vg.vgid}`,
    pairLine(['PV STATE:', 'active'], null, w),
    pairLine(['STALE PARTITIONS:', '0'], ['ALLOCATABLE:', 'yes'], w),
    pairLine(['PP SIZE:', `${vgda.ppSizeMb} megabyte(s)`], ['LOGICAL VOLUMES:', String(lvCount)], w),
    pairLine(
      ['TOTAL PPs:', mb(total)],
      ['VG DESCRIPTORS:', String(vgdaCopiesOn(index, vgda.pvids.length))],
      w,
    ),
    pairLine(['FREE PPs:', mb(total - used)], ['HOT SPARE:', 'no'], w),
    pairLine(['USED PPs:', mb(used)], ['MAX REQUEST:', '256 kilobytes'], w),
    pairLine(['FREE DISTRIBUTION:', freeDistribution(total, used)], null, w),
    pairLine(['USED DISTRIBUTION:', distribution(total, used)], null, w),
    pairLine(['MIRROR POOL:', 'None'], null, w),
  ];
  return ok(lines(...out));
}

/** lspv -l hdiskN: the LVs on one PV (AIX-REFERENCE.md 1.4). */
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
