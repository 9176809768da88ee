/**
 * startfcmap: starts one mapping that is not in a consistency group, -prep preparing it on the way
 * (the command returns once the cache is flushed). Several
 * mappings started one after the other while writes go on capture different instants: a consistency group
 * (startfcconsistgrp) is what gives one instant.
 */
import { objectCommand } from './object-command';
import { startAfterPrep } from './start-prep';

export const startfcmap = objectCommand(
  'startfcmap',
  'startfcmap [-prep] [-restore] fc_map_id|fc_map_name',
  ['prep', 'restore'],
  null,
  startAfterPrep(
    (map, ctx) => ctx.storage.prepareToStartFcMap(map),
    (map, ctx) => ctx.storage.startfcmap(map),
  ),
);
