/**
 * mkvdiskhostmap: presents a vdisk to a host at the next free SCSI id (or -scsi N). A vdisk already mapped to
 * a host needs -force to be mapped to another (shared disks), the SVC's guard against two hosts writing one
 * LUN; the host then finds it with cfgmgr.
 */
import { ok } from '../../command-result';
import type { StorageCommand } from '../command-types';
import { isResult, parseSvcArgs, svcError } from './args';
import { resolveHost } from './host-ref';
import { svcMessages } from './messages';

export const mkvdiskhostmap: StorageCommand = {
  name: 'mkvdiskhostmap',
  usage: 'mkvdiskhostmap [-force] -host host_id|host_name [-scsi scsi_num_arg] vdisk_id|vdisk_name',
  run(args, ctx) {
    const parsed = parseSvcArgs(args, { flags: ['force'], values: ['host', 'scsi'] });
    if (isResult(parsed)) return parsed;
    const hostRef = parsed.values.get('host');
    if (hostRef === undefined) return svcError(svcMessages.missingParameters);
    if (parsed.object === undefined) return svcError(svcMessages.noObjectId);
    const host = resolveHost(ctx, hostRef);
    const vdisk = ctx.storage.volumes().find((v) => v.id === parsed.object || v.name === parsed.object);
    if (!host || !vdisk) return svcError(svcMessages.noSuchObject);
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
