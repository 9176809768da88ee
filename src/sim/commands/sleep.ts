/**
 * sleep Seconds: lets simulated time pass, so applications write, syncd runs every 60 s, freezes time
 * out and copies progress while a script waits ("sync, wait a while, then copy"). Prints nothing.
 * A sleep longer than the run's simulated-time budget is refused before the clock moves.
 */
import { fail, ok } from '../command-result';
import { type SimCommand, usage } from './command';

const USAGE = 'Usage: sleep Seconds';

export const sleep: SimCommand = {
  name: 'sleep',
  run(args, ctx) {
    if (args.length !== 1 || !/^\d+$/.test(args[0])) return usage(null, USAGE);
    const seconds = Number(args[0]);
    if (ctx.timeLeft !== undefined && seconds > ctx.timeLeft) {
      return fail(
        `sleep: The simulator lets at most ${Math.max(0, ctx.timeLeft)} more seconds pass in this run.\n`,
      );
    }
    ctx.world.advance(seconds);
    return ok();
  },
};
