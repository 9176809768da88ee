import { describe, expect, it } from 'vitest';
import { globalMirrorConsole } from '../test-support/global-mirror-setup';
import { dsConsole, errOut, okOut } from '../test-support/storage-console';
import { chsession } from './chsession';
import { lssession } from './lssession';
import { mksession } from './mksession';

const HEADER =
  'LSSID Session Status Volume VolumeStatus PrimaryStatus        SecondaryStatus   FirstPassComplete AllowCascading\n' +
  '================================================================================================================\n';

describe('dscli mksession, chsession, lssession', () => {
  it('opens a session, adds the Global Copy primaries, and lists them Join Pending until the first pass is done', () => {
    const ds = dsConsole();
    expect(ds.run(mksession, '-dev IBM.2107-75ABCD1 -lss 10 01')).toEqual(
      okOut('CMUC00145I mksession: Session 01 opened successfully.\n'),
    );
    expect(ds.run(lssession, '10').stdout).toBe(
      'LSSID Session Status Volume VolumeStatus PrimaryStatus SecondaryStatus FirstPassComplete AllowCascading\n' +
        '=======================================================================================================\n' +
        '10    01      Normal -      -            -             -               -                 Disable\n',
    );
    const gm = globalMirrorConsole(false);
    expect(gm.run(lssession, '10').stdout).toBe(
      HEADER +
        '10    01      Normal 1000   Join Pending Primary Copy Pending Secondary Simplex False             Disable\n' +
        '10    01      Normal 1001   Join Pending Primary Copy Pending Secondary Simplex False             Disable\n',
    );
    gm.advance(110);
    expect(gm.run(chsession, '-lss 10 -action remove -volume 1001 01')).toEqual(
      okOut('CMUC00147I chsession: Session 01 successfully modified.\n'),
    );
    expect(gm.run(lssession, '10').stdout).toBe(
      HEADER +
        '10    01      Normal 1000   Active       Primary Copy Pending Secondary Simplex True              Disable\n',
    );
  });

  it('refuses a session id out of 01-FF, a volume of another LSS, an unknown session and a second open', () => {
    const ds = dsConsole();
    expect(ds.run(mksession, '-lss 10 00')).toEqual(
      errOut(
        'CMUC00017E mksession: 00 is not a valid session ID. Specify 2 hexadecimal digits, 01 to FF.\n',
        2,
      ),
    );
    expect(ds.run(mksession, '-lss 10 -volume 1100 01')).toEqual(
      errOut('CMUN03005E mksession: 1100: Copy Services operation failure: The volume does not exist.\n', 4),
    );
    expect(ds.run(chsession, '-lss 10 -action add -volume 1000 02')).toEqual(
      errOut('CMUN03005E chsession: 02: Copy Services operation failure: The object does not exist.\n', 4),
    );
    ds.run(mksession, '-lss 10 01');
    expect(ds.run(mksession, '-lss 10 01')).toEqual(
      errOut(
        'CMUN03040E mksession: 01: Copy Services operation failure: The relationship already exists.\n',
        4,
      ),
    );
    expect(ds.run(chsession, '-lss 10 -action join -volume 1000 01')).toEqual(
      errOut('CMUC00014E chsession: Invalid value join for parameter -action.\n', 2),
    );
    expect(ds.run(lssession, '11')).toEqual(okOut('CMUC00234I lssession: No Session found.\n'));
  });
});
