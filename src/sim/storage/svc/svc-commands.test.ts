import { describe, expect, it } from 'vitest';
import { okOut, svcConsole } from '../test-support/storage-console';
import { svcinfo, svctask } from './svc-commands';

describe('svctask / svcinfo', () => {
  it('run the command named after the prefix', () => {
    const svc = svcConsole();
    expect(svc.run(svctask, 'mkfcconsistgrp -name fccg_aixprd')).toEqual(
      okOut('FlashCopy Consistency Group, id [1], successfully created\n'),
    );
    expect(svc.run(svcinfo, 'lsfcconsistgrp -delim :')).toEqual(
      okOut('id:name:status\n1:fccg_aixprd:empty\n'),
    );
  });

  it('refuse an action the CLI does not know', () => {
    const svc = svcConsole();
    expect(svc.run(svctask, 'mkflash 1000:1100')).toEqual({
      stdout: '',
      stderr: 'CMMVC6051E An unsupported action was selected.\n',
      exitCode: 1,
    });
  });
});
