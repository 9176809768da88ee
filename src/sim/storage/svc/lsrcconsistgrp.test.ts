import { describe, expect, it } from 'vitest';
import { okOut } from '../test-support/storage-console';
import { svcRemoteGroup } from '../test-support/svc-remote-setup';
import { lsrcconsistgrp } from './lsrcconsistgrp';
import { startrcconsistgrp } from './startrcconsistgrp';

describe('lsrcconsistgrp', () => {
  it('shows the concise view aligned', () => {
    const svc = svcRemoteGroup();
    svc.run(startrcconsistgrp, 'rccg_aixprd');
    svc.advance(205);
    expect(svc.run(lsrcconsistgrp, '')).toEqual(
      okOut(
        'id name        master_cluster_id master_cluster_name aux_cluster_id   aux_cluster_name primary state                   relationship_count copy_type cycling_mode freeze_time\n' +
          '0  rccg_aixprd 0000020064B9B841  SVC01               0000020064B9B842 SVC02            master  consistent_synchronized 2                  global    none\n',
      ),
    );
  });

  it('shows one group in the detailed view, its relationships last', () => {
    const svc = svcRemoteGroup();
    expect(svc.run(lsrcconsistgrp, '-delim : 0')).toEqual(
      okOut(
        [
          'id:0',
          'name:rccg_aixprd',
          'master_cluster_id:0000020064B9B841',
          'master_cluster_name:SVC01',
          'aux_cluster_id:0000020064B9B842',
          'aux_cluster_name:SVC02',
          'primary:master',
          'state:inconsistent_stopped',
          'relationship_count:2',
          'freeze_time:',
          'status:online',
          'sync:out_of_sync',
          'copy_type:global',
          'cycle_period_seconds:300',
          'cycling_mode:none',
          'RC_rel_id:12',
          'RC_rel_name:rcrel_data1',
          'RC_rel_id:13',
          'RC_rel_name:rcrel_data2',
          '',
        ].join('\n'),
      ),
    );
  });
});
