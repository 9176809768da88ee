import { describe, expect, it } from 'vitest';
import { okOut } from '../test-support/storage-console';
import { svcWithGroup } from '../test-support/svc-setup';
import { lsvdisk } from './lsvdisk';
import { prestartfcconsistgrp } from './prestartfcconsistgrp';

describe('lsvdisk', () => {
  it('lists vdisks with their UID and FlashCopy mapping, targets offline while prepared', () => {
    const svc = svcWithGroup(0);
    svc.run(prestartfcconsistgrp, 'fccg_aixprd');
    expect(svc.run(lsvdisk, '-delim :')).toEqual(
      okOut(
        'id:name:IO_group_id:IO_group_name:status:mdisk_grp_id:mdisk_grp_name:capacity:type:FC_id:FC_name:RC_id:RC_name:vdisk_UID:fc_map_count:copy_count:fast_write_state:se_copy_count:RC_change\n' +
          '12:aixprd_data1:0:io_grp0:online:0:mdiskgrp0:10.00GB:striped:0:fcmap_data1:::60050768018180D0000000000000000C:1:1:empty:0:no\n' +
          '13:aixprd_data2:0:io_grp0:online:0:mdiskgrp0:10.00GB:striped:1:fcmap_data2:::60050768018180D0000000000000000D:1:1:empty:0:no\n' +
          '40:aixfc_data1:0:io_grp0:offline:0:mdiskgrp0:10.00GB:striped:0:fcmap_data1:::60050768018180D00000000000000028:1:1:empty:0:no\n' +
          '41:aixfc_data2:0:io_grp0:offline:0:mdiskgrp0:10.00GB:striped:1:fcmap_data2:::60050768018180D00000000000000029:1:1:empty:0:no\n',
      ),
    );
  });

  it('shows one vdisk as attribute lines and `many` for several mappings', () => {
    const svc = svcWithGroup(0);
    svc.storage.createVolume({ id: '50', name: 'aixfc2_data1', sizeGb: 10 });
    svc.storage.mkfcmap({ source: '12', target: '50', copyrate: 0, autodelete: false, incremental: false });
    const lines = svc.run(lsvdisk, 'aixprd_data1').stdout.split('\n');
    expect(lines.slice(0, 2)).toEqual(['id 12', 'name aixprd_data1']);
    expect(lines.filter((l) => l.startsWith('FC_') || l.startsWith('fc_map_count'))).toEqual([
      'FC_id many',
      'FC_name many',
      'fc_map_count 2',
    ]);
  });
});
