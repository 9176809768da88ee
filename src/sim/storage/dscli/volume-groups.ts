/**
 * DS8000 volume groups as the simulator keeps them: one per host the storage knows (its host connection),
 * `V<n>` in the order the hosts were defined (or the id the scenario gives it), holding the volumes of the storage image mapped to that host.
 */
import type { StorageCommandContext } from '../command-types';

export interface VolumeGroup {
  id: string;
  host: string;
}

export function volumeGroups(ctx: StorageCommandContext): VolumeGroup[] {
  return ctx.storage.hosts().map((host, n) => ({ id: ctx.storage.volumeGroupId(host) ?? `V${n}`, host }));
}

export function findVolumeGroup(ctx: StorageCommandContext, id: string): VolumeGroup | undefined {
  return volumeGroups(ctx).find((vg) => vg.id === id.toUpperCase());
}

/** The volumes of the image in the group, in id order. */
export function volumeGroupVolumes(ctx: StorageCommandContext, vg: VolumeGroup, image: string): string[] {
  return ctx.storage
    .volumes()
    .filter((v) => v.image === image && v.hosts.includes(vg.host))
    .map((v) => v.id)
    .sort();
}
