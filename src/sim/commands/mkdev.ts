/**
 * mkdev -l Name: configures a device the ODM already defines (docs/aix-behaviour.md 9.4): `hdiskN Available`.
 * The same rule as cfgmgr's (docs/procedure.md "cfgmgr and duplicate PVIDs"): a disk carrying the PVID of a
 * disk a varied-on VG holds is not configured; where cfgmgr leaves it Defined silently, mkdev names the
 * failure of the disk's configure method, and the disk stays Defined.
 */
import { fail, ok } from '../command-result';
import { lines, methodError, msg } from '../messages';
import { configureDisk, heldPvids } from '../world/devices';
import { type SimCommand, usage } from './command';
import { getopt, param } from './getopt';

const USAGE = 'Usage: mkdev -l Name [-h] [-p ParentName] [-w ConnectionLocation] [-S | -R] [-q]';

export const mkdev: SimCommand = {
  name: 'mkdev',
  run(args, ctx) {
    const parsed = getopt('mkdev', args, 'l:hp:w:SRq');
    if (!parsed.ok) return usage(parsed.error, USAGE);
    const name = param(parsed.args, 'l');
    // Defining a new device (-c/-s/-t) is not simulated: only -l, the configuration of a defined one.
    if (!name || parsed.args.operands.length > 0) return usage(null, USAGE);
    const world = ctx.world;
    const host = world.host();
    const device = host.devices[name];
    if (!device) return fail(lines(msg('0514-519', 'mkdev', name)));
    if (device.status !== 'Available' && !configureDisk(world, heldPvids(host), device))
      return fail(methodError('cfgscsidisk', '0514-062'));
    return ok(`${name} Available\n`);
  },
};
