/**
 * lsfbvol: the fixed-block volumes of the storage image (all, or the ids and ranges given), with their
 * capacity in GiB and 512-byte blocks. Even LSSs belong to extent pool P0 and odd ones to P1, the usual
 * DS8000 layout by rank group.
 */
import type { StorageCommand } from '../command-types';
import { dsTable } from '../table';
import { dsFormat, isResult, parseDsArgs } from './args';
import { dsInfo } from './messages';
import { selectVolumes } from './volume-selection';

const HEADER = [
  'Name',
  'ID',
  'accstate',
  'datastate',
  'configstate',
  'deviceMTM',
  'datatype',
  'extpool',
  'cap (2^30B)',
  'cap (10^9B)',
  'cap (blocks)',
];

const BLOCKS_PER_GB = 2_097_152;

export const lsfbvol: StorageCommand = {
  name: 'lsfbvol',
  usage:
    'lsfbvol [-dev storage_image_ID] [-s] [-extpool extentpool_ID] [volume_ID ... | volume_ID_range ... | -]',
  run(args, ctx) {
    const parsed = parseDsArgs('lsfbvol', args, { flags: ['s'], values: ['extpool'] }, ctx);
    if (isResult(parsed)) return parsed;
    const format = dsFormat('lsfbvol', parsed);
    if (isResult(format)) return format;
    const selected = parsed.operands.length > 0 ? selectVolumes('lsfbvol', parsed.operands) : null;
    if (isResult(selected)) return selected;
    const pool = (id: string) => `P${Number.parseInt(id.slice(0, 2), 16) % 2}`;
    const extpool = parsed.values.get('extpool');
    const volumes = ctx.storage
      .volumes()
      .filter((v) => v.image === parsed.dev && (!selected || selected.has(v.id)))
      .filter((v) => extpool === undefined || pool(v.id) === extpool)
      .sort((a, b) => a.id.localeCompare(b.id));
    if (volumes.length === 0)
      return { stdout: `${dsInfo.noneFound('lsfbvol', 'FB Volume')}\n`, stderr: '', exitCode: 0 };
    if (parsed.flags.has('s')) {
      return {
        stdout: dsTable(
          ['ID'],
          volumes.map((v) => [v.id]),
          format,
        ),
        stderr: '',
        exitCode: 0,
      };
    }
    const rows = volumes.map((v) => [
      v.name || '-',
      v.id,
      'Online',
      'Normal',
      'Normal',
      '2107-900',
      'FB 512',
      pool(v.id),
      v.sizeGb.toFixed(1),
      '-',
      String(v.sizeGb * BLOCKS_PER_GB),
    ]);
    return { stdout: dsTable(HEADER, rows, format), stderr: '', exitCode: 0 };
  },
};
