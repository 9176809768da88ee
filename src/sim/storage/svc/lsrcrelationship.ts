/**
 * lsrcrelationship: remote copy relationships, concise (one row each) or, for one, detailed. progress is
 * shown only while the relationship is inconsistent_copying; sync only while it is stopped or idling
 * (Storage Virtualize lsrcrelationship).
 */
import { listingCommand } from './listing';
import { RC_STATUS, rcClusters, rcCopyType, type RcRelationshipView, rcSync } from './rc-columns';

function volumeName(id: string, ctx: Parameters<typeof rcClusters>[1]): string {
  return ctx.storage.volume(id)?.name ?? '';
}

function groupOf(rel: RcRelationshipView, ctx: Parameters<typeof rcClusters>[1]): [string, string] {
  const group = ctx.storage.rcGroups().find((g) => g.id === rel.groupId);
  return group ? [String(group.id), group.name] : ['', ''];
}

export const lsrcrelationship = listingCommand<RcRelationshipView>({
  name: 'lsrcrelationship',
  usage:
    'lsrcrelationship [-filtervalue attribute=value] [-nohdr] [-delim delimiter] [rc_rel_id | rc_rel_name]',
  header: [
    'id',
    'name',
    'master_cluster_id',
    'master_cluster_name',
    'master_vdisk_id',
    'master_vdisk_name',
    'aux_cluster_id',
    'aux_cluster_name',
    'aux_vdisk_id',
    'aux_vdisk_name',
    'primary',
    'consistency_group_id',
    'consistency_group_name',
    'state',
    'bg_copy_priority',
    'progress',
    'copy_type',
    'cycling_mode',
    'freeze_time',
  ],
  objects: (ctx) => ctx.storage.rcRelationships(),
  row(rel, ctx) {
    const [masterClusterId, masterCluster, auxClusterId, auxCluster] = rcClusters(rel, ctx);
    return [
      String(rel.id),
      rel.name,
      masterClusterId,
      masterCluster,
      rel.master,
      volumeName(rel.master, ctx),
      auxClusterId,
      auxCluster,
      rel.aux,
      volumeName(rel.aux, ctx),
      rel.primary ?? '',
      ...groupOf(rel, ctx),
      rel.state,
      '50',
      rel.progress === null ? '' : String(rel.progress),
      rcCopyType(rel),
      'none',
      '',
    ];
  },
  detail(rel, ctx) {
    const [masterClusterId, masterCluster, auxClusterId, auxCluster] = rcClusters(rel, ctx);
    const [groupId, groupName] = groupOf(rel, ctx);
    return [
      ['id', String(rel.id)],
      ['name', rel.name],
      ['master_cluster_id', masterClusterId],
      ['master_cluster_name', masterCluster],
      ['master_vdisk_id', rel.master],
      ['master_vdisk_name', volumeName(rel.master, ctx)],
      ['aux_cluster_id', auxClusterId],
      ['aux_cluster_name', auxCluster],
      ['aux_vdisk_id', rel.aux],
      ['aux_vdisk_name', volumeName(rel.aux, ctx)],
      ['primary', rel.primary ?? ''],
      ['consistency_group_id', groupId],
      ['consistency_group_name', groupName],
      ['state', rel.state],
      ['bg_copy_priority', '50'],
      ['progress', rel.progress === null ? '' : String(rel.progress)],
      ['freeze_time', ''],
      ['status', RC_STATUS],
      ['sync', rcSync(rel)],
      ['copy_type', rcCopyType(rel)],
      ['cycle_period_seconds', '300'],
      ['cycling_mode', 'none'],
      ['master_change_vdisk_id', ''],
      ['master_change_vdisk_name', ''],
      ['aux_change_vdisk_id', ''],
      ['aux_change_vdisk_name', ''],
    ];
  },
});
