/**
 * sync: every mounted file system's dirty metadata and cached data go to disk; AIX prints nothing
 * (docs/aix-behaviour.md 14.6). A copy taken after `sync` holds the data written before it.
 */
import { ok } from '../command-result';
import type { SimCommand } from './command';

export const sync: SimCommand = {
  name: 'sync',
  run(_args, ctx) {
    ctx.world.syncAll(ctx.world.host());
    return ok();
  },
};
