import { describe, it } from 'vitest';
import { loadScenario, scenarioSchema } from '../index';
import { openScenario } from '../test-support/sim-driver';

/** other-host-importvg with a backup host that already has its own loglv00, datalv and /data. */
function backupHostWithClashingNames() {
  const base = loadScenario('other-host-importvg')!;
  return scenarioSchema.parse({
    ...base,
    storage: {
      ...base.storage,
      volumes: [...base.storage.volumes, { id: '1200', sizeGb: 50, hosts: ['aixbkp01'] }],
    },
    hosts: base.hosts.map((h) =>
      h.name !== 'aixbkp01'
        ? h
        : {
            ...h,
            vgs: [
              {
                name: 'localvg',
                disks: ['1200'],
                lvs: [
                  { name: 'loglv00', type: 'jfs2log', lps: 1, disks: [0] },
                  { name: 'datalv', type: 'jfs2', lps: 100, disks: [0] },
                ],
                fileSystems: [{ mountPoint: '/data', lv: 'datalv', log: 'loglv00' }],
              },
            ],
          },
    ),
  });
}

describe('importvg on a host whose names clash', () => {
  it('renames clashing LVs (0516-530) and skips the stanza of a mount point in use (imfs)', async () => {
    const t = await openScenario(backupHostWithClashingNames());
    t.on('aixprod01', (prod) => prod.umount('/data', '/arch')).flashcopy([
      ['1000', '1100'],
      ['1001', '1101'],
    ]);
    await t.runAll('cfgmgr');
    await t.expectRun('importvg -y datavg hdisk2', {
      stdout: 'datavg\n',
      stderr:
        '0516-530 synclvodm: Logical volume name loglv00 changed to loglv01.\n0516-530 synclvodm: Logical volume name datalv changed to fslv00.\nimfs: Warning: logical volume fslv00 already exists in /etc/filesystems.\n',
    });
    await t.expectRun('lsvg -l datavg', {
      stdout: `datavg:
LV NAME             TYPE       LPs     PPs     PVs  LV STATE      MOUNT POINT
loglv01             jfs2log    1       1       1    closed/syncd  N/A
fslv00              jfs2       2000    2000    2    closed/syncd  N/A
archlv              jfs2       400     400     1    closed/syncd  /arch
`,
    });
  });
});
