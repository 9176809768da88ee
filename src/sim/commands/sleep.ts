/**
 * sleep Seconds: lets simulated time pass, so applications write, syncd runs every 60 s, freezes time
 * out and copies progress while a script waits ("sync, wait a while, then copy"). Prints nothing.
 */
import { ok } from '../command-result';
import { type SimCommand, usage } from './command';

const USAGE = 'Usage: sleep Seconds';

export const sleep: SimCommand = {
  name: 'sleep',
  run(args, ctx) {
    if (args.length !== 1 || !/^\d+$/.test(args[0])) return usage(null, USAGE);
    ctx.world.advance(Number(args[0]));
    return ok();
  },
};
