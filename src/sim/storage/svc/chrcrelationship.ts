/**
 * chrcrelationship -consistgrp GROUP REL: a stand-alone relationship joins a remote copy consistency group,
 * which must be empty or in the relationship's own state with the same partner cluster and copy type;
 * -noconsistgrp takes it out again. Prints nothing.
 */
import { objectCommand } from './object-command';
import { rcErrorMessage } from './messages';

export const chrcrelationship = objectCommand(
  'chrcrelationship',
  'chrcrelationship -consistgrp consist_group_id|consist_group_name | -noconsistgrp rc_rel_id|rc_rel_name',
  ['noconsistgrp'],
  null,
  (relationship, flags, ctx, values) =>
    ctx.storage.chrcrelationship(
      relationship,
      flags.has('noconsistgrp') ? null : (values.get('consistgrp') ?? null),
    ),
  { values: ['consistgrp'], message: rcErrorMessage },
);
