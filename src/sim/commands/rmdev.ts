/**
 * rmdev -l hdiskN [-d]: unconfigure a device (Defined), or with -d delete it from the ODM
 * (docs/aix-behaviour.md 9). A disk opened by a varied-on VG is busy (0514-062). The VG definition stays in
 * the ODM after its disks are removed, until exportvg.
 */
import { fail, ok } from '../command-result';
import { lines, methodError, msg } from '../messages';
import { type SimCommand, usage } from './command';
import { getopt, param } from './getopt';

const USAGE = 'Usage: rmdev -l Name [-d | -S] [-R] [-q] [-f File]';

export const rmdev: SimCommand = {
  name: 'rmdev',
  run(args, ctx) {
    const parsed = getopt('rmdev', args, 'l:dSRqf:p:');
    if (!parsed.ok) return usage(parsed.error, USAGE);
    const { flags, operands } = parsed.args;
    const name = param(parsed.args, 'l');
    if (!name || operands.length > 0 || (flags.has('d') && flags.has('S'))) return usage(null, USAGE);
    const host = ctx.world.host();
    const device = host.devices[name];
    if (!device) return fail(lines(msg('0514-519', 'rmdev', name)));
    const opened = Object.values(host.active).some((a) => a.disks.includes(name));
    if (opened) return fail(methodError('ucfgdevice', '0514-062'));
    if (flags.has('d')) {
      delete host.devices[name];
      return ok(`${name} deleted\n`);
    }
    device.status = 'Defined';
    return ok(`${name} Defined\n`);
  },
};
