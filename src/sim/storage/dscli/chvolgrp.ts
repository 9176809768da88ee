/**
 * chvolgrp: adds volumes to a host's volume group (maps them to the host, which then finds them with cfgmgr),
 * removes them, or replaces the group's volumes. -volume takes ids and ranges separated by commas.
 */
import type { StorageCommand } from '../command-types';
import { isResult, onImage, parseDsArgs, syntaxError } from './args';
import { DS_EXIT, dsInfo, dsServerError, dsSyntax } from './messages';
import { findVolumeGroup, volumeGroupVolumes } from './volume-groups';
import { selectVolumes } from './volume-selection';

export const chvolgrp: StorageCommand = {
  name: 'chvolgrp',
  usage:
    'chvolgrp [-dev storage_image_ID] -action add|remove|replace -volume volume_ID[,volume_ID...] ' +
    'Volume_Group_ID',
  run(args, ctx) {
    const parsed = parseDsArgs('chvolgrp', args, { values: ['action', 'volume'] }, ctx);
    if (isResult(parsed)) return parsed;
    const action = parsed.values.get('action');
    const volumeList = parsed.values.get('volume');
    if (action === undefined) return syntaxError(dsSyntax.missingOperand('chvolgrp', '-action'));
    if (volumeList === undefined) return syntaxError(dsSyntax.missingOperand('chvolgrp', '-volume'));
    if (!['add', 'remove', 'replace'].includes(action)) {
      return syntaxError(dsSyntax.invalidValue('chvolgrp', '-action', action));
    }
    const [groupId, ...extra] = parsed.operands;
    if (groupId === undefined) return syntaxError(dsSyntax.missingOperand('chvolgrp', 'Volume_Group_ID'));
    if (extra.length > 0) return syntaxError(dsSyntax.unknownParameter('chvolgrp', extra[0]!));
    const selected = selectVolumes('chvolgrp', volumeList.split(','));
    if (isResult(selected)) return selected;
    const group = findVolumeGroup(ctx, groupId);
    const fail = (subject: string, code: 'object-not-found' | 'volume-not-found') => ({
      stdout: '',
      stderr: `${dsServerError('chvolgrp', subject, code, false)}\n`,
      exitCode: DS_EXIT.server,
    });
    if (!group) return fail(groupId, 'object-not-found');
    const missing = [...selected].find((id) => !onImage(ctx, id, parsed.dev));
    if (missing) return fail(missing, 'volume-not-found');
    if (action === 'replace') {
      for (const id of volumeGroupVolumes(ctx, group, parsed.dev)) {
        if (!selected.has(id)) ctx.storage.unmapFromHost(id, group.host);
      }
    }
    for (const id of selected) {
      if (action === 'remove') ctx.storage.unmapFromHost(id, group.host);
      else ctx.storage.mapToHost(id, group.host);
    }
    return { stdout: `${dsInfo.volgrpModified(group.id)}\n`, stderr: '', exitCode: DS_EXIT.ok };
  },
};
