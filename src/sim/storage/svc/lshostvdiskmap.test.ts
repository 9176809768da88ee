import { describe, expect, it } from 'vitest';
import { okOut, svcConsole } from '../test-support/storage-console';
import { lshostvdiskmap } from './lshostvdiskmap';

describe('lshostvdiskmap', () => {
  it('lists the vdisks each host sees with their SCSI ids, hosts numbered in the order they were defined', () => {
    const svc = svcConsole();
    svc.storage.mapToHost('12', 'aixprd');
    svc.storage.mapToHost('13', 'aixprd');
    svc.storage.mapToHost('40', 'aixbkp');
    expect(svc.run(lshostvdiskmap, '')).toEqual(
      okOut(
        'id name   SCSI_id vdisk_id vdisk_name   vdisk_UID\n' +
          '0  aixprd 0       12       aixprd_data1 60050768018180D0000000000000000C\n' +
          '0  aixprd 1       13       aixprd_data2 60050768018180D0000000000000000D\n' +
          '1  aixbkp 0       40       aixfc_data1  60050768018180D00000000000000028\n',
      ),
    );
    expect(svc.run(lshostvdiskmap, '-nohdr -delim : aixbkp')).toEqual(
      okOut('1:aixbkp:0:40:aixfc_data1:60050768018180D00000000000000028\n'),
    );
    expect(svc.run(lshostvdiskmap, 'aixdr')).toEqual({
      stdout: '',
      stderr:
        'CMMVC5754E The specified object does not exist, or the name supplied does not meet the naming rules.\n',
      exitCode: 1,
    });
  });
});
