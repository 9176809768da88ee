import { describe, expect, it } from 'vitest';
import { okOut } from '../test-support/storage-console';
import { svcWithGroup } from '../test-support/svc-setup';
import { lsfcconsistgrp } from './lsfcconsistgrp';
import { lsfcmap } from './lsfcmap';
import { rmfcconsistgrp } from './rmfcconsistgrp';
import { rmfcmap } from './rmfcmap';
import { startfcconsistgrp } from './startfcconsistgrp';
import { stopfcconsistgrp } from './stopfcconsistgrp';

const NOT_CHANGED =
  'CMMVC5903E The FlashCopy mapping was not changed because the mapping or consistency group is another state.\n';

describe('rmfcmap / rmfcconsistgrp', () => {
  it('remove idle mappings and then the empty group', () => {
    const svc = svcWithGroup(0);
    expect(svc.run(rmfcconsistgrp, 'fccg_aixprd')).toEqual({ stdout: '', stderr: NOT_CHANGED, exitCode: 1 });
    expect(svc.run(rmfcmap, 'fcmap_data1')).toEqual(okOut(''));
    expect(svc.run(rmfcmap, '1')).toEqual(okOut(''));
    expect(svc.run(rmfcconsistgrp, 'fccg_aixprd')).toEqual(okOut(''));
    expect([svc.run(lsfcmap, '').stdout, svc.run(lsfcconsistgrp, '').stdout]).toEqual(['', '']);
  });

  it('refuse a copying mapping even with -force; a stopped one needs -force and its target then holds no image', () => {
    const svc = svcWithGroup(0);
    svc.run(startfcconsistgrp, '-prep fccg_aixprd');
    expect(svc.run(rmfcmap, '-force fcmap_data1')).toEqual({ stdout: '', stderr: NOT_CHANGED, exitCode: 1 });
    svc.run(stopfcconsistgrp, 'fccg_aixprd');
    expect(svc.run(rmfcmap, 'fcmap_data1')).toEqual({ stdout: '', stderr: NOT_CHANGED, exitCode: 1 });
    expect(svc.run(rmfcmap, '-force fcmap_data1')).toEqual(okOut(''));
    expect([svc.storage.read('40'), svc.storage.isHostReadable('40')]).toEqual(['', true]);
    expect(svc.storage.isHostReadable('41')).toBe(false);
  });

  it('with -force delete a group and leave its mappings stand-alone', () => {
    const svc = svcWithGroup(50);
    expect(svc.run(rmfcconsistgrp, '-force fccg_aixprd')).toEqual(okOut(''));
    expect(
      svc.run(lsfcmap, '-nohdr -delim : -filtervalue group_name=').stdout.split('\n').filter(Boolean),
    ).toHaveLength(2);
  });
});
