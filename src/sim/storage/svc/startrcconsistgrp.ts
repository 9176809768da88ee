/**
 * startrcconsistgrp: starts copying every relationship of the group from its primary to its secondary.
 * From idling the direction must be given (-primary master|aux); where either side was written since the
 * stop, the secondary is inconsistent until the resync ends, so the start needs -force (Storage Virtualize
 * startrcconsistgrp).
 */
import { objectCommand } from './object-command';
import { rcErrorMessage } from './messages';

export const startrcconsistgrp = objectCommand(
  'startrcconsistgrp',
  'startrcconsistgrp [-primary master|aux] [-force] [-clean] rc_consist_group_id|rc_consist_group_name',
  ['force', 'clean'],
  null,
  (group, flags, ctx, values) => {
    const primary = values.get('primary');
    return ctx.storage.startrcconsistgrp(group, {
      force: flags.has('force'),
      ...(primary === 'master' || primary === 'aux' ? { primary } : {}),
    });
  },
  { values: ['primary'], choices: { primary: ['master', 'aux'] }, message: rcErrorMessage },
);
