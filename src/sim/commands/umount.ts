/**
 * umount /fs | /dev/lv: flushes and unmounts; silent on success. A file system in use (an application
 * still writing, the shell's current directory inside it, another file system mounted below it as
 * /data/sub is below /data, or frozen) is busy (0506-349); one not mounted gives 0506-347
 * (docs/aix-behaviour.md 14.5).
 */
import { fail, ok } from '../command-result';
import { ERRNO, lines, msg } from '../messages';
import { unmountFileSystem } from '../world/filesystem';
import { type SimCommand, usage } from './command';
import { getopt } from './getopt';

const USAGE =
  'Usage: umount [-f] [-s] { -a | -n Node | -t Type | all | allr | Device | Directory | Filesystem }';

export const umount: SimCommand = {
  name: 'umount',
  run(args, ctx) {
    const parsed = getopt('umount', args, 'fs');
    if (!parsed.ok) return usage(parsed.error, USAGE);
    const { operands } = parsed.args;
    if (operands.length !== 1) return usage(null, USAGE);
    const outcome = unmountFileSystem(ctx.world, ctx.world.host(), operands[0], ctx.cwd);
    if (outcome.kind === 'not-mounted') return fail(lines(msg('0506-347')));
    if (outcome.kind === 'busy') return fail(lines(msg('0506-349', outcome.device, ERRNO.EBUSY)));
    return ok();
  },
};
