import { describe, expect, it } from 'vitest';
import { okOut, svcConsole } from '../test-support/storage-console';
import { lsvdisk } from './lsvdisk';
import { mkvdisk } from './mkvdisk';

const error = (stderr: string) => ({ stdout: '', stderr: `${stderr}\n`, exitCode: 1 });

describe('mkvdisk', () => {
  it('creates the next vdisk id, blank, with its size in the unit given', () => {
    const svc = svcConsole();
    expect(svc.run(mkvdisk, '-mdiskgrp mdiskgrp0 -iogrp 0 -size 10 -unit gb -name aixfc_log')).toEqual(
      okOut('Virtual Disk, id [42], successfully created\n'),
    );
    expect(svc.run(mkvdisk, '-mdiskgrp 0 -iogrp io_grp0 -size 2048')).toEqual(
      okOut('Virtual Disk, id [43], successfully created\n'),
    );
    expect(svc.run(lsvdisk, '-nohdr -delim : -filtervalue id=4*').stdout).toBe(
      '40:aixfc_data1:0:io_grp0:online:0:mdiskgrp0:10.00GB:striped:::::60050768018180D00000000000000028:0:1:empty:0:no\n' +
        '41:aixfc_data2:0:io_grp0:online:0:mdiskgrp0:10.00GB:striped:::::60050768018180D00000000000000029:0:1:empty:0:no\n' +
        '42:aixfc_log:0:io_grp0:online:0:mdiskgrp0:10.00GB:striped:::::60050768018180D0000000000000002A:0:1:empty:0:no\n' +
        '43:vdisk43:0:io_grp0:online:0:mdiskgrp0:2.00GB:striped:::::60050768018180D0000000000000002B:0:1:empty:0:no\n',
    );
    expect(svc.storage.read('42')).toBe('');
  });

  it('refuses missing parameters, unknown pools, bad sizes, names SVC does not allow and names in use', () => {
    const svc = svcConsole();
    expect(svc.run(mkvdisk, '-mdiskgrp 0 -size 10')).toEqual(
      error('CMMVC5707E Required parameters are missing.'),
    );
    expect(svc.run(mkvdisk, '-mdiskgrp Pool9 -iogrp 0 -size 10')).toEqual(
      error(
        'CMMVC5754E The specified object does not exist, or the name supplied does not meet the naming rules.',
      ),
    );
    expect(svc.run(mkvdisk, '-mdiskgrp 0 -iogrp 0 -size ten')).toEqual(
      error('CMMVC5711E [ten] is not valid data.'),
    );
    expect(svc.run(mkvdisk, '-mdiskgrp 0 -iogrp 0 -size 10 -unit xb')).toEqual(
      error('CMMVC5711E [xb] is not valid data.'),
    );
    // An SVC name starts with a letter or "_" (the same rule as the runbook's group names).
    expect(svc.run(mkvdisk, '-mdiskgrp 0 -iogrp 0 -size 10 -name 1data')).toEqual(
      error(
        'CMMVC6527E The name that you have entered is not valid. The name can contain letters, numbers, spaces, periods, dashes, and underscores. The name must begin with a letter or an underscore. The name must not begin or end with a space.',
      ),
    );
    expect(svc.run(mkvdisk, '-mdiskgrp 0 -iogrp 0 -size 10 -name aixfc_data1')).toEqual(
      error('CMMVC6035E The action failed as the object already exists.'),
    );
  });
});
