/**
 * showvolgrp: one volume group with the volumes it presents to its host.
 */
import type { StorageCommand } from '../command-types';
import { isResult, parseDsArgs, syntaxError } from './args';
import { DS_EXIT, dsServerError, dsSyntax } from './messages';
import { findVolumeGroup, volumeGroupVolumes } from './volume-groups';

export const showvolgrp: StorageCommand = {
  name: 'showvolgrp',
  usage: 'showvolgrp [-dev storage_image_ID] Volume_Group_ID',
  run(args, ctx) {
    const parsed = parseDsArgs('showvolgrp', args, {}, ctx);
    if (isResult(parsed)) return parsed;
    const [groupId, ...extra] = parsed.operands;
    if (groupId === undefined) return syntaxError(dsSyntax.missingOperand('showvolgrp', 'Volume_Group_ID'));
    if (extra.length > 0) return syntaxError(dsSyntax.unknownParameter('showvolgrp', extra[0]!));
    const group = findVolumeGroup(ctx, groupId);
    if (!group) {
      const stderr = `${dsServerError('showvolgrp', groupId, 'object-not-found', false)}\n`;
      return { stdout: '', stderr, exitCode: DS_EXIT.server };
    }
    const vols = volumeGroupVolumes(ctx, group, parsed.dev).join(' ');
    const stdout = `Name ${group.host}\nID   ${group.id}\nType SCSI Mask\nVols ${vols}\n`;
    return { stdout, stderr: '', exitCode: DS_EXIT.ok };
  },
};
