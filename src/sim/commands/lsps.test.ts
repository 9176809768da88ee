import { describe, it } from 'vitest';
import { parseScenario } from '../index';
import { retireCopy } from '../scenarios/library/retire-copy';
import { openScenario } from '../test-support/sim-driver';

const HEADER = 'Page Space      Physical Volume   Volume Group    Size %Used Active  Auto  Type Chksum\n';
const HD6 = 'hd6             hdisk0            rootvg        4096MB     1   yes   yes    lv     0\n';

/** retire-copy with a paging space of 8 PPs (512 MB) on datavg's second disk. */
function withPagingOnDatavg() {
  const [host] = retireCopy.hosts;
  const [datavg] = host!.vgs!;
  const parsed = parseScenario({
    ...retireCopy,
    hosts: [
      {
        ...host!,
        vgs: [
          { ...datavg!, lvs: [...datavg!.lvs!, { name: 'paging00', type: 'paging', lps: 8, disks: [1] }] },
        ],
      },
    ],
  });
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  return parsed.scenario;
}

describe('lsps', () => {
  it('lists the paging spaces: only rootvg’s hd6, so the copy’s disks carry none', async () => {
    const t = await openScenario('retire-copy');
    await t.expectRun('lsps -a', { stdout: HEADER + HD6 });
    await t.expectRun('lsps hd6', { stdout: HEADER + HD6 });
    await t.expectRun('lsps -s', {
      stdout: 'Total Paging Space   Percent Used\n      4096MB             1%\n',
    });
  });

  it('shows a paging space on a storage disk, inactive: datavg’s, and its copy on copyvg’s disk', async () => {
    const t = await openScenario(withPagingOnDatavg());
    await t.expectRun('lsps -a', {
      stdout:
        `${HEADER}${HD6}paging00        hdisk2            datavg         512MB     1    no    no    lv     0\n` +
        'cppaging00      hdisk4            copyvg         512MB     1    no    no    lv     0\n',
    });
  });

  it('names a paging space that does not exist, and wants -a, -s or a name', async () => {
    const t = await openScenario('retire-copy');
    await t.expectRun('lsps paging09', {
      stderr: '0517-076 lsps: Cannot find paging space paging09.\n',
      exitCode: 1,
    });
    await t.expectRun('lsps', {
      stderr: 'Usage: lsps {-s | [-c | -l] {-a | -t {lv|nfs} | PagingSpace}}\n',
      exitCode: 1,
    });
  });
});
