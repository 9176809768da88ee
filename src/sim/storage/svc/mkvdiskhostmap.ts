/**
 * mkvdiskhostmap: presents a vdisk to a host at the next free SCSI id (or -scsi N). A vdisk already mapped to
 * a host needs -force to be mapped to another (shared disks), the SVC's guard against two hosts writing one
 * LUN; the host then finds it with cfgmgr.
 */
import { ok } from '../../command-result';
import type { StorageCommand } from '../command-types';
import { isResult, parseSvcArgs, svcError } from './args';
import { hostAndVdisk } from './host-ref';
import { svcMessages } from './messages';

export const mkvdiskhostmap: StorageCommand = {
  name: 'mkvdiskhostmap',
  usage: 'mkvdiskhostmap [-force] -host host_id|host_name [-scsi scsi_num_arg] vdisk_id|vdisk_name',
  run(args, ctx) {
    const parsed = parseSvcArgs(args, { flags: ['force'], values: ['host', 'scsi'] });
    if (isResult(parsed)) return parsed;
    const found = hostAndVdisk(parsed, ctx, svcMessages.noSuchObject);
    if (isResult(found)) return found;
    const { host, vdisk } = found;
    if (vdisk.hosts.includes(host.name) || (vdisk.hosts.length > 0 && !parsed.flags.has('force'))) {
      return svcError(svcMessages.alreadyMapped);
    }
    const scsiText = parsed.values.get('scsi');
    if (scsiText !== undefined && !/^\d+$/.test(scsiText)) return svcError(svcMessages.invalidData(scsiText));
    const scsi = scsiText === undefined ? undefined : Number(scsiText);
    if (scsi !== undefined && ctx.storage.lunInUse(host.name, scsi)) return svcError(svcMessages.lunTaken);
    return ok(`${svcMessages.hostMapCreated(ctx.storage.mapToHost(vdisk.id, host.name, scsi))}\n`);
  },
};
