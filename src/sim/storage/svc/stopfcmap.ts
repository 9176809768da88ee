/**
 * stopfcmap: stops one mapping that is not in a consistency group; short of 100% its target goes offline.
 */
import { objectCommand } from './object-command';

export const stopfcmap = objectCommand(
  'stopfcmap',
  'stopfcmap [-force | -split] fc_map_id|fc_map_name',
  ['force', 'split'],
  ['force', 'split'],
  (map, _flags, ctx) => ctx.storage.stopfcmap(map),
);
