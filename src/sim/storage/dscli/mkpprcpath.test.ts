import { describe, expect, it } from 'vitest';
import { dsConsole, okOut } from '../test-support/storage-console';
import { failbackpprc } from './failbackpprc';
import { failoverpprc } from './failoverpprc';
import { freezepprc } from './freezepprc';
import { lspprc } from './lspprc';
import { lspprcpath } from './lspprcpath';
import { mkpprc } from './mkpprc';
import { mkpprcpath } from './mkpprcpath';
import { unfreezepprc } from './unfreezepprc';

const BOXES = '-dev IBM.2107-75ABCD1 -remotedev IBM.2107-75WXYZ1';
const PATHS = `${BOXES} -remotewwnn 5005076303FFD9A4 -srclss 10 -tgtlss 20 I0001:I0101 I0131:I0231`;
const LISTED =
  'Src Tgt State   SS   Port  Attached Port Tgt WWNN\n' +
  '=========================================================\n' +
  '10  20  Success FF20 I0001 I0101         5005076303FFD9A4\n' +
  '10  20  Success FF20 I0131 I0231         5005076303FFD9A4\n';

describe('dscli mkpprcpath / lspprcpath', () => {
  it('lists the LSS pair paths the mirror runs over, one row per port pair', () => {
    const ds = dsConsole();
    expect(ds.run(lspprcpath, '-dev IBM.2107-75ABCD1 10')).toEqual(okOut(LISTED));
  });

  it('Metro Mirror refresh after a DR test: freezepprc removed the paths; mkpprcpath puts them back and the failback runs', () => {
    const ds = dsConsole();
    ds.run(mkpprc, `${BOXES} -type mmir 1000:2000 1001:2001`);
    ds.advance(103);
    // The DR test: freeze the LSS pair (both pairs suspend, the paths go), thaw, fail over at the DR box.
    ds.run(freezepprc, `${BOXES} 10:20`);
    ds.run(unfreezepprc, `${BOXES} 10:20`);
    ds.run(failoverpprc, '-dev IBM.2107-75WXYZ1 -remotedev IBM.2107-75ABCD1 -type mmir 2000:1000 2001:1001');
    expect(ds.run(lspprcpath, '-dev IBM.2107-75ABCD1 10')).toEqual(
      okOut('CMUC00234I lspprcpath: No Remote Mirror and Copy path found.\n'),
    );
    expect(ds.run(failbackpprc, `${BOXES} -type mmir 1000:2000`)).toEqual({
      stdout: '',
      stderr:
        'CMUN03071E failbackpprc: 1000:2000: Copy Services operation failure: No Remote Mirror and Copy path is established between the source LSS and the target LSS.\n',
      exitCode: 4,
    });
    expect(ds.run(mkpprcpath, PATHS)).toEqual(
      okOut('CMUC00149I mkpprcpath: Remote Mirror and Copy path 10:20 successfully established.\n'),
    );
    expect(ds.run(lspprcpath, '-dev IBM.2107-75ABCD1 10')).toEqual(okOut(LISTED));
    expect(ds.run(failbackpprc, `${BOXES} -type mmir 1000:2000 1001:2001`).exitCode).toBe(0);
    expect(ds.run(lspprc, '-s -state copy-pending 1000-1001').stdout).toBe(
      'ID\n=========\n1000:2000\n1001:2001\n',
    );
    ds.advance(103);
    expect(ds.run(lspprc, '-s -state full-duplex 1000-1001').stdout).toBe(
      'ID\n=========\n1000:2000\n1001:2001\n',
    );
  });

  it('refuses a WWNN that is not the remote box and port pairs that are not I/O ports', () => {
    const ds = dsConsole();
    expect(
      ds.run(mkpprcpath, `${BOXES} -remotewwnn 5005076303FFC1A5 -srclss 10 -tgtlss 20 I0001:I0101`),
    ).toEqual({
      stdout: '',
      stderr:
        'CMUN03078E mkpprcpath: 10:20: Copy Services operation failure: The remote WWNN does not match the WWNN of the remote storage image.\n',
      exitCode: 4,
    });
    expect(
      ds.run(mkpprcpath, `${BOXES} -remotewwnn 5005076303FFD9A4 -srclss 10 -tgtlss 20 0001:0101`),
    ).toEqual({
      stdout: '',
      stderr:
        'CMUC00016E mkpprcpath: 0001:0101 is not a valid port pair. Specify source_port_ID:target_port_ID, for example I0001:I0101.\n',
      exitCode: 2,
    });
    expect(ds.run(mkpprcpath, `${BOXES} -srclss 10 -tgtlss 20 I0001:I0101`)).toEqual({
      stdout: '',
      stderr: 'CMUC00013E mkpprcpath: Missing required parameter: -remotewwnn.\n',
      exitCode: 2,
    });
  });

  it('mkpprc needs the paths first', () => {
    const ds = dsConsole();
    ds.run(mkpprc, `${BOXES} -type mmir 1000:2000`);
    ds.run(freezepprc, `${BOXES} 10:20`);
    ds.run(unfreezepprc, `${BOXES} 10:20`);
    expect(ds.run(mkpprc, `${BOXES} -type mmir 1001:2001`)).toEqual({
      stdout: '',
      stderr:
        'CMUN03071E mkpprc: 1001:2001: Copy Services operation failure: No Remote Mirror and Copy path is established between the source LSS and the target LSS.\n',
      exitCode: 4,
    });
  });
});
