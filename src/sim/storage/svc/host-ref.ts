/**
 * SVC host objects by id or name: ids are the hosts' positions in the order the storage defined them.
 */
import type { CommandResult } from '../../command-result';
import type { StorageCommandContext } from '../command-types';
import type { VolumeView } from '../types';
import { type SvcArgs, svcError } from './args';
import { svcMessages } from './messages';

export function resolveHost(
  ctx: StorageCommandContext,
  ref: string,
): { id: number; name: string } | undefined {
  const hosts = ctx.storage.hosts();
  const id = hosts.findIndex((h, i) => h === ref || String(i) === ref);
  return id < 0 ? undefined : { id, name: hosts[id]! };
}

/**
 * The host (-host) and vdisk (the object operand) of a host-mapping command, or its error: missing parameters,
 * or `missing` (the message for an unknown host or vdisk).
 */
export function hostAndVdisk(
  parsed: SvcArgs,
  ctx: StorageCommandContext,
  missing: string,
): { host: { id: number; name: string }; vdisk: VolumeView } | CommandResult {
  const hostRef = parsed.values.get('host');
  if (hostRef === undefined) return svcError(svcMessages.missingParameters);
  if (parsed.object === undefined) return svcError(svcMessages.noObjectId);
  const host = resolveHost(ctx, hostRef);
  const vdisk = ctx.storage.volumes().find((v) => v.id === parsed.object || v.name === parsed.object);
  return host && vdisk ? { host, vdisk } : svcError(missing);
}
