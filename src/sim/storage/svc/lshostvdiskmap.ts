/**
 * lshostvdiskmap: which vdisks each host sees and under which SCSI id (the LUN the AIX disk driver reports).
 */
import type { StorageCommand } from '../command-types';
import { isResult, parseSvcArgs, svcError } from './args';
import { conciseView } from './listing';
import { resolveHost } from './host-ref';
import { svcMessages } from './messages';

const HEADER = ['id', 'name', 'SCSI_id', 'vdisk_id', 'vdisk_name', 'vdisk_UID'];

export const lshostvdiskmap: StorageCommand = {
  name: 'lshostvdiskmap',
  usage: 'lshostvdiskmap [-filtervalue attribute=value] [-nohdr] [-delim delimiter] [host_id | host_name]',
  run(args, ctx) {
    const parsed = parseSvcArgs(args, { listing: true });
    if (isResult(parsed)) return parsed;
    const hosts = ctx.storage.hosts().map((name, id) => ({ id, name }));
    const selected = parsed.object === undefined ? hosts : [resolveHost(ctx, parsed.object)];
    if (selected.some((h) => h === undefined)) return svcError(svcMessages.noSuchObject);
    const rows = selected.flatMap((host) =>
      ctx.storage
        .volumesMappedTo(host!.name)
        .map((lun) => [String(host!.id), host!.name, String(lun.lun), lun.volumeId, lun.name, lun.serial]),
    );
    return conciseView(HEADER, rows, parsed);
  },
};
