/**
 * lsvg: the VGs in the ODM, the varied-on ones (-o), a VG's status block, its LVs (-l) or PVs (-p)
 * (docs/aix-behaviour.md 2). A varied-off VG cannot be queried: 0516-010.
 */
import { type CommandResult, fail, ok } from '../command-result';
import { lines, msg } from '../messages';
import { usedPpsByPv, type Vgda } from '../world/disk-image';
import { findOdmVg, type Host } from '../world/host';
import { lvPvs, mountPointsByLv, openLvs, vgdaTotal } from '../world/lvm';
import { fixed, freeDistribution, pairLine } from './columns';
import { type SimCommand, usage } from './command';
import { getopt } from './getopt';

const USAGE = 'Usage: lsvg [-L] [-o] [-n PVname]\n       lsvg [-L] [-i] [-M | -l | -p] VGname...';

/** Limits by VG type: MAX LVs, MAX PPs per VG, MAX PPs per PV (original only), MAX PVs. */
function limits(vgda: Vgda): { maxLvs: number; maxPpsVg: number; maxPpsPv: number | null; maxPvs: number } {
  if (vgda.vgType === 'scalable') return { maxLvs: 256, maxPpsVg: 32768, maxPpsPv: null, maxPvs: 1024 };
  if (vgda.vgType === 'big') return { maxLvs: 512, maxPpsVg: 130048, maxPpsPv: 1016, maxPvs: 128 };
  return { maxLvs: 256, maxPpsVg: 32512, maxPpsPv: 1016, maxPvs: 32 };
}

function statusBlock(host: Host, name: string, vgda: Vgda): string {
  const w: [number, number, number] = [20, 25, 16];
  const total = vgda.totalPps.reduce((n, pps) => n + pps, 0);
  const used = usedPpsByPv(vgda).reduce((n, pps) => n + pps, 0);
  const mb = (pps: number) => `${pps} (${pps * vgda.ppSizeMb} megabytes)`;
  const open = openLvs(host);
  const active = host.active[name];
  const activePvs = active.disks.filter((d) => d !== null).length;
  const lim = limits(vgda);
  const out = [
    pairLine(['VOLUME GROUP:', name], ['VG IDENTIFIER:', vgda.vgid], w),
    pairLine(['VG STATE:', 'active'], ['PP SIZE:', `${vgda.ppSizeMb} megabyte(s)`], w),
    pairLine(['VG PERMISSION:', 'read/write'], ['TOTAL PPs:', mb(total)], w),
    pairLine(['MAX LVs:', String(lim.maxLvs)], ['FREE PPs:', mb(total - used)], w),
    pairLine(['LVs:', String(vgda.lvs.length)], ['USED PPs:', mb(used)], w),
    pairLine(
      ['OPEN LVs:', String(vgda.lvs.filter((lv) => open.has(lv.name)).length)],
      [
        'QUORUM:',
        vgda.quorum ? `${Math.floor(vgdaTotal(vgda.pvids.length) / 2) + 1} (Enabled)` : '1 (Disabled)',
      ],
      w,
    ),
    pairLine(
      ['TOTAL PVs:', String(vgda.pvids.length)],
      ['VG DESCRIPTORS:', String(vgdaTotal(vgda.pvids.length))],
      w,
    ),
    pairLine(['STALE PVs:', '0'], ['STALE PPs:', '0'], w),
    pairLine(['ACTIVE PVs:', String(activePvs)], ['AUTO ON:', vgda.autoOn ? 'yes' : 'no'], w),
    ...(lim.maxPpsPv === null
      ? [pairLine(['MAX PPs per VG:', String(lim.maxPpsVg)], ['MAX PVs:', String(lim.maxPvs)], w)]
      : [
          pairLine(['MAX PPs per VG:', String(lim.maxPpsVg)], null, w),
          pairLine(['MAX PPs per PV:', String(lim.maxPpsPv)], ['MAX PVs:', String(lim.maxPvs)], w),
        ]),
    pairLine(['LTG size (Dynamic):', '256 kilobyte(s)'], ['AUTO SYNC:', 'no'], w),
    pairLine(['HOT SPARE:', 'no'], ['BB POLICY:', 'relocatable'], w),
    pairLine(['MIRROR POOL STRICT:', 'off'], null, w),
    pairLine(['PV RESTRICTION:', 'none'], ['INFINITE RETRY:', 'no'], w),
    pairLine(['DISK BLOCK SIZE:', '512'], ['CRITICAL VG:', 'no'], w),
    pairLine(['FS SYNC OPTION:', 'no'], ['CRITICAL PVs:', 'no'], w),
    pairLine(['ENCRYPTION:', 'no'], null, w),
  ];
  return lines(...out);
}

