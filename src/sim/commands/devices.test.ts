import { describe, it } from 'vitest';
import { DATAVG_PVIDS } from '../test-support/first-flashcopy-ids';
import { loadScenario } from '../index';
import { openScenario } from '../test-support/sim-driver';

describe('lsdev and lsattr', () => {
  it('lsdev -Cc disk pads each column to its widest value', async () => {
    const t = await openScenario('first-flashcopy');
    await t.runAll('cfgmgr');
    await t.expectRun('lsdev -Cc disk', {
      stdout: `hdisk0 Available 00-08-00 SAS Disk Drive
hdisk1 Available 00-08-02 IBM MPIO FC 2107
hdisk2 Available 00-08-02 IBM MPIO FC 2107
hdisk3 Available 00-08-02 IBM MPIO FC 2107
hdisk4 Available 00-08-02 IBM MPIO FC 2107
`,
    });
    await t.expectRun('lsdev -Cc disk -F "name status"', {
      stdout: 'hdisk0 Available\nhdisk1 Available\nhdisk2 Available\nhdisk3 Available\nhdisk4 Available\n',
    });
  });

  it('lsattr -El shows the PVID followed by 16 zeros, and -a/-F pick one value', async () => {
    const t = await openScenario('first-flashcopy');
    await t.expectRun('lsattr -El hdisk1 -a pvid', {
      stdout: `pvid ${DATAVG_PVIDS[0]}0000000000000000 Physical volume identifier False\n`,
    });
    await t.expectRun('lsattr -El hdisk2 -a pvid -F value', {
      stdout: `${DATAVG_PVIDS[1]}0000000000000000\n`,
    });
    await t.expectRun('lsattr -El hdisk1 -a unique_id -F value', {
      stdout: '200B75ABCD1100007210790003IBMfcp\n',
    });
  });

  it('lsattr and lsdev report an unknown device', async () => {
    const t = await openScenario('first-flashcopy');
    await t.expectRun('lsattr -El hdisk9', {
      stderr:
        'lsattr: 0514-519 The following device was not found in the customized\n\tdevice configuration database:\n\thdisk9\n',
      exitCode: 1,
    });
    await t.expectRun('lsdev -Cl hdisk9', {
      stderr:
        'lsdev: 0514-519 The following device was not found in the customized\n\tdevice configuration database:\n\thdisk9\n',
      exitCode: 1,
    });
  });
});

describe('device names by multipath driver', () => {
  it.each([
    ['sdd', 'vpath1', 'Data Path Optimizer Pseudo Device Driver'],
    ['oem', 'hdiskpower1', 'PowerPath Device'],
    ['mpio', 'hdisk1', 'MPIO IBM 2107 FC Disk'],
  ] as const)('%s names the first LUN %s (%s)', async (multipath, name, description) => {
    const base = loadScenario('first-flashcopy')!;
    const t = await openScenario({ ...base, hosts: base.hosts.map((h) => ({ ...h, multipath })) });
    await t.expectRun(`lsdev -Cl ${name}`, { stdout: `${name} Available 00-08-02 ${description}\n` });
  });
});
