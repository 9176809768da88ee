import { describe, expect, it } from 'vitest';
import { okOut } from '../test-support/storage-console';
import { svcWithGroup } from '../test-support/svc-setup';
import { lsfcconsistgrp } from './lsfcconsistgrp';
import { prestartfcconsistgrp } from './prestartfcconsistgrp';
import { startfcconsistgrp } from './startfcconsistgrp';

const error = (stderr: string) => ({ stdout: '', stderr: `${stderr}\n`, exitCode: 1 });
const NOT_CHANGED =
  'CMMVC5903E The FlashCopy mapping was not changed because the mapping or consistency group is another state.';

describe('startfcconsistgrp / prestartfcconsistgrp', () => {
  it('with -prep starts every mapping at one instant, silently', () => {
    const svc = svcWithGroup(0);
    svc.storage.write('12', 'A1');
    expect(svc.run(startfcconsistgrp, '-prep fccg_aixprd')).toEqual(okOut(''));
    svc.storage.write('13', 'B1');
    expect([svc.storage.read('40'), svc.storage.read('41')]).toEqual(['A1', 'B0']);
    expect(svc.run(lsfcconsistgrp, '-delim : fccg_aixprd').stdout).toBe(
      'id:1\nname:fccg_aixprd\nstatus:copying\nautodelete:off\nstart_time:260714101502\n' +
        'FC_mapping_id:0\nFC_mapping_name:fcmap_data1\nFC_mapping_id:1\nFC_mapping_name:fcmap_data2\n',
    );
  });

  it('needs the group prepared first without -prep; prepared targets are offline until the start', () => {
    const svc = svcWithGroup(50);
    expect(svc.run(startfcconsistgrp, 'fccg_aixprd')).toEqual(error(NOT_CHANGED));
    expect(svc.run(prestartfcconsistgrp, '1')).toEqual(okOut(''));
    expect(svc.run(lsfcconsistgrp, '-delim :').stdout).toBe('id:name:status\n1:fccg_aixprd:prepared\n');
    expect(svc.storage.isHostReadable('40')).toBe(false);
    expect(svc.run(startfcconsistgrp, 'fccg_aixprd')).toEqual(okOut(''));
    expect(svc.storage.isHostReadable('40')).toBe(true);
  });

  it('refuses to start a copying group again and names missing or unknown groups', () => {
    const svc = svcWithGroup(0);
    svc.run(startfcconsistgrp, '-prep fccg_aixprd');
    expect(svc.run(startfcconsistgrp, '-prep fccg_aixprd')).toEqual(error(NOT_CHANGED));
    expect(svc.run(startfcconsistgrp, '-prep')).toEqual(error('CMMVC5701E No object ID was specified.'));
    expect(svc.run(startfcconsistgrp, '-prep nosuch')).toEqual(
      error('CMMVC5753E The specified object does not exist or is not a suitable candidate.'),
    );
    expect(svc.run(startfcconsistgrp, '-prepare fccg_aixprd')).toEqual(
      error('CMMVC5709E [-prepare] is not a supported parameter.'),
    );
  });
});
