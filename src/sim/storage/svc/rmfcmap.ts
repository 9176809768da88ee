/**
 * rmfcmap: deletes a mapping; an active one (prepared, copying) only with -force. A target whose copy had not
 * reached 100% is left with no usable image.
 */
import { objectCommand } from './object-command';

export const rmfcmap = objectCommand(
  'rmfcmap',
  'rmfcmap [-force] fc_map_id|fc_map_name',
  ['force'],
  (map, flags, ctx) => ctx.storage.rmfcmap(map, flags.has('force')),
);
