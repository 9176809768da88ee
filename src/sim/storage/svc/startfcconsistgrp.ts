/**
 * startfcconsistgrp: takes the point in time of every mapping of the group at one instant. The group must be
 * prepared first, or -prep prepares it on the way (AIX-REFERENCE.md 19.4). -restore: see prestartfcconsistgrp.
 */
import { objectCommand } from './object-command';

export const startfcconsistgrp = objectCommand(
  'startfcconsistgrp',
  'startfcconsistgrp [-prep] [-restore] fc_consist_group_id|fc_consist_group_name',
  ['prep', 'restore'],
  null,
  (group, flags, ctx) => ctx.storage.startfcconsistgrp(group, flags.has('prep')),
);
