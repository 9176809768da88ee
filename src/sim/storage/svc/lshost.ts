/**
 * lshost: the host objects (each with two FC ports, in all four I/O groups, online).
 */
import { ok } from '../../command-result';
import type { StorageCommand } from '../command-types';
import { svcConcise } from '../table';
import { filterRows, isResult, parseSvcArgs, svcError, viewOptions } from './args';
import { resolveHost } from './host-ref';
import { svcMessages } from './messages';

const HEADER = ['id', 'name', 'port_count', 'iogrp_count', 'status'];

export const lshost: StorageCommand = {
  name: 'lshost',
  usage: 'lshost [-filtervalue attribute=value] [-nohdr] [-delim delimiter] [host_id | host_name]',
  run(args, ctx) {
    const parsed = parseSvcArgs(args, { listing: true });
    if (isResult(parsed)) return parsed;
    const all = ctx.storage.hosts().map((name, id) => ({ id, name }));
    const selected = parsed.object === undefined ? all : [resolveHost(ctx, parsed.object)];
    if (selected.some((h) => h === undefined)) return svcError(svcMessages.noSuchObject);
    const rows = filterRows(
      HEADER,
      selected.map((h) => [String(h!.id), h!.name, '2', '4', 'online']),
      parsed,
    );
    if (isResult(rows)) return rows;
    return ok(rows.length === 0 ? '' : svcConcise(HEADER, rows, viewOptions(parsed)));
  },
};
