/**
 * varyonvg: activates a VG defined in the ODM (docs/aix-behaviour.md 10.3). Silent on success; a PV status list
 * (stdout) when a PV is missing or duplicated; 0516-052 without quorum; -f forces.
 */
import { type CommandResult, fail, ok } from '../command-result';
import { lines, msg } from '../messages';
import { type PvStatus, varyOn } from '../world/activation';
import { findOdmVg } from '../world/host';
import type { World } from '../world/world';
import { lastOperand, type SimCommand, usage } from './command';
import { getopt } from './getopt';

const USAGE =
  'Usage: varyonvg [-b] [-c] [-f] [-M ltgsize] [-n] [-p] [-r] [-s] [-t] [-u] [-k loc|rem] [-d] [-o] [-O] VGname';

/** The `PV Status:` list, tab-separated as varyonvg.c prints it (`%-12.12s\t` then name, PVID, status). */
function pvStatusList(list: PvStatus[]): string {
  return list
    .map((s, i) => `${(i === 0 ? 'PV Status:' : '').padEnd(12)}\t${s.device}\t${s.pvid}\t${s.status}\n`)
    .join('');
}

/**
 * A VG varied on without some of its PVs (quorum held, or -f): LVM declares each of them missing in the
 * VG status area and logs it (errpt LVM_SA_PVMISS, docs/aix-behaviour.md 13.4), one entry a PV.
 */
function declareMissing(world: World, pvStatus: PvStatus[]): void {
  const host = world.host();
  for (const pv of pvStatus.filter((s) => s.status === 'PVMISSING')) {
    host.errlog.push({
      time: world.clock.now(),
      label: 'LVM_SA_PVMISS',
      resource: pv.pvid,
      description: 'Physical volume declared missing',
    });
  }
}

/**
 * Varies a VG on and words the outcome as varyonvg does; `program` names the outer command in the
 * trailing 0516-952 line (importvg and recreatevg call varyonvg too).
 */
export function varyOnAndReport(world: World, vgName: string, force: boolean): CommandResult {
  const host = world.host();
  const vg = findOdmVg(host, vgName);
  if (!vg) {
    return fail(
      lines(msg('0516-306', 'getlvodm', 'volume group', vgName), msg('0516-952', 'varyonvg', vgName)),
    );
  }
  const outcome = varyOn(world, host, vg, force);
  switch (outcome.kind) {
    case 'already-on':
      return ok();
    case 'no-vgda':
      return fail(lines(msg('0516-013', 'varyonvg'), msg('0516-952', 'varyonvg', vgName)));
    case 'no-quorum':
      return fail(
        lines(msg('0516-052', 'varyonvg'), msg('0516-952', 'varyonvg', vgName)),
        1,
        pvStatusList(outcome.pvStatus),
      );
    case 'pv-missing':
      return fail(
        lines(msg('0516-056', 'varyonvg'), msg('0516-952', 'varyonvg', vgName)),
        1,
        pvStatusList(outcome.pvStatus),
      );
    case 'ok':
      if (outcome.pvStatus.length === 0) return ok();
      declareMissing(world, outcome.pvStatus);
      return {
        stdout: pvStatusList(outcome.pvStatus),
        stderr: lines(msg('lvm.varied-on', 'varyonvg', vgName)),
        exitCode: 0,
      };
  }
}

export const varyonvg: SimCommand = {
  name: 'varyonvg',
  run(args, ctx) {
    const parsed = getopt('varyonvg', args, 'bcfM:nprstuk:doO');
    if (!parsed.ok) return usage(parsed.error, USAGE);
    const { flags, operands } = parsed.args;
    if (operands.length !== 1) return usage(null, USAGE);
    return varyOnAndReport(ctx.world, operands[0], flags.has('f'));
  },
  faults: {
    // No readable VGDA on any disk (docs/aix-behaviour.md 10.3).
    'no-good-vgda': (args) =>
      fail(lines(msg('0516-013', 'varyonvg'), msg('0516-952', 'varyonvg', lastOperand(args)))),
  },
};
