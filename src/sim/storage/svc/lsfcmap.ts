/**
 * lsfcmap: FlashCopy mappings, concise (one row each) or, for one mapping, detailed (attribute value lines)
 * (docs/aix-behaviour.md 19.6). start_time is YYMMDDHHMMSS of the last start.
 */
import { ok } from '../../command-result';
import { svcTimestamp } from '../clock-format';
import type { StorageCommand, StorageCommandContext } from '../command-types';
import { svcConcise, svcDetailed } from '../table';
import type { FcMapRecord } from '../types';
import { filterRows, isResult, parseSvcArgs, svcError, viewOptions } from './args';
import { svcMessages } from './messages';

const HEADER = [
  'id',
  'name',
  'source_vdisk_id',
  'source_vdisk_name',
  'target_vdisk_id',
  'target_vdisk_name',
  'group_id',
  'group_name',
  'status',
  'progress',
  'copy_rate',
  'clean_progress',
  'incremental',
  'partner_FC_id',
  'partner_FC_name',
  'restoring',
  'start_time',
  'rc_controlled',
];

function names(map: FcMapRecord, ctx: StorageCommandContext) {
  const group = ctx.storage.fcGroups().find((g) => g.id === map.groupId);
  return {
    source: ctx.storage.volume(map.source)?.name ?? '',
    target: ctx.storage.volume(map.target)?.name ?? '',
    groupId: group ? String(group.id) : '',
    groupName: group?.name ?? '',
    startTime: map.startedAt === null ? '' : svcTimestamp(map.startedAt),
  };
}

function conciseRow(map: FcMapRecord, ctx: StorageCommandContext): string[] {
  const n = names(map, ctx);
  return [
    String(map.id),
    map.name,
    map.source,
    n.source,
    map.target,
    n.target,
    n.groupId,
    n.groupName,
    map.status,
    String(map.progress),
    String(map.copyrate),
    '100',
    map.incremental ? 'on' : 'off',
    '',
    '',
    'no',
    n.startTime,
    'no',
  ];
}

function detail(map: FcMapRecord, ctx: StorageCommandContext): [string, string][] {
  const n = names(map, ctx);
  return [
    ['id', String(map.id)],
    ['name', map.name],
    ['source_vdisk_id', map.source],
    ['source_vdisk_name', n.source],
    ['target_vdisk_id', map.target],
    ['target_vdisk_name', n.target],
    ['group_id', n.groupId],
    ['group_name', n.groupName],
    ['status', map.status],
    ['progress', String(map.progress)],
    ['copy_rate', String(map.copyrate)],
    ['start_time', n.startTime],
    ['dependent_mappings', '0'],
    ['autodelete', map.autodelete ? 'on' : 'off'],
    ['clean_progress', '100'],
    ['clean_rate', '50'],
    ['incremental', map.incremental ? 'on' : 'off'],
    ['difference', '100'],
    ['grain_size', '256'],
    ['IO_group_id', '0'],
    ['IO_group_name', 'io_grp0'],
    ['partner_FC_id', ''],
    ['partner_FC_name', ''],
    ['restoring', 'no'],
    ['rc_controlled', 'no'],
  ];
}

export const lsfcmap: StorageCommand = {
  name: 'lsfcmap',
  usage: 'lsfcmap [-filtervalue attribute=value] [-nohdr] [-delim delimiter] [fc_map_id | fc_map_name]',
  run(args, ctx) {
    const parsed = parseSvcArgs(args, { listing: true });
    if (isResult(parsed)) return parsed;
    const options = viewOptions(parsed);
    const maps = ctx.storage.fcMaps();
    if (parsed.object !== undefined) {
      const map = maps.find((m) => String(m.id) === parsed.object || m.name === parsed.object);
      if (!map) return svcError(svcMessages.noSuchObject);
      return ok(svcDetailed(detail(map, ctx), options));
    }
    const rows = filterRows(
      HEADER,
      maps.map((m) => conciseRow(m, ctx)),
      parsed,
    );
    if (isResult(rows)) return rows;
    return ok(rows.length === 0 ? '' : svcConcise(HEADER, rows, options));
  },
};
