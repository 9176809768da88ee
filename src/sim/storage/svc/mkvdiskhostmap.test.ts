import { describe, expect, it } from 'vitest';
import { okOut, svcConsole } from '../test-support/storage-console';
import { lshost } from './lshost';
import { mkvdiskhostmap } from './mkvdiskhostmap';
import { rmvdiskhostmap } from './rmvdiskhostmap';

const error = (stderr: string) => ({ stdout: '', stderr: `${stderr}\n`, exitCode: 1 });

describe('mkvdiskhostmap / rmvdiskhostmap / lshost', () => {
  it('maps target vdisks to the host at the next SCSI ids, which the host then sees', () => {
    const svc = svcConsole();
    svc.storage.addHost('aixprod01');
    svc.storage.mapToHost('12', 'aixprod01');
    expect(svc.run(mkvdiskhostmap, '-host aixprod01 aixfc_data1')).toEqual(
      okOut('Virtual Disk to Host map, id [1], successfully created\n'),
    );
    expect(svc.run(mkvdiskhostmap, '-host 0 -scsi 7 41')).toEqual(
      okOut('Virtual Disk to Host map, id [7], successfully created\n'),
    );
    expect(svc.storage.volumesMappedTo('aixprod01').map((l) => `${l.lun}:${l.volumeId}`)).toEqual([
      '0:12',
      '1:40',
      '7:41',
    ]);
    expect(svc.run(lshost, '')).toEqual(
      okOut('id name      port_count iogrp_count status\n0  aixprod01 2          4           online\n'),
    );
    expect(svc.run(rmvdiskhostmap, '-host aixprod01 41')).toEqual(okOut(''));
    expect(svc.storage.volumesMappedTo('aixprod01').map((l) => l.volumeId)).toEqual(['12', '40']);
  });

  it('needs -force to map a vdisk to a second host, and a free SCSI id', () => {
    const svc = svcConsole();
    svc.storage.addHost('aixprod01');
    svc.storage.addHost('aixbkp01');
    svc.run(mkvdiskhostmap, '-host aixprod01 40');
    const mapped =
      'CMMVC6071E The VDisk-to-host mapping was not created because the VDisk is already mapped to a host.';
    expect(svc.run(mkvdiskhostmap, '-host aixbkp01 40')).toEqual(error(mapped));
    expect(svc.run(mkvdiskhostmap, '-host aixprod01 40')).toEqual(error(mapped));
    expect(svc.run(mkvdiskhostmap, '-force -host aixbkp01 40')).toEqual(
      okOut('Virtual Disk to Host map, id [0], successfully created\n'),
    );
    expect(svc.run(mkvdiskhostmap, '-host aixbkp01 -scsi 0 41')).toEqual(
      error(
        'CMMVC5879E The VDisk-to-host mapping was not created because a VDisk is already mapped to this host with this SCSI LUN.',
      ),
    );
  });

  it('names unknown hosts and vdisks, and mappings that do not exist', () => {
    const svc = svcConsole();
    expect(svc.run(mkvdiskhostmap, '-host aixdr01 40')).toEqual(
      error(
        'CMMVC5754E The specified object does not exist, or the name supplied does not meet the naming rules.',
      ),
    );
    expect(svc.run(mkvdiskhostmap, '-host aixdr01')).toEqual(error('CMMVC5701E No object ID was specified.'));
    expect(svc.run(rmvdiskhostmap, '-host 0 40')).toEqual(
      error('CMMVC5753E The specified object does not exist or is not a suitable candidate.'),
    );
  });
});
