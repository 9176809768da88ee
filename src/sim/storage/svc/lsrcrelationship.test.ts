import { describe, expect, it } from 'vitest';
import { okOut, svcFailOut } from '../test-support/storage-console';
import { svcRemoteGroup } from '../test-support/svc-remote-setup';
import { lsrcrelationship } from './lsrcrelationship';
import { startrcconsistgrp } from './startrcconsistgrp';

describe('lsrcrelationship', () => {
  it('shows the concise view aligned, with progress while the group copies', () => {
    const svc = svcRemoteGroup();
    svc.run(startrcconsistgrp, 'rccg_aixprd');
    svc.advance(103);
    expect(svc.run(lsrcrelationship, '')).toEqual(
      okOut(
        'id name        master_cluster_id master_cluster_name master_vdisk_id master_vdisk_name aux_cluster_id   aux_cluster_name aux_vdisk_id aux_vdisk_name primary consistency_group_id consistency_group_name state                bg_copy_priority progress copy_type cycling_mode freeze_time\n' +
          '12 rcrel_data1 0000020064B9B841  SVC01               12              aixprd_data1      0000020064B9B842 SVC02            60           aixdr_data1    master  0                    rccg_aixprd            inconsistent_copying 50               50       global    none\n' +
          '13 rcrel_data2 0000020064B9B841  SVC01               13              aixprd_data2      0000020064B9B842 SVC02            61           aixdr_data2    master  0                    rccg_aixprd            inconsistent_copying 50               50       global    none\n',
      ),
    );
  });

  it('shows one relationship in the detailed view, sync once it is stopped', () => {
    const svc = svcRemoteGroup('');
    expect(svc.run(lsrcrelationship, 'rcrel_data2')).toEqual(
      okOut(
        [
          'id 13',
          'name rcrel_data2',
          'master_cluster_id 0000020064B9B841',
          'master_cluster_name SVC01',
          'master_vdisk_id 13',
          'master_vdisk_name aixprd_data2',
          'aux_cluster_id 0000020064B9B842',
          'aux_cluster_name SVC02',
          'aux_vdisk_id 61',
          'aux_vdisk_name aixdr_data2',
          'primary master',
          'consistency_group_id 0',
          'consistency_group_name rccg_aixprd',
          'state inconsistent_stopped',
          'bg_copy_priority 50',
          'progress ',
          'freeze_time ',
          'status online',
          'sync out_of_sync',
          'copy_type metro',
          'cycle_period_seconds 300',
          'cycling_mode none',
          'master_change_vdisk_id ',
          'master_change_vdisk_name ',
          'aux_change_vdisk_id ',
          'aux_change_vdisk_name ',
          '',
        ].join('\n'),
      ),
    );
    expect(svc.run(lsrcrelationship, 'rcrel_other')).toEqual(
      svcFailOut(
        'CMMVC5754E The specified object does not exist, or the name supplied does not meet the naming rules.',
      ),
    );
  });
});
