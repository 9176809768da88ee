/**
 * mkrcconsistgrp: a remote copy consistency group, empty until relationships join it (mkrcrelationship
 * -consistgrp, chrcrelationship -consistgrp). The default name is rccstgrp<id>. -cluster names the partner
 * cluster; the simulator takes every cluster of the world as a partner.
 */
import { ok } from '../../command-result';
import type { StorageCommand } from '../command-types';
import { isResult, parseSvcArgs, svcError } from './args';
import { svcErrors, svcMessages } from './messages';

export const mkrcconsistgrp: StorageCommand = {
  name: 'mkrcconsistgrp',
  usage: 'mkrcconsistgrp [-name new_name] [-cluster cluster_id|cluster_name]',
  run(args, ctx) {
    const parsed = parseSvcArgs(args, { values: ['name', 'cluster'] });
    if (isResult(parsed)) return parsed;
    if (parsed.object !== undefined) return svcError(svcMessages.unsupported(parsed.object));
    const created = ctx.storage.mkrcconsistgrp(parsed.values.get('name'));
    if (!created.ok) return svcError(svcErrors[created.code]);
    return ok(`${svcMessages.rcGroupCreated(created.value.id)}\n`);
  },
};
