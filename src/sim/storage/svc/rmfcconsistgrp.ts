/**
 * rmfcconsistgrp: deletes a consistency group; one that still holds mappings only with -force, which leaves
 * its mappings as stand-alone mappings.
 */
import { objectCommand } from './object-command';

export const rmfcconsistgrp = objectCommand(
  'rmfcconsistgrp',
  'rmfcconsistgrp [-force] fc_consist_group_id|fc_consist_group_name',
  ['force'],
  null,
  (group, flags, ctx) => ctx.storage.rmfcconsistgrp(group, flags.has('force')),
);
