/**
 * startfcconsistgrp: takes the point in time of every mapping of the group at one instant. The group must be
 * prepared first, or -prep prepares it on the way, the command returning once the cache is flushed
 * (docs/aix-behaviour.md 19.4). -restore: see prestartfcconsistgrp.
 */
import { objectCommand } from './object-command';
import { startAfterPrep } from './start-prep';

export const startfcconsistgrp = objectCommand(
  'startfcconsistgrp',
  'startfcconsistgrp [-prep] [-restore] fc_consist_group_id|fc_consist_group_name',
  ['prep', 'restore'],
  null,
  startAfterPrep(
    (group, ctx) => ctx.storage.prepareToStartFcGroup(group),
    (group, ctx) => ctx.storage.startfcconsistgrp(group),
  ),
);
