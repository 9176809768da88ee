/**
 * lsrcconsistgrp: remote copy consistency groups, concise (one row each) or, for one, detailed with its
 * relationships as repeated RC_rel_id / RC_rel_name lines. An empty group has state empty and copy_type
 * empty_group; a group's state, primary and sync are its relationships' (Storage Virtualize lsrcconsistgrp).
 */
import type { StorageCommandContext } from '../command-types';
import { listingCommand } from './listing';
import { RC_STATUS, rcClusters, rcCopyType, type RcRelationshipView, rcSync } from './rc-columns';

type GroupView = ReturnType<StorageCommandContext['storage']['rcGroups']>[number];

function members(group: GroupView, ctx: StorageCommandContext): RcRelationshipView[] {
  return ctx.storage.rcRelationships().filter((r) => r.groupId === group.id);
}

/** The columns the group takes from its first relationship (blank for an empty group). */
function shared(group: GroupView, ctx: StorageCommandContext) {
  const first = members(group, ctx)[0];
  const [masterClusterId, masterCluster, auxClusterId, auxCluster] = first
    ? rcClusters(first, ctx)
    : ['', '', '', ''];
  return {
    clusters: [masterClusterId, masterCluster, auxClusterId, auxCluster],
    primary: first?.primary ?? '',
    copyType: first ? rcCopyType(first) : 'empty_group',
    sync: first ? rcSync(first) : '',
  };
}

export const lsrcconsistgrp = listingCommand<GroupView>({
  name: 'lsrcconsistgrp',
  usage:
    'lsrcconsistgrp [-filtervalue attribute=value] [-nohdr] [-delim delimiter] ' +
    '[rc_consist_group_id | rc_consist_group_name]',
  header: [
    'id',
    'name',
    'master_cluster_id',
    'master_cluster_name',
    'aux_cluster_id',
    'aux_cluster_name',
    'primary',
    'state',
    'relationship_count',
    'copy_type',
    'cycling_mode',
    'freeze_time',
  ],
  objects: (ctx) => ctx.storage.rcGroups(),
  row(group, ctx) {
    const s = shared(group, ctx);
    return [
      String(group.id),
      group.name,
      ...s.clusters,
      s.primary,
      group.state,
      String(group.relationshipIds.length),
      s.copyType,
      'none',
      '',
    ];
  },
  detail(group, ctx) {
    const s = shared(group, ctx);
    const [masterClusterId, masterCluster, auxClusterId, auxCluster] = s.clusters as [
      string,
      string,
      string,
      string,
    ];
    return [
      ['id', String(group.id)],
      ['name', group.name],
      ['master_cluster_id', masterClusterId],
      ['master_cluster_name', masterCluster],
      ['aux_cluster_id', auxClusterId],
      ['aux_cluster_name', auxCluster],
      ['primary', s.primary],
      ['state', group.state],
      ['relationship_count', String(group.relationshipIds.length)],
      ['freeze_time', ''],
      ['status', RC_STATUS],
      ['sync', s.sync],
      ['copy_type', s.copyType],
      ['cycle_period_seconds', '300'],
      ['cycling_mode', 'none'],
      ...members(group, ctx).flatMap((r): [string, string][] => [
        ['RC_rel_id', String(r.id)],
        ['RC_rel_name', r.name],
      ]),
    ];
  },
});
