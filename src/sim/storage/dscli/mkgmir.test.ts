import { describe, expect, it } from 'vitest';
import { globalMirrorConsole } from '../test-support/global-mirror-setup';
import { errOut, okOut } from '../test-support/storage-console';
import { FIXTURE_EPOCH } from '../test-support/storage-fixture';
import { lsflash } from './lsflash';
import { mkgmir } from './mkgmir';
import { pausegmir } from './pausegmir';
import { resumegmir } from './resumegmir';
import { rmgmir } from './rmgmir';
import { showgmir } from './showgmir';

/** showgmir's report for master LSS 10 of session 01, at `now` with the last consistency group at `cg`. */
function report(state: string, now: string, cg: string, seqnum: string, percent: number): string {
  return (
    'ID                          IBM.2107-75ABCD1/10\n' +
    'Master Count                1\n' +
    'Master Session ID           0x01\n' +
    `Copy State                  ${state}\n` +
    'Fatal Reason                Not Fatal\n' +
    'CG Interval Time (seconds)  0\n' +
    'Coord. Time (milliseconds)  50\n' +
    'Max CG Drain Time (seconds) 30\n' +
    `Current Time                ${now}\n` +
    `CG Time                     ${cg}\n` +
    `Successful CG Percentage    ${percent}\n` +
    `FlashCopy Sequence Number   ${seqnum}\n` +
    'Master ID                   IBM.2107-75ABCD1\n' +
    'Subordinate Count           0\n' +
    'Master/Subordinate Assoc    -\n'
  );
}

describe('dscli mkgmir, showgmir, pausegmir, resumegmir, rmgmir', () => {
  it('starts Global Mirror, forms consistency groups, pauses at a boundary and resumes', () => {
    const ds = globalMirrorConsole(false);
    ds.advance(110);
    expect(ds.run(mkgmir, '-dev IBM.2107-75ABCD1 -lss 10 -session 01 -cginterval 0')).toEqual(
      okOut('CMUC00162I mkgmir: Global Mirror for session 01 successfully started.\n'),
    );
    expect(ds.run(showgmir, '10')).toEqual(
      okOut(report('Running', 'Tue Jul 14 10:16:52 UTC 2026', '-', '-', 0)),
    );
    ds.advance(3);
    const seqnum = (FIXTURE_EPOCH + 113).toString(16).toUpperCase();
    expect(ds.run(showgmir, '-dev IBM.2107-75ABCD1 10')).toEqual(
      okOut(
        report('Running', 'Tue Jul 14 10:16:55 UTC 2026', 'Tue Jul 14 10:16:55 UTC 2026', `0x${seqnum}`, 100),
      ),
    );
    // The journals' sequence number is the consistency group's: a DR test checks they all agree.
    expect(ds.run(lsflash, '-dev IBM.2107-75WXYZ1 -s 2000-2001').stdout).toBe(
      'ID\n=========\n2000:2100\n2001:2101\n',
    );
    expect(ds.run(lsflash, `-dev IBM.2107-75WXYZ1 -seqnum ${seqnum} -s 2000-2001`).stdout).toBe(
      'ID\n=========\n2000:2100\n2001:2101\n',
    );
    expect(ds.run(pausegmir, '-lss 10 -session 01')).toEqual(
      okOut('CMUC00163I pausegmir: Global Mirror for session 01 successfully paused.\n'),
    );
    ds.advance(10);
    expect(ds.run(showgmir, '10').stdout).toBe(
      report('Paused', 'Tue Jul 14 10:17:05 UTC 2026', 'Tue Jul 14 10:16:55 UTC 2026', `0x${seqnum}`, 100),
    );
    expect(ds.run(resumegmir, '-lss 10 -session 01')).toEqual(
      okOut('CMUC00164I resumegmir: Global Mirror for session 01 successfully resumed.\n'),
    );
  });

  it('asks before rmgmir unless -quiet, and refuses a session that is not started or a bad session id', () => {
    const ds = globalMirrorConsole(true);
    expect(ds.run(rmgmir, '-lss 10 -session 01', 'n\n')).toEqual(
      okOut('CMUC00166W rmgmir: Are you sure you want to stop the Global Mirror session 01:? [y/n]:n\n'),
    );
    expect(ds.run(rmgmir, '-lss 10 -session 01', 'y\n')).toEqual(
      okOut(
        'CMUC00166W rmgmir: Are you sure you want to stop the Global Mirror session 01:? [y/n]:y\n' +
          'CMUC00165I rmgmir: Global Mirror for session 01 successfully stopped.\n',
      ),
    );
    expect(ds.run(rmgmir, '-quiet -lss 10 -session 01')).toEqual(
      errOut('CMUN03005E rmgmir: 01: Copy Services operation failure: The object does not exist.\n', 4),
    );
    expect(ds.run(showgmir, '10')).toEqual(
      errOut('CMUN03005E showgmir: 10: Copy Services operation failure: The object does not exist.\n', 4),
    );
    expect(ds.run(mkgmir, '-lss 10 -session 1G')).toEqual(
      errOut('CMUC00017E mkgmir: 1G is not a valid session ID. Specify 2 hexadecimal digits, 01 to FF.\n', 2),
    );
    expect(ds.run(pausegmir, '-session 01')).toEqual(
      errOut('CMUC00013E pausegmir: Missing required parameter: -lss.\n', 2),
    );
  });
});
