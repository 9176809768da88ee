/**
 * lslv: an LV's status block, or with -l the PVs it sits on (docs/aix-behaviour.md 3). MOUNT POINT comes from
 * /etc/filesystems, LABEL from the LV control block on disk (a copy keeps its source's label until
 * recreatevg -L changes it). The VG must be varied on.
 */
import { type CommandResult, fail, ok } from '../command-result';
import { lines, msg } from '../messages';
import { lvIdentifier, type LvRecord, type Vgda } from '../world/disk-image';
import type { Host } from '../world/host';
import { lvPvs, mountPointOf, openLvs } from '../world/lvm';
import type { World } from '../world/world';
import { fixed, pairLine, rangeDistribution } from './columns';
import { type SimCommand, usage } from './command';
import { getopt } from './getopt';

const USAGE =
  'Usage: lslv [-L] [-l | -m] [-n DescriptorPV] LVname\n       lslv [-L] [-n DescriptorPV] -p PVname [LVname]';

function statusBlock(world: World, host: Host, vg: string, vgda: Vgda, lv: LvRecord): string {
  const w: [number, number, number] = [20, 23, 16];
  const active = host.active[vg];
  const firstDisk = active.disks[lv.extents[0]?.pv ?? 0];
  const label = firstDisk ? world.readVolume(host.devices[firstDisk].volumeId).lvcbs[lv.minor]?.label : null;
  const pps = lv.extents.reduce((n, e) => n + e.pps, 0);
  const state = openLvs(host).has(lv.name) ? 'opened/syncd' : 'closed/syncd';
  const fsType = lv.type === 'jfs' || lv.type === 'jfs2';
  return lines(
    pairLine(['LOGICAL VOLUME:', lv.name], ['VOLUME GROUP:', vg], w),
    `${'LV IDENTIFIER:'.padEnd(20)}${lvIdentifier(vgda.vgid, lv.minor)} ${'PERMISSION:'.padEnd(16)}read/write`,
    pairLine(
      ['VG STATE:', active.disks.includes(null) ? 'active/partial' : 'active/complete'],
      ['LV STATE:', state],
      w,
    ),
    pairLine(['TYPE:', lv.type], ['WRITE VERIFY:', 'off'], w),
    pairLine(['MAX LPs:', String(Math.max(512, lv.lps))], ['PP SIZE:', `${vgda.ppSizeMb} megabyte(s)`], w),
    pairLine(['COPIES:', String(lv.copies)], ['SCHED POLICY:', 'parallel'], w),
    pairLine(['LPs:', String(lv.lps)], ['PPs:', String(pps)], w),
    pairLine(['STALE PPs:', '0'], ['BB POLICY:', 'relocatable'], w),
    pairLine(['INTER-POLICY:', 'minimum'], ['RELOCATABLE:', 'yes'], w),
    pairLine(
      ['INTRA-POLICY:', 'middle'],
      ['UPPER BOUND:', String(vgda.vgType === 'scalable' ? 1024 : 32)],
      w,
    ),
    pairLine(['MOUNT POINT:', mountPointOf(host, lv.name)], ['LABEL:', label ?? 'None'], w),
    pairLine(['DEVICE UID:', '0'], ['DEVICE GID:', '0'], w),
    pairLine(['DEVICE PERMISSIONS:', '432'], null, w),
    `MIRROR WRITE CONSISTENCY: ${fsType || lv.type.endsWith('log') ? 'on/ACTIVE' : 'off'}`,
    'EACH LP COPY ON A SEPARATE PV ?: yes',
    pairLine(['Serialize IO ?:', 'NO'], null, w),
    pairLine(['INFINITE RETRY:', 'no'], ['PREFERRED READ:', '0'], w),
    pairLine(['DEVICESUBTYPE:', 'DS_LVZ'], null, w),
    'COPY 1 MIRROR POOL: None',
    'COPY 2 MIRROR POOL: None',
    'COPY 3 MIRROR POOL: None',
    pairLine(['ENCRYPTION:', 'no'], null, w),
  );
}

/** lslv -l: `LV:MOUNTPOINT`, then one row per PV with copies, in-band % and distribution. */
function pvUsage(host: Host, vg: string, vgda: Vgda, lv: LvRecord): string {
  const active = host.active[vg];
  const rows = [
    `${lv.name}:${mountPointOf(host, lv.name)}`,
    'PV                COPIES        IN BAND       DISTRIBUTION',
  ];
  for (const pv of lvPvs(lv)) {
    const pps = lv.extents.filter((e) => e.pv === pv).reduce((n, e) => n + e.pps, 0);
    // Partitions before this LV on the same PV, in VGDA order (allocation from the outer edge).
    let before = 0;
    for (const other of vgda.lvs) {
      if (other === lv) break;
      for (const e of other.extents) if (e.pv === pv) before += e.pps;
    }
    const total = vgda.totalPps[pv];
    const dist = rangeDistribution(total, before, pps, ':', 3);
    const middle = Number(dist.split(':')[2]);
    const inBand = `${Math.round((middle * 100) / pps)}%`;
    rows.push(
      fixed(
        [active.disks[pv] ?? vgda.pvids[pv], `${String(pps).padStart(3, '0')}:000:000`, inBand, dist],
        [18, 14, 14],
      ),
    );
  }
  return lines(...rows);
}

export const lslv: SimCommand = {
  name: 'lslv',
  run(args, ctx): CommandResult {
    const parsed = getopt('lslv', args, 'Llmn:p:');
    if (!parsed.ok) return usage(parsed.error, USAGE);
    const { flags, operands } = parsed.args;
    if (operands.length !== 1 || (flags.has('l') && flags.has('m'))) return usage(null, USAGE);
    if (flags.has('m') || flags.has('p') || flags.has('n')) {
      return fail(lines('lslv: the -m, -p and -n maps are not part of this simulator; use lslv or lslv -l.'));
    }
    const host = ctx.world.host();
    const name = operands[0];
    const odm = host.lvs[name];
    // The AIX 7 helper form, with the object-type word empty (two spaces): docs/aix-behaviour.md 3.2.
    if (!odm) return fail(lines(msg('0516-306', 'getlvodm', '', name)));
    const active = host.active[odm.vg];
    if (!active) return fail(lines(msg('0516-010', '')));
    const lv = active.vgda.lvs.find((l) => l.name === name)!;
    return ok(
      flags.has('l')
        ? pvUsage(host, odm.vg, active.vgda, lv)
        : statusBlock(ctx.world, host, odm.vg, active.vgda, lv),
    );
  },
};
