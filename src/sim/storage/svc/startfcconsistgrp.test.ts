import { describe, expect, it } from 'vitest';
import { okOut, svcConsole } from '../test-support/storage-console';
import { svcWithGroup } from '../test-support/svc-setup';
import { lsfcconsistgrp } from './lsfcconsistgrp';
import { lsfcmap } from './lsfcmap';
import { mkfcconsistgrp } from './mkfcconsistgrp';
import { mkfcmap } from './mkfcmap';
import { prestartfcconsistgrp } from './prestartfcconsistgrp';
import { startfcconsistgrp } from './startfcconsistgrp';

const error = (stderr: string) => ({ stdout: '', stderr: `${stderr}\n`, exitCode: 1 });
const NOT_CHANGED =
  'CMMVC5903E The FlashCopy mapping was not changed because the mapping or consistency group is another state.';

describe('startfcconsistgrp / prestartfcconsistgrp', () => {
  it('with -prep starts every mapping at one instant, silently, once the cache flush is done', () => {
    const svc = svcWithGroup(0);
    svc.storage.write('12', 'A1');
    const before = svc.now();
    expect(svc.run(startfcconsistgrp, '-prep fccg_aixprd')).toEqual(okOut(''));
    // The command returns after the cache flush of 20 GiB of sources: one second.
    expect(svc.now() - before).toBe(1);
    svc.storage.write('13', 'B1');
    expect([svc.storage.read('40'), svc.storage.read('41')]).toEqual(['A1', 'B0']);
    expect(svc.run(lsfcconsistgrp, '-delim : fccg_aixprd').stdout).toBe(
      'id:1\nname:fccg_aixprd\nstatus:copying\nautodelete:off\nstart_time:260714101503\n' +
        'FC_mapping_id:0\nFC_mapping_name:fcmap_data1\nFC_mapping_id:1\nFC_mapping_name:fcmap_data2\n',
    );
  });

  it('needs the group prepared first without -prep; prepared targets are offline until the start', () => {
    const svc = svcWithGroup(50);
    expect(svc.run(startfcconsistgrp, 'fccg_aixprd')).toEqual(error(NOT_CHANGED));
    expect(svc.run(prestartfcconsistgrp, '1')).toEqual(okOut(''));
    // The cache flush of 20 GiB of sources takes a second: preparing until then, and not startable.
    expect(svc.run(lsfcconsistgrp, '-delim :').stdout).toBe('id:name:status\n1:fccg_aixprd:preparing\n');
    expect(svc.run(startfcconsistgrp, 'fccg_aixprd')).toEqual(error(NOT_CHANGED));
    svc.advance(1);
    expect(svc.run(lsfcconsistgrp, '-delim :').stdout).toBe('id:name:status\n1:fccg_aixprd:prepared\n');
    expect(svc.storage.isHostReadable('40')).toBe(false);
    expect(svc.run(startfcconsistgrp, 'fccg_aixprd')).toEqual(okOut(''));
    expect(svc.storage.isHostReadable('40')).toBe(true);
  });

  it('restarts incremental mappings with only the grains changed since their last complete copy', () => {
    const svc = svcConsole();
    svc.run(mkfcconsistgrp, '-name fccg_inc');
    svc.run(mkfcmap, '-source 12 -target 40 -name inc1 -consistgrp fccg_inc -copyrate 50 -incremental');
    svc.run(mkfcmap, '-source 13 -target 41 -name full1 -consistgrp fccg_inc -copyrate 50');
    svc.run(startfcconsistgrp, '-prep fccg_inc');
    // copyrate 50 copies 2 MiB/s: 10 GiB in 5120 s; both copies finish and the group goes idle_or_copied.
    svc.advance(5120);
    const progress = () => svc.run(lsfcmap, '-nohdr -delim : -filtervalue group_name=fccg_inc').stdout;
    expect(svc.run(lsfcconsistgrp, '-nohdr -delim :').stdout).toBe('1:fccg_inc:idle_or_copied\n');
    expect(svc.run(startfcconsistgrp, '-prep fccg_inc')).toEqual(okOut(''));
    // The incremental mapping recopies the changed tenth only; the other mapping starts again from 0.
    expect(progress()).toMatch(/inc1:.*:copying:90:50:100:on:/);
    expect(progress()).toMatch(/full1:.*:copying:0:50:100:off:/);
    svc.advance(512);
    expect(progress()).toMatch(/inc1:.*:idle_or_copied:100:50:100:on:/);
    expect(progress()).toMatch(/full1:.*:copying:10:50:100:off:/);
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
