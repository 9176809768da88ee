/**
 * Column values lsrcrelationship and lsrcconsistgrp share: the clusters a relationship joins (id and name),
 * its copy type, whether a stopped or idling secondary still equals its primary (the sync column), and the
 * status.
 */
import type { StorageCommandContext } from '../command-types';
import { svcClusterId } from '../identifiers';
import type { RcRelationshipRecord } from '../types';

export type RcRelationshipView = ReturnType<StorageCommandContext['storage']['rcRelationships']>[number];

/** [id, name] of the master's and of the aux's cluster. */
export function rcClusters(
  rel: RcRelationshipRecord,
  ctx: StorageCommandContext,
): [string, string, string, string] {
  const master = ctx.storage.volume(rel.master)?.image ?? '';
  return [svcClusterId(master), master, svcClusterId(rel.auxCluster), rel.auxCluster];
}

export function rcCopyType(rel: RcRelationshipRecord): string {
  return rel.global ? 'global' : 'metro';
}

/** in_sync / out_of_sync where the relationship is stopped or idling, blank while it runs. */
export function rcSync(rel: RcRelationshipRecord): string {
  if (rel.state === 'consistent_synchronized' || rel.state === 'inconsistent_copying') return '';
  return rel.consistent && rel.inSync ? 'in_sync' : 'out_of_sync';
}

/**
 * The status column: `online` while both clusters and the link between them are up (Storage Virtualize also
 * prints primary_offline, secondary_offline, io_channel_offline). The simulator's partnership never fails.
 */
export const RC_STATUS = 'online';
