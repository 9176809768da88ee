/**
 * mkdev -l Name: configures a device the ODM already defines (docs/aix-behaviour.md 9.4): `hdiskN Available`.
 * The same rule as cfgmgr's (docs/procedure.md "cfgmgr and duplicate PVIDs"): a disk carrying the PVID of a
 * disk a varied-on VG holds is not configured; where cfgmgr leaves it Defined silently, mkdev names the
 * failure of the disk's configure method, and the disk stays Defined; so does a disk whose LUN the storage no
 * longer presents (0514-040).
 */
import { fail, ok } from '../command-result';
import { methodError } from '../messages';
import { configureDisk, heldPvids } from '../world/devices';
import { namedDevice, type SimCommand } from './command';

const USAGE = 'Usage: mkdev -l Name [-h] [-p ParentName] [-w ConnectionLocation] [-S | -R] [-q]';

export const mkdev: SimCommand = {
  name: 'mkdev',
  run(args, ctx) {
    // Defining a new device (-c/-s/-t) is not simulated: only -l, the configuration of a defined one.
    const named = namedDevice('mkdev', args, 'l:hp:w:SRq', USAGE, ctx);
    if (!('device' in named)) return named;
    const { name, device } = named;
    const world = ctx.world;
    if (device.status === 'Available') return ok(`${name} Available\n`);
    const outcome = configureDisk(world, heldPvids(world.host()), device);
    if (outcome === 'duplicate-pvid') return fail(methodError('cfgscsidisk', '0514-062'));
    if (outcome === 'not-presented') return fail(methodError('cfgscsidisk', '0514-040'));
    return ok(`${name} Available\n`);
  },
};
