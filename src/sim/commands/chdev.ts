/**
 * chdev -l hdiskN -a pv=yes|clear|no (docs/aix-behaviour.md 8). pv=yes keeps a PVID already on the disk (it
 * does not make a duplicate unique); pv=clear writes the null PVID. Both need the disk closed: a member of
 * a varied-on VG is busy (0514-062). docs/procedure.md: before recreatevg these steps are unnecessary.
 */
import { fail, ok } from '../command-result';
import { methodError } from '../messages';
import { newPvid } from '../world/devices';
import { updateImage } from '../world/physics';
import { namedDevice, type SimCommand } from './command';

const USAGE =
  'Usage: chdev -l Name [-a Attribute=Value ...] [-p ParentName] [-P | -T | -U] [-q] [-w ConnectionLocation]';

export const chdev: SimCommand = {
  name: 'chdev',
  run(args, ctx) {
    const named = namedDevice('chdev', args, 'l:a:p:PTUqw:', USAGE, ctx);
    if (!('device' in named)) return named;
    const { parsed, name, device } = named;
    const world = ctx.world;
    const host = world.host();
    const settings = (parsed.all.get('a') ?? []).map((a) => {
      const eq = a.indexOf('=');
      return eq < 0 ? [a, ''] : [a.slice(0, eq), a.slice(eq + 1)];
    });
    for (const [attribute, value] of settings) {
      if (attribute !== 'pv') continue;
      if (!['yes', 'clear', 'no'].includes(value)) return fail(methodError('chgdisk', '0514-018', 'pv'));
      if (value === 'no') continue;
      // The method opens the disk exclusively: a disk held by a varied-on VG is busy. A Defined disk or one
      // the host cannot read cannot be opened either (the exact AIX message for that case is UNCONFIRMED).
      const opened = Object.values(host.active).some((a) => a.disks.includes(name));
      if (opened || device.status !== 'Available' || !world.isReadable(device.volumeId)) {
        return fail(methodError('chgdisk', '0514-062', 'pv'));
      }
      const onDisk = world.readVolume(device.volumeId).pvid;
      const pvid = value === 'clear' ? null : (onDisk ?? newPvid(host, world.random));
      if (pvid !== onDisk && !updateImage(world, device.volumeId, (image) => ({ ...image, pvid }))) {
        return fail(methodError('chgdisk', '0514-062', 'pv'));
      }
      device.pvid = pvid;
    }
    return ok(`${name} changed\n`);
  },
};
