/**
 * retire-copy (docs/aix-behaviour.md 20.6): after the reference solution nothing of copyvg is left, neither in
 * the world's picture nor in what the host's and the storage's own commands print; and cfgmgr brings back a
 * deleted hdisk while its LUN is still mapped, not once it is unmapped; an hdisk left behind by an unmapping
 * cannot be read nor configured again.
 */
import { describe, expect, it } from 'vitest';
import { L, referenceSolutions, retireCopyFlash, typed } from '../test-support/reference-solutions';
import { openScenario } from '../test-support/sim-driver';
import { worldPicture } from '../worker/world-picture';

const DS_HEADER =
  'Date/Time: August 13, 2025 10:00:00 AM UTC IBM DSCLI Version: 7.9.50.64 DS: IBM.2107-75ABCD1\n';

/** The reference solution's lines, as typed. */
const solution = (referenceSolutions['retire-copy'] ?? []).map(typed);

async function retired() {
  const t = await openScenario('retire-copy');
  await t.runAll(...solution);
  return t;
}

describe('retire-copy', () => {
  it('leaves no copy VG, hdisk, stanza, relationship or mapping in the picture; datavg runs on', async () => {
    const picture = worldPicture((await retired()).world);
    expect({
      vgs: picture.vgs.map(
        (v) => `${v.name} ${v.variedOn ? 'varied on' : 'varied off'} ${v.disks.join(' ')}`,
      ),
      disks: picture.disks.map((d) => `${d.name} ${d.volume} ${d.vg ?? 'None'} ${d.status}`),
      mounts: picture.fileSystems.filter((f) => f.vg !== 'rootvg').map((f) => `${f.mountPoint} ${f.mounted}`),
      relationships: picture.relationships,
      volumes: picture.volumes.map((v) => `${v.id} ${v.hosts.join(' ')}`),
      apps: picture.apps.map((a) => `${a.name} ${a.mode}`),
    }).toEqual({
      vgs: ['rootvg varied on hdisk0', 'datavg varied on hdisk1 hdisk2'],
      disks: [
        'hdisk0 local:aixprod01:hdisk0 rootvg Available',
        'hdisk1 1000 datavg Available',
        'hdisk2 1001 datavg Available',
      ],
      mounts: ['/app true', '/app/data true', '/app/arch true'],
      relationships: [],
      volumes: ['1000 aixprod01', '1001 aixprod01', '1100 ', '1101 '],
      apps: ['app normal'],
    });
  });

  it('shows the same on the host and the storage: lsvg, lsfs and the storage listings', async () => {
    const t = await retired();
    await t.expectRun('lsvg', { stdout: 'rootvg\ndatavg\n' });
    await t.expectRun('lsvg copyvg', {
      stderr: '0516-306 : Unable to find volume group copyvg in the Device\n\tConfiguration Database.\n',
      exitCode: 1,
    });
    await t.expectRun('lsfs /copy/app/data', {
      stderr: 'lsfs: 0506-915 No record matching /copy/app/data was found in /etc/filesystems.\n',
      exitCode: 1,
    });
    await t.expectRun(`dscli lsflash -dev ${L} 1000-1001`, {
      stdout: `${DS_HEADER}CMUC00234I lsflash: No Flash Copy found.\n`,
    });
    await t.expectRun(`dscli showvolgrp -dev ${L} V0`, {
      stdout: `${DS_HEADER}Name aixprod01\nID   V0\nType SCSI Mask\nVols 1000 1001\n`,
    });
  });

  it('gets a deleted hdisk back from cfgmgr while its LUN is mapped, not once it is unmapped', async () => {
    const t = await openScenario('retire-copy');
    const untilRmdev = solution.slice(0, solution.indexOf(retireCopyFlash));
    await t.runAll(...untilRmdev, 'cfgmgr');
    expect(t.world.host().devices.hdisk3?.status).toBe('Available');
    await t.runAll('rmdev -dl hdisk3', 'rmdev -dl hdisk4', ...solution.slice(untilRmdev.length));
    expect(Object.keys(t.world.host().devices)).toEqual(['hdisk0', 'hdisk1', 'hdisk2']);
  });

  it('keeps an hdisk whose LUN was unmapped before rmdev: listed, unreadable, and never configured again', async () => {
    const t = await openScenario('retire-copy');
    await t.runAll(...solution.filter((l) => !l.startsWith('rmdev')));
    await t.expectRun('lquerypv -h /dev/hdisk3 80 10', {
      stderr: 'lquerypv: Cannot open /dev/hdisk3: There is an input or output error.\n',
      exitCode: 1,
    });
    await t.expectRun('rmdev -l hdisk3', { stdout: 'hdisk3 Defined\n' });
    await t.expectRun('cfgmgr', {});
    await t.expectRun('mkdev -l hdisk3', {
      stderr:
        'Method error (/usr/lib/methods/cfgscsidisk):\n\t0514-040 Error initializing a device into the kernel.\n',
      exitCode: 1,
    });
    await t.expectRun('lsdev -Cc disk', {
      stdout:
        'hdisk0 Available 00-08-00 SAS Disk Drive\n' +
        'hdisk1 Available 00-08-02 IBM MPIO FC 2107\n' +
        'hdisk2 Available 00-08-02 IBM MPIO FC 2107\n' +
        'hdisk3 Defined   00-08-02 IBM MPIO FC 2107\n' +
        'hdisk4 Available 00-08-02 IBM MPIO FC 2107\n',
    });
  });
});
