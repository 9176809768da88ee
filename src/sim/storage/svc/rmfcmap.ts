/**
 * rmfcmap: deletes an idle_or_copied mapping, or a stopped one with -force, which brings its target back
 * online with no usable image. A mapping in any other state must be stopped first.
 */
import { objectCommand } from './object-command';

export const rmfcmap = objectCommand(
  'rmfcmap',
  'rmfcmap [-force] fc_map_id|fc_map_name',
  ['force'],
  null,
  (map, flags, ctx) => ctx.storage.rmfcmap(map, flags.has('force')),
);
