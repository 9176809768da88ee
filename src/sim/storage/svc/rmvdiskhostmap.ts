/**
 * rmvdiskhostmap: stops presenting a vdisk to a host (the host's hdisk then fails its I/O until rmdev).
 * Silent on success.
 */
import { ok } from '../../command-result';
import type { StorageCommand } from '../command-types';
import { isResult, parseSvcArgs, svcError } from './args';
import { hostAndVdisk } from './host-ref';
import { svcMessages } from './messages';

export const rmvdiskhostmap: StorageCommand = {
  name: 'rmvdiskhostmap',
  usage: 'rmvdiskhostmap -host host_id|host_name vdisk_id|vdisk_name',
  run(args, ctx) {
    const parsed = parseSvcArgs(args, { values: ['host'] });
    if (isResult(parsed)) return parsed;
    const found = hostAndVdisk(parsed, ctx, svcMessages.notSuitable);
    if (isResult(found)) return found;
    const { host, vdisk } = found;
    if (!vdisk.hosts.includes(host.name)) return svcError(svcMessages.notSuitable);
    ctx.storage.unmapFromHost(vdisk.id, host.name);
    return ok();
  },
};
