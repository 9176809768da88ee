/**
 * lsvolgrp: the volume groups of the storage image, one per host connection (SCSI Mask: an AIX host).
 */
import type { StorageCommand } from '../command-types';
import { dsTable } from '../table';
import { dsFormat, isResult, parseDsArgs } from './args';
import { dsInfo } from './messages';
import { volumeGroups } from './volume-groups';

export const lsvolgrp: StorageCommand = {
  name: 'lsvolgrp',
  usage: 'lsvolgrp [-dev storage_image_ID] [-s] [-host host_name] [Volume_Group_ID ...]',
  run(args, ctx) {
    const parsed = parseDsArgs('lsvolgrp', args, { flags: ['s'], values: ['host'] }, ctx);
    if (isResult(parsed)) return parsed;
    const format = dsFormat('lsvolgrp', parsed);
    if (isResult(format)) return format;
    const host = parsed.values.get('host');
    const wanted = new Set(parsed.operands.map((id) => id.toUpperCase()));
    const groups = volumeGroups(ctx).filter(
      (vg) => (wanted.size === 0 || wanted.has(vg.id)) && (host === undefined || vg.host === host),
    );
    if (groups.length === 0)
      return { stdout: `${dsInfo.noneFound('lsvolgrp', 'Volume Group')}\n`, stderr: '', exitCode: 0 };
    const table = parsed.flags.has('s')
      ? dsTable(
          ['ID'],
          groups.map((vg) => [vg.id]),
          format,
        )
      : dsTable(
          ['Name', 'ID', 'Type'],
          groups.map((vg) => [vg.host, vg.id, 'SCSI Mask']),
          format,
        );
    return { stdout: table, stderr: '', exitCode: 0 };
  },
};
