/**
 * stoprcconsistgrp: stops every relationship of the group at one instant. A consistent_synchronized group
 * goes consistent_stopped, one still inconsistent_copying goes inconsistent_stopped with a fuzzy secondary.
 * -access then makes the group idling: the secondaries become usable by hosts (Storage Virtualize
 * stoprcconsistgrp). Prints nothing.
 */
import { objectCommand } from './object-command';
import { rcErrorMessage } from './messages';

export const stoprcconsistgrp = objectCommand(
  'stoprcconsistgrp',
  'stoprcconsistgrp [-access] rc_consist_group_id|rc_consist_group_name',
  ['access'],
  null,
  (group, flags, ctx) => ctx.storage.stoprcconsistgrp(group, flags.has('access')),
  { message: rcErrorMessage },
);
