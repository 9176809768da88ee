import { describe, expect, it } from 'vitest';
import { okOut, svcConsole } from '../test-support/storage-console';
import { svcWithGroup } from '../test-support/svc-setup';
import { lsfcmap } from './lsfcmap';
import { startfcconsistgrp } from './startfcconsistgrp';

describe('lsfcmap', () => {
  it('shows the concise view aligned, with progress and start time while copying', () => {
    const svc = svcWithGroup(50);
    svc.run(startfcconsistgrp, '-prep fccg_aixprd');
    svc.advance(1920);
    expect(svc.run(lsfcmap, '')).toEqual(
      okOut(
        'id name        source_vdisk_id source_vdisk_name target_vdisk_id target_vdisk_name group_id group_name  status  progress copy_rate clean_progress incremental partner_FC_id partner_FC_name restoring start_time   rc_controlled\n' +
          '0  fcmap_data1 12              aixprd_data1      40              aixfc_data1       1        fccg_aixprd copying 37       50        100            off                                       no        260714101503 no\n' +
          '1  fcmap_data2 13              aixprd_data2      41              aixfc_data2       1        fccg_aixprd copying 37       50        100            off                                       no        260714101503 no\n',
      ),
    );
  });

  it('shows one mapping in the detailed view', () => {
    const svc = svcWithGroup(0);
    expect(svc.run(lsfcmap, 'fcmap_data2')).toEqual(
      okOut(
        [
          'id 1',
          'name fcmap_data2',
          'source_vdisk_id 13',
          'source_vdisk_name aixprd_data2',
          'target_vdisk_id 41',
          'target_vdisk_name aixfc_data2',
          'group_id 1',
          'group_name fccg_aixprd',
          'status idle_or_copied',
          'progress 0',
          'copy_rate 0',
          'start_time ',
          'dependent_mappings 0',
          'autodelete off',
          'clean_progress 100',
          'clean_rate 50',
          'incremental off',
          'difference 100',
          'grain_size 256',
          'IO_group_id 0',
          'IO_group_name io_grp0',
          'partner_FC_id ',
          'partner_FC_name ',
          'restoring no',
          'rc_controlled no',
          '',
        ].join('\n'),
      ),
    );
  });

  it('filters by any column, prints nothing when there is nothing, and names unknown objects', () => {
    const svc = svcWithGroup(0);
    expect(svc.run(lsfcmap, '-filtervalue name=fcmap_data2 -nohdr -delim ,').stdout).toBe(
      '1,fcmap_data2,13,aixprd_data2,41,aixfc_data2,1,fccg_aixprd,idle_or_copied,0,0,100,off,,,no,,no\n',
    );
    expect(svc.run(lsfcmap, '-filtervalue name=fcmap*:target_vdisk_id=40 -nohdr -delim :').stdout).toMatch(
      /^0:fcmap_data1:/,
    );
    expect(svcConsole().run(lsfcmap, '')).toEqual(okOut(''));
    expect(svc.run(lsfcmap, '-filtervalue colour=red')).toEqual({
      stdout: '',
      stderr: 'CMMVC5711E [colour=red] is not valid data.\n',
      exitCode: 1,
    });
    expect(svc.run(lsfcmap, '9').stderr).toBe(
      'CMMVC5754E The specified object does not exist, or the name supplied does not meet the naming rules.\n',
    );
  });
});
