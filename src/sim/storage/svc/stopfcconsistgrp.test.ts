import { describe, expect, it } from 'vitest';
import { okOut } from '../test-support/storage-console';
import { svcWithGroup } from '../test-support/svc-setup';
import { lsfcmap } from './lsfcmap';
import { startfcconsistgrp } from './startfcconsistgrp';
import { stopfcconsistgrp } from './stopfcconsistgrp';

describe('stopfcconsistgrp', () => {
  it('stops a snapshot group: targets offline until the next start, which takes a new point in time', () => {
    const svc = svcWithGroup(0);
    svc.run(startfcconsistgrp, '-prep fccg_aixprd');
    expect(svc.run(stopfcconsistgrp, 'fccg_aixprd')).toEqual(okOut(''));
    expect(svc.run(lsfcmap, '-filtervalue status=stopped -delim : -nohdr').stdout.split('\n').length).toBe(3);
    expect(svc.storage.isHostReadable('40')).toBe(false);
    svc.storage.write('12', 'A2');
    svc.advance(3600);
    svc.run(startfcconsistgrp, '-prep fccg_aixprd');
    expect([svc.storage.read('40'), svc.storage.isHostReadable('40')]).toEqual(['A2', true]);
  });

  it('leaves a fully copied group idle_or_copied, and refuses to stop it again', () => {
    const svc = svcWithGroup(100);
    svc.run(startfcconsistgrp, '-prep fccg_aixprd');
    // copyrate 100 = 64 MiB/s: 10 GiB in 160 s.
    svc.advance(160);
    expect(svc.run(stopfcconsistgrp, 'fccg_aixprd')).toEqual({
      stdout: '',
      stderr:
        'CMMVC5903E The FlashCopy mapping was not changed because the mapping or consistency group is another state.\n',
      exitCode: 1,
    });
    expect(svc.storage.isHostReadable('40')).toBe(true);
  });

  it('refuses -force with -split', () => {
    const svc = svcWithGroup(0);
    svc.run(startfcconsistgrp, '-prep fccg_aixprd');
    expect(svc.run(stopfcconsistgrp, '-force -split fccg_aixprd')).toEqual({
      stdout: '',
      stderr: 'CMMVC5713E Some parameters are mutually exclusive.\n',
      exitCode: 1,
    });
  });
});
