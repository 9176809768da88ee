/**
 * lsvdiskhostmap: which hosts see one vdisk and under which SCSI id, the other side of lshostvdiskmap. Used to
 * check that a retired copy's target is presented to no host any more: the listing is then empty
 * (docs/aix-behaviour.md 19.6a).
 */
import type { StorageCommand } from '../command-types';
import { isResult, parseSvcArgs, svcError } from './args';
import { conciseView } from './listing';
import { svcMessages } from './messages';

const HEADER = ['id', 'name', 'SCSI_id', 'host_id', 'host_name', 'vdisk_UID', 'IO_group_id', 'IO_group_name'];

export const lsvdiskhostmap: StorageCommand = {
  name: 'lsvdiskhostmap',
  usage: 'lsvdiskhostmap [-filtervalue attribute=value] [-nohdr] [-delim delimiter] vdisk_id | vdisk_name',
  run(args, ctx) {
    const parsed = parseSvcArgs(args, { listing: true });
    if (isResult(parsed)) return parsed;
    // Unlike lshostvdiskmap, the vdisk is not optional (Storage Virtualize CLI reference).
    if (parsed.object === undefined) return svcError(svcMessages.noObjectId);
    const vdisk = ctx.storage.volumes().find((v) => v.id === parsed.object || v.name === parsed.object);
    if (!vdisk) return svcError(svcMessages.noSuchObject);
    const hosts = ctx.storage.hosts();
    const rows = vdisk.hosts.map((host) => {
      const lun = ctx.storage.volumesMappedTo(host).find((l) => l.volumeId === vdisk.id);
      return [
        vdisk.id,
        vdisk.name,
        String(lun?.lun ?? ''),
        String(hosts.indexOf(host)),
        host,
        vdisk.serial,
        '0',
        'io_grp0',
      ];
    });
    return conciseView(HEADER, rows, parsed);
  },
};
