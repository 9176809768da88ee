import { describe, expect, it } from 'vitest';
import { okOut, svcConsole } from '../test-support/storage-console';
import { lsfcmap } from './lsfcmap';
import { mkfcconsistgrp } from './mkfcconsistgrp';
import { mkfcmap } from './mkfcmap';
import { startfcconsistgrp } from './startfcconsistgrp';

const error = (stderr: string) => ({ stdout: '', stderr: `${stderr}\n`, exitCode: 1 });

describe('mkfcmap', () => {
  it('creates mappings numbered from 0, idle_or_copied, leaving the target untouched', () => {
    const svc = svcConsole();
    svc.run(mkfcconsistgrp, '-name fccg_aixprd');
    expect(
      svc.run(mkfcmap, '-source aixprd_data1 -target aixfc_data1 -consistgrp fccg_aixprd -copyrate 0'),
    ).toEqual(okOut('FlashCopy Mapping, id [0], successfully created\n'));
    expect(svc.run(mkfcmap, '-source 13 -target 41')).toEqual(
      okOut('FlashCopy Mapping, id [1], successfully created\n'),
    );
    expect(svc.run(lsfcmap, '-delim : -nohdr')).toEqual(
      okOut(
        '0:fcmap0:12:aixprd_data1:40:aixfc_data1:1:fccg_aixprd:idle_or_copied:0:0:100:off:::no::no\n' +
          '1:fcmap1:13:aixprd_data2:41:aixfc_data2:::idle_or_copied:0:50:100:off:::no::no\n',
      ),
    );
    expect(svc.storage.read('40')).toBe('');
  });

  it('gives the SVC errors for missing, unknown, equal and differently sized vdisks', () => {
    const svc = svcConsole();
    svc.storage.createVolume({ id: '42', name: 'aixfc_small', sizeGb: 5 });
    expect(svc.run(mkfcmap, '-source aixprd_data1')).toEqual(
      error('CMMVC5707E Required parameters are missing.'),
    );
    expect(svc.run(mkfcmap, '-source nosuch -target 40')).toEqual(
      error(
        'CMMVC5754E The specified object does not exist, or the name supplied does not meet the naming rules.',
      ),
    );
    expect(svc.run(mkfcmap, '-source 12 -target aixprd_data1')).toEqual(
      error('CMMVC6303E The create failed because the source and target VDisks are the same.'),
    );
    expect(svc.run(mkfcmap, '-source 12 -target 42')).toEqual(
      error(
        'CMMVC5924E The FlashCopy mapping was not created because the source and target virtual disks (VDisks) are different sizes.',
      ),
    );
    expect(svc.run(mkfcmap, '-source 12 -target 40 -copyrate 151')).toEqual(
      error('CMMVC5711E [151] is not valid data.'),
    );
    expect(svc.run(mkfcmap, '-source 12 -target 40 -grainsize 128')).toEqual(
      error('CMMVC5711E [128] is not valid data.'),
    );
  });

  it('refuses a second mapping onto the same target and a group that is already copying', () => {
    const svc = svcConsole();
    svc.run(mkfcconsistgrp, '-name cg');
    svc.run(mkfcmap, '-source 12 -target 40 -consistgrp cg');
    expect(svc.run(mkfcmap, '-source 13 -target 40').stderr).toMatch(/^CMMVC5921E /);
    svc.run(startfcconsistgrp, '-prep cg');
    expect(svc.run(mkfcmap, '-source 13 -target 41 -consistgrp cg')).toEqual(
      error(
        'CMMVC5903E The FlashCopy mapping was not changed because the mapping or consistency group is another state.',
      ),
    );
  });
});
