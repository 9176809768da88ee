/**
 * prestartfcconsistgrp: flushes the cache of the group's sources: the group is preparing for as long as the
 * flush takes (copy-rates.ts svcFlushSeconds), then prepared; it cannot be started before. Its targets are not
 * host-accessible until the group is started (docs/aix-behaviour.md 19.4). -restore is accepted: it only
 * matters when a target is also the source of another active mapping, which the simulator does not build.
 */
import { objectCommand } from './object-command';

export const prestartfcconsistgrp = objectCommand(
  'prestartfcconsistgrp',
  'prestartfcconsistgrp [-restore] fc_consist_group_id|fc_consist_group_name',
  ['restore'],
  null,
  (group, _flags, ctx) => ctx.storage.prestartfcconsistgrp(group),
);