function lvList(host: Host, name: string, vgda: Vgda): string {
  const open = openLvs(host);
  const mountPoints = mountPointsByLv(host);
  const rows = [`${name}:`, 'LV NAME             TYPE       LPs     PPs     PVs  LV STATE      MOUNT POINT'];
  for (const lv of vgda.lvs) {
    const pps = lv.extents.reduce((n, e) => n + e.pps, 0);
    rows.push(
      fixed(
        [
          lv.name,
          lv.type,
          lv.lps,
          pps,
          lvPvs(lv).length,
          open.has(lv.name) ? 'open/syncd' : 'closed/syncd',
          mountPoints.get(lv.name) ?? 'N/A',
        ],
        [20, 11, 8, 8, 5, 14],
      ),
    );
  }
  return lines(...rows);
}

function pvList(host: Host, name: string, vgda: Vgda): string {
  const active = host.active[name];
  const rows = [`${name}:`, 'PV_NAME           PV STATE          TOTAL PPs   FREE PPs    FREE DISTRIBUTION'];
  const usedByPv = usedPpsByPv(vgda);
  vgda.pvids.forEach((_, i) => {
    const total = vgda.totalPps[i];
    const used = usedByPv[i];
    const device = active.disks[i];
    rows.push(
      fixed(
        [
          device ?? vgda.pvids[i],
          device ? 'active' : 'missing',
          total,
          total - used,
          freeDistribution(total, used),
        ],
        [18, 18, 12, 12],
      ),
    );
  });
  return lines(...rows);
}

function describeVgs(host: Host, names: string[], view: 'status' | 'l' | 'p'): CommandResult {
  let stdout = '';
  let stderr = '';
  for (const name of names) {
    if (!findOdmVg(host, name)) {
      stderr += lines(msg('0516-306', '', 'volume group', name));
      continue;
    }
    const active = host.active[name];
    if (!active) {
      stderr += lines(msg('0516-010', ''));
      continue;
    }
    const render = view === 'status' ? statusBlock : view === 'l' ? lvList : pvList;
    stdout += render(host, name, active.vgda);
  }
  return { stdout, stderr, exitCode: stderr ? 1 : 0 };
}

export const lsvg: SimCommand = {
  name: 'lsvg',
  run(args, ctx) {
    const parsed = getopt('lsvg', args, 'Loin:lpM');
    if (!parsed.ok) return usage(parsed.error, USAGE);
    const { flags, operands } = parsed.args;
    const host = ctx.world.host();
    const views = ['l', 'p', 'M'].filter((f) => flags.has(f));
    if (views.length > 1 || (flags.has('o') && (views.length > 0 || operands.length > 0))) {
      return fail(lines('0516-992 lsvg: Illegal combination of command line options.', USAGE));
    }
    if (flags.has('M') || flags.has('n')) {
      return fail(lines('lsvg: the -M and -n views are not part of this simulator; use lsvg -l or lsvg -p.'));
    }
    const names = flags.has('i') ? ctx.stdin.split(/\s+/).filter(Boolean) : operands;
    if (names.length === 0) {
      if (views.length > 0) return usage(null, USAGE);
      // -o lists the most recently varied-on VG first (docs/aix-behaviour.md 10.1 and 2.1 transcripts).
      const list = flags.has('o') ? Object.keys(host.active).reverse() : host.vgs.map((v) => v.name);
      if (list.length === 0) return fail(lines('0516-318 lsvg: No volume groups found.'));
      return ok(lines(...list));
    }
    return describeVgs(host, names, flags.has('l') ? 'l' : flags.has('p') ? 'p' : 'status');
  },
};
