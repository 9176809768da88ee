import { describe, expect, it } from 'vitest';
import { okOut, svcConsole } from '../test-support/storage-console';
import { lsvdiskhostmap } from './lsvdiskhostmap';
import { rmvdiskhostmap } from './rmvdiskhostmap';

describe('lsvdiskhostmap', () => {
  it('lists the hosts that see a vdisk, then nothing once rmvdiskhostmap took its last mapping', () => {
    const svc = svcConsole();
    svc.storage.mapToHost('12', 'aixprd');
    svc.storage.mapToHost('40', 'aixprd');
    svc.storage.mapToHost('40', 'aixbkp');
    expect(svc.run(lsvdiskhostmap, 'aixfc_data1')).toEqual(
      okOut(
        'id name        SCSI_id host_id host_name vdisk_UID                        IO_group_id IO_group_name\n' +
          '40 aixfc_data1 1       0       aixprd    60050768018180D00000000000000028 0           io_grp0\n' +
          '40 aixfc_data1 0       1       aixbkp    60050768018180D00000000000000028 0           io_grp0\n',
      ),
    );
    expect(svc.run(lsvdiskhostmap, '-nohdr -delim : -filtervalue host_name=aixbkp 40')).toEqual(
      okOut('40:aixfc_data1:0:1:aixbkp:60050768018180D00000000000000028:0:io_grp0\n'),
    );
    expect(svc.run(rmvdiskhostmap, '-host aixprd 40')).toEqual(okOut(''));
    expect(svc.run(rmvdiskhostmap, '-host aixbkp aixfc_data1')).toEqual(okOut(''));
    expect(svc.run(lsvdiskhostmap, '40')).toEqual(okOut(''));
  });

  it('needs a vdisk that exists', () => {
    const svc = svcConsole();
    expect([svc.run(lsvdiskhostmap, ''), svc.run(lsvdiskhostmap, 'aixfc_data9')]).toEqual([
      { stdout: '', stderr: 'CMMVC5701E No object ID was specified.\n', exitCode: 1 },
      {
        stdout: '',
        stderr:
          'CMMVC5754E The specified object does not exist, or the name supplied does not meet the naming rules.\n',
        exitCode: 1,
      },
    ]);
  });
});
