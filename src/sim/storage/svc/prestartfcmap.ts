/**
 * prestartfcmap: prepares one mapping that is not in a consistency group (a mapping in a group is prepared
 * with its group) (docs/aix-behaviour.md 19.4, the single-mapping form).
 */
import { objectCommand } from './object-command';

export const prestartfcmap = objectCommand(
  'prestartfcmap',
  'prestartfcmap [-restore] fc_map_id|fc_map_name',
  ['restore'],
  null,
  (map, _flags, ctx) => ctx.storage.prestartfcmap(map),
);
