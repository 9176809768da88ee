/**
 * exportvg: removes a VG from the ODM: its LVs, its PV associations and its /etc/filesystems stanzas
 * (docs/aix-behaviour.md 10.2). The disks keep their PVIDs and VGDA; mount-point directories stay. The VG must
 * be varied off; rootvg cannot be exported. Silent on success.
 */
import { fail, ok } from '../command-result';
import { lines, msg } from '../messages';
import { attr } from '../world/etc-filesystems';
import { findOdmVg } from '../world/host';
import { type SimCommand, usage } from './command';
import { getopt } from './getopt';

const USAGE = 'Usage: exportvg VGname\nExports the definition of a volume group.';

export const exportvg: SimCommand = {
  name: 'exportvg',
  run(args, ctx) {
    const parsed = getopt('exportvg', args, '');
    if (!parsed.ok) return usage(parsed.error, USAGE);
    const { operands } = parsed.args;
    if (operands.length !== 1) return usage(null, USAGE);
    const name = operands[0];
    const host = ctx.world.host();
    const vg = findOdmVg(host, name);
    if (!vg) {
      return fail(
        lines(msg('0516-306', 'getlvodm', 'volume group', name), msg('0516-772', 'exportvg', name)),
      );
    }
    if (name === 'rootvg') return fail(lines(msg('0516-762', 'exportvg'), msg('0516-772', 'exportvg', name)));
    if (host.active[name]) return fail(lines(msg('0516-764', 'exportvg'), msg('0516-772', 'exportvg', name)));
    const lvNames = Object.values(host.lvs)
      .filter((lv) => lv.vg === name)
      .map((lv) => lv.name);
    for (const lv of lvNames) delete host.lvs[lv];
    const devices = new Set(lvNames.map((lv) => `/dev/${lv}`));
    host.filesystems = host.filesystems.filter((s) => !devices.has(attr(s, 'dev') ?? ''));
    host.vgs = host.vgs.filter((v) => v.name !== name);
    return ok();
  },
};
