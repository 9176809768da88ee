/**
 * mkvdisk: creates a striped vdisk in the (single) storage pool; the id is the next free one and the default
 * name vdisk<id>. Sizes are in -unit (default mb), kept in GiB.
 */
import { SVC_NAME } from '../../../core/model/aix-names';
import { ok } from '../../command-result';
import type { StorageCommand } from '../command-types';
import { isResult, parseSvcArgs, svcError } from './args';
import { svcErrors, svcMessages } from './messages';

const UNIT_GB: Record<string, number> = {
  b: 1 / 2 ** 30,
  kb: 1 / 2 ** 20,
  mb: 1 / 1024,
  gb: 1,
  tb: 1024,
  pb: 1024 ** 2,
};

/** The simulated cluster has one pool and one I/O group, by id or name. */
const POOL = ['0', 'mdiskgrp0'];
const IO_GROUP = ['0', 'io_grp0'];

export const mkvdisk: StorageCommand = {
  name: 'mkvdisk',
  usage:
    'mkvdisk -mdiskgrp mdisk_group_id|mdisk_group_name -iogrp io_group_id|io_group_name -size disk_size ' +
    '[-unit b|kb|mb|gb|tb|pb] [-name new_name_arg] [-vtype striped]',
  run(args, ctx) {
    const parsed = parseSvcArgs(args, { values: ['mdiskgrp', 'iogrp', 'size', 'unit', 'name', 'vtype'] });
    if (isResult(parsed)) return parsed;
    if (parsed.object !== undefined) return svcError(svcMessages.unsupported(parsed.object));
    const pool = parsed.values.get('mdiskgrp');
    const ioGroup = parsed.values.get('iogrp');
    const size = parsed.values.get('size');
    if (pool === undefined || ioGroup === undefined || size === undefined)
      return svcError(svcMessages.missingParameters);
    if (!POOL.includes(pool) || !IO_GROUP.includes(ioGroup)) return svcError(svcMessages.noSuchObject);
    const unit = parsed.values.get('unit') ?? 'mb';
    const vtype = parsed.values.get('vtype') ?? 'striped';
    if (UNIT_GB[unit] === undefined) return svcError(svcMessages.invalidData(unit));
    if (vtype !== 'striped') return svcError(svcMessages.invalidData(vtype));
    if (!/^\d+$/.test(size) || Number(size) === 0) return svcError(svcMessages.invalidData(size));
    const volumes = ctx.storage.volumes();
    const id = String(volumes.reduce((max, v) => Math.max(max, Number(v.id) + 1), 0));
    const name = parsed.values.get('name') ?? `vdisk${id}`;
    if (!SVC_NAME.test(name)) return svcError(svcErrors['invalid-name']);
    if (volumes.some((v) => v.name === name)) return svcError(svcErrors['name-in-use']);
    ctx.storage.createVolume({ id, name, sizeGb: Number(size) * UNIT_GB[unit]! });
    return ok(`${svcMessages.vdiskCreated(id)}\n`);
  },
};
