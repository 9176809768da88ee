import { describe, expect, it } from 'vitest';
import { okOut, svcConsole } from '../test-support/storage-console';
import { lsfcconsistgrp } from './lsfcconsistgrp';
import { mkfcconsistgrp } from './mkfcconsistgrp';

describe('mkfcconsistgrp', () => {
  it('creates groups numbered from 1, named fccstgrp<id> by default, empty at first', () => {
    const svc = svcConsole();
    expect(svc.run(mkfcconsistgrp, '-name fccg_aixprd')).toEqual(
      okOut('FlashCopy Consistency Group, id [1], successfully created\n'),
    );
    expect(svc.run(mkfcconsistgrp, '-autodelete')).toEqual(
      okOut('FlashCopy Consistency Group, id [2], successfully created\n'),
    );
    expect(svc.run(lsfcconsistgrp, '-delim :')).toEqual(
      okOut('id:name:status\n1:fccg_aixprd:empty\n2:fccstgrp2:empty\n'),
    );
  });

  it('refuses a name in use, a name that breaks the naming rules and unknown parameters', () => {
    const svc = svcConsole();
    svc.run(mkfcconsistgrp, '-name fccg_aixprd');
    const error = (stderr: string) => ({ stdout: '', stderr: `${stderr}\n`, exitCode: 1 });
    expect(svc.run(mkfcconsistgrp, '-name fccg_aixprd')).toEqual(
      error('CMMVC6035E The action failed as the object already exists.'),
    );
    expect(svc.run(mkfcconsistgrp, '-name 1cg').stderr).toMatch(
      /^CMMVC6527E The name that you have entered is not valid\./,
    );
    expect(svc.run(mkfcconsistgrp, '-nmae cg')).toEqual(
      error('CMMVC5709E [-nmae] is not a supported parameter.'),
    );
    expect(svc.run(mkfcconsistgrp, '-name')).toEqual(error('CMMVC5707E Required parameters are missing.'));
  });
});
