/**
 * lsvdisk: the vdisks (volumes), concise or, for one vdisk, as attribute value lines. A FlashCopy target that
 * is preparing, prepared or stopped short of 100% shows offline: hosts cannot use it (Storage Virtualize
 * "FlashCopy mapping states").
 */
import { ok } from '../../command-result';
import type { StorageCommand, StorageCommandContext } from '../command-types';
import { svcConcise, svcDetailed } from '../table';
import type { VolumeView } from '../types';
import { filterRows, isResult, parseSvcArgs, svcError, viewOptions } from './args';
import { svcMessages } from './messages';

const HEADER = [
  'id',
  'name',
  'IO_group_id',
  'IO_group_name',
  'status',
  'mdisk_grp_id',
  'mdisk_grp_name',
  'capacity',
  'type',
  'FC_id',
  'FC_name',
  'RC_id',
  'RC_name',
  'vdisk_UID',
  'fc_map_count',
  'copy_count',
  'fast_write_state',
  'se_copy_count',
  'RC_change',
];

function row(volume: VolumeView, ctx: StorageCommandContext): string[] {
  const maps = ctx.storage.fcMaps().filter((m) => m.source === volume.id || m.target === volume.id);
  // One mapping is named; several show `many`, as the SVC does.
  const fc = (one: (m: (typeof maps)[number]) => string) =>
    maps.length === 0 ? '' : maps.length === 1 ? one(maps[0]!) : 'many';
  return [
    volume.id,
    volume.name,
    '0',
    'io_grp0',
    volume.hostReadable ? 'online' : 'offline',
    '0',
    'mdiskgrp0',
    `${volume.sizeGb.toFixed(2)}GB`,
    'striped',
    fc((m) => String(m.id)),
    fc((m) => m.name),
    '',
    '',
    volume.serial,
    String(maps.length),
    '1',
    'empty',
    '0',
    'no',
  ];
}

export const lsvdisk: StorageCommand = {
  name: 'lsvdisk',
  usage: 'lsvdisk [-filtervalue attribute=value] [-nohdr] [-delim delimiter] [vdisk_id | vdisk_name]',
  run(args, ctx) {
    const parsed = parseSvcArgs(args, { listing: true });
    if (isResult(parsed)) return parsed;
    const options = viewOptions(parsed);
    const volumes = ctx.storage.volumes().sort((a, b) => Number(a.id) - Number(b.id));
    if (parsed.object !== undefined) {
      const volume = volumes.find((v) => v.id === parsed.object || v.name === parsed.object);
      if (!volume) return svcError(svcMessages.noSuchObject);
      const values = row(volume, ctx);
      return ok(
        svcDetailed(
          HEADER.map((key, i): [string, string] => [key, values[i]!]),
          options,
        ),
      );
    }
    const rows = filterRows(
      HEADER,
      volumes.map((v) => row(v, ctx)),
      parsed,
    );
    if (isResult(rows)) return rows;
    return ok(rows.length === 0 ? '' : svcConcise(HEADER, rows, options));
  },
};
