/**
 * varyoffvg: deactivates a VG (docs/aix-behaviour.md 10.4). Every LV must be closed: a mounted file system
 * keeps its LV and its log open (0516-012 + 0516-942). Silent on success.
 */
import { fail, ok } from '../command-result';
import { lines, msg } from '../messages';
import { varyOff } from '../world/activation';
import { findOdmVg } from '../world/host';
import { type SimCommand, usage } from './command';
import { getopt } from './getopt';

const USAGE = 'Usage: varyoffvg [-s] VGname\nVaries a volume group off.';

export const varyoffvg: SimCommand = {
  name: 'varyoffvg',
  run(args, ctx) {
    const parsed = getopt('varyoffvg', args, 's');
    if (!parsed.ok) return usage(parsed.error, USAGE);
    const { operands } = parsed.args;
    if (operands.length !== 1) return usage(null, USAGE);
    const name = operands[0];
    const host = ctx.world.host();
    if (!findOdmVg(host, name)) {
      return fail(
        lines(msg('0516-306', 'getlvodm', 'volume group', name), msg('0516-942', 'varyoffvg', name)),
      );
    }
    const outcome = varyOff(host, name);
    if (outcome.kind === 'not-active')
      return fail(lines(msg('0516-010', 'lvaryoffvg'), msg('0516-942', 'varyoffvg', name)));
    if (outcome.kind === 'lv-open')
      return fail(lines(msg('0516-012', 'lvaryoffvg'), msg('0516-942', 'varyoffvg', name)));
    return ok();
  },
};
