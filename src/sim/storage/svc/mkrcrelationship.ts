/**
 * mkrcrelationship: a Metro Mirror relationship from a master vdisk to an aux vdisk of the same size on the
 * cluster -cluster names, or Global Mirror with -global; -consistgrp puts it in a group at once. It is made
 * inconsistent_stopped (consistent_stopped with -sync, the admin's word that both volumes hold the same
 * data) and copies nothing until its group is started. Its id is the master vdisk's id.
 */
import { ok } from '../../command-result';
import type { StorageCommand } from '../command-types';
import { isResult, parseSvcArgs, svcError } from './args';
import { rcErrorMessage, svcMessages } from './messages';

export const mkrcrelationship: StorageCommand = {
  name: 'mkrcrelationship',
  usage:
    'mkrcrelationship -master master_vdisk_id|master_vdisk_name -aux aux_vdisk_id|aux_vdisk_name ' +
    '-cluster cluster_id|cluster_name [-name new_name_arg] [-consistgrp consist_group_id|consist_group_name] ' +
    '[-sync] [-global]',
  run(args, ctx) {
    const parsed = parseSvcArgs(args, {
      flags: ['sync', 'global'],
      values: ['master', 'aux', 'cluster', 'name', 'consistgrp'],
    });
    if (isResult(parsed)) return parsed;
    if (parsed.object !== undefined) return svcError(svcMessages.unsupported(parsed.object));
    const master = parsed.values.get('master');
    const aux = parsed.values.get('aux');
    const cluster = parsed.values.get('cluster');
    if (master === undefined || aux === undefined || cluster === undefined)
      return svcError(svcMessages.missingParameters);
    const created = ctx.storage.mkrcrelationship({
      master,
      aux,
      cluster,
      global: parsed.flags.has('global'),
      group: parsed.values.get('consistgrp'),
      name: parsed.values.get('name'),
      sync: parsed.flags.has('sync'),
    });
    if (!created.ok) return svcError(rcErrorMessage(created.code));
    return ok(`${svcMessages.rcCreated(created.value.id)}\n`);
  },
};
