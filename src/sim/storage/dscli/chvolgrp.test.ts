import { describe, expect, it } from 'vitest';
import { dsConsole, okOut } from '../test-support/storage-console';
import { chvolgrp } from './chvolgrp';
import { lsvolgrp } from './lsvolgrp';
import { mkfbvol } from './mkfbvol';
import { showvolgrp } from './showvolgrp';

/** The production host's volume group V0 holding the source LUNs 1000-1001. */
function withHost() {
  const ds = dsConsole();
  ds.storage.mapToHost('1000', 'aixprod01');
  ds.storage.mapToHost('1001', 'aixprod01');
  ds.storage.addHost('aixbkp01');
  return ds;
}

describe('dscli chvolgrp / lsvolgrp / showvolgrp', () => {
  it('adds the target LUNs to the host volume group, so the host sees them at the next LUNs', () => {
    const ds = withHost();
    expect(ds.run(chvolgrp, '-dev IBM.2107-75ABCD1 -action add -volume 1100-1101 V0')).toEqual(
      okOut('CMUC00031I chvolgrp: Volume group V0 successfully modified.\n'),
    );
    expect(ds.storage.volumesMappedTo('aixprod01').map((l) => `${l.lun}:${l.volumeId}`)).toEqual([
      '0:1000',
      '1:1001',
      '2:1100',
      '3:1101',
    ]);
    expect(ds.run(showvolgrp, 'V0')).toEqual(
      okOut('Name aixprod01\nID   V0\nType SCSI Mask\nVols 1000 1001 1100 1101\n'),
    );
    expect(ds.run(lsvolgrp, '')).toEqual(
      okOut('Name      ID Type\n======================\naixprod01 V0 SCSI Mask\naixbkp01  V1 SCSI Mask\n'),
    );
  });

  it('removes and replaces volumes; mkfbvol -volgrp maps new volumes at once', () => {
    const ds = withHost();
    ds.run(mkfbvol, '-extpool P1 -cap 10 -volgrp V1 1102');
    ds.run(chvolgrp, '-action replace -volume 1100,1101 V1');
    expect(ds.run(showvolgrp, 'V1').stdout).toBe('Name aixbkp01\nID   V1\nType SCSI Mask\nVols 1100 1101\n');
    ds.run(chvolgrp, '-action remove -volume 1100 V1');
    expect(ds.storage.volumesMappedTo('aixbkp01').map((l) => l.volumeId)).toEqual(['1101']);
  });

  it('names unknown groups and volumes, and a missing -action', () => {
    const ds = withHost();
    expect(ds.run(chvolgrp, '-action add -volume 1100 V7')).toEqual({
      stdout: '',
      stderr: 'CMUN03005E chvolgrp: V7: The object does not exist.\n',
      exitCode: 4,
    });
    expect(ds.run(chvolgrp, '-action add -volume 2000 V0').stderr).toBe(
      'CMUN03005E chvolgrp: 2000: The volume does not exist.\n',
    );
    expect(ds.run(chvolgrp, '-volume 1100 V0').stderr).toBe(
      'CMUC00013E chvolgrp: Missing required parameter: -action.\n',
    );
    expect(ds.run(showvolgrp, '').stderr).toBe(
      'CMUC00013E showvolgrp: Missing required parameter: Volume_Group_ID.\n',
    );
  });
});
