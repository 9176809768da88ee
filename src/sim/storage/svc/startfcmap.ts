/**
 * startfcmap: starts one mapping that is not in a consistency group, -prep preparing it on the way. Several
 * mappings started one after the other while writes go on capture different instants: a consistency group
 * (startfcconsistgrp) is what gives one instant.
 */
import { objectCommand } from './object-command';

export const startfcmap = objectCommand(
  'startfcmap',
  'startfcmap [-prep] [-restore] fc_map_id|fc_map_name',
  ['prep', 'restore'],
  null,
  (map, flags, ctx) => ctx.storage.startfcmap(map, flags.has('prep')),
);
