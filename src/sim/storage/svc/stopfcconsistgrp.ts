/**
 * stopfcconsistgrp: stops the mappings of a prepared or copying group. A mapping short of 100% goes stopped
 * and its target offline; a complete one goes idle_or_copied and its target keeps the image
 * (docs/aix-behaviour.md 19.5). -force and -split are accepted: no mapping here depends on another.
 */
import { objectCommand } from './object-command';

export const stopfcconsistgrp = objectCommand(
  'stopfcconsistgrp',
  'stopfcconsistgrp [-force | -split] fc_consist_group_id|fc_consist_group_name',
  ['force', 'split'],
  ['force', 'split'],
  (group, _flags, ctx) => ctx.storage.stopfcconsistgrp(group),
);
