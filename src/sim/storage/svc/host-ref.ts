/**
 * SVC host objects by id or name: ids are the hosts' positions in the order the storage defined them.
 */
import type { StorageCommandContext } from '../command-types';

export function resolveHost(
  ctx: StorageCommandContext,
  ref: string,
): { id: number; name: string } | undefined {
  const hosts = ctx.storage.hosts();
  const id = hosts.findIndex((h, i) => h === ref || String(i) === ref);
  return id < 0 ? undefined : { id, name: hosts[id]! };
}
