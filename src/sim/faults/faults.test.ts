import { describe, expect, it } from 'vitest';
import { createWorld, restore, snapshot, worldState } from '../index';
import { createWorldShell } from '../shell/world-shell';
import { armFault } from '../world/faults';
import type { World } from '../world/world';
import { faultableCommands } from './kinds';

/** A scenario's shell with one fault armed. */
async function armed(scenario: string, command: string, call = 1, kind?: string) {
  const world = await createWorld(scenario);
  armFault(world.faults, { command, call, ...(kind ? { kind } : {}) });
  return { world, shell: createWorldShell(world) };
}

/** The world's picture without the fault record and the clock: what the fault must leave as it was. */
const pictureOf = (world: World) => {
  const { faults: _faults, time: _time, ...rest } = worldState(world);
  return rest;
};

describe('injected faults print what AIX and the storage CLIs print, and change nothing', () => {
  it('cfgmgr finds no new disks: silent, exit 0, no hdisk configured', async () => {
    const { world, shell } = await armed('first-flashcopy', 'cfgmgr');
    await shell.run('dscli mkflash -dev IBM.2107-75ABCD1 -record -persist -nocp 1000:1100 1001:1101');
    const before = pictureOf(world);
    expect(await shell.run('cfgmgr')).toEqual({ stdout: '', stderr: '', exitCode: 0 });
    expect(pictureOf(world)).toEqual(before);
    expect(worldState(world).faults.fired).toEqual([
      {
        command: 'cfgmgr',
        call: 1,
        kind: 'no-new-disks',
        args: [],
        time: '2025-07-14T10:00:00Z',
        host: 'aixprod01',
      },
    ]);
  });

  it('varyonvg: no good copy of the descriptor area (0516-013, 0516-952), exit 1', async () => {
    const { shell } = await armed('first-flashcopy', 'varyonvg');
    expect(await shell.run('varyonvg datavg')).toEqual({
      stdout: '',
      stderr:
        '0516-013 varyonvg: The volume group cannot be varied on because\n\tthere are no good copies of the descriptor area.\n0516-952 varyonvg: Unable to vary on volume group datavg.\n',
      exitCode: 1,
    });
  });

  it('recreatevg: the disks do not match the descriptor area (0516-1774), exit 1', async () => {
    const { shell } = await armed('first-flashcopy', 'recreatevg');
    expect(await shell.run('recreatevg -y fcdatavg hdisk3 hdisk4')).toEqual({
      stdout: '',
      stderr:
        '0516-1774 recreatevg: Physical volume list does not match the\n\tvolume group descriptor area.\n',
      exitCode: 1,
    });
  });

  it('importvg: the disk cannot be read (0516-562, 0516-780), exit 1', async () => {
    const { shell } = await armed('first-flashcopy', 'importvg');
    expect(await shell.run('importvg -y fcdatavg hdisk3')).toEqual({
      stdout: '',
      stderr:
        '0516-562 redefinevg: Unable to access physical volume hdisk3\n0516-780 importvg: Unable to import volume group from hdisk3.\n',
      exitCode: 1,
    });
  });

  it('logredo: the log wrapped (the JFS2 failure lines), exit 253', async () => {
    const { shell } = await armed('first-flashcopy', 'logredo');
    expect(await shell.run('logredo /dev/loglv00')).toEqual({
      stdout: 'J2_LOGREDO:log redo processing for /dev/loglv00\n',
      stderr: 'j2_logredo.cpp: ERROR in logRead line 1236, log wrap\nfailure replaying log: -3\n',
      exitCode: 253,
    });
  });

  it('mount: the superblock is dirty after the replay (0506-324, 0506-342), exit 1', async () => {
    const { world, shell } = await armed('first-flashcopy', 'mount', 1, 'dirty-superblock');
    await shell.run('umount /data');
    expect(await shell.run('mount /data')).toEqual({
      stdout: 'Replaying log for /dev/datalv.\n',
      stderr:
        'Failure replaying log: -1\nmount: 0506-324 Cannot mount /dev/datalv on /data: The media is not formatted or the format is not correct.\n0506-342 The superblock on /dev/datalv is dirty.  Run a full fsck to fix.\n',
      exitCode: 1,
    });
    expect(worldState(world).fileSystems.find((f) => f.mountPoint === '/data')?.mounted).toBe(false);
  });

  it('fsck: damage found and not repaired, exit 4', async () => {
    const { shell } = await armed('first-flashcopy', 'fsck');
    await shell.run('umount /data');
    expect(await shell.run('fsck -y /data')).toEqual({
      stdout: [
        '',
        'The current volume is: /dev/datalv',
        'Primary superblock is valid.',
        'J2_LOGREDO:log redo processing for /dev/datalv',
        'Primary superblock is valid.',
        '*** Phase 1 - Initial inode scan',
        '*** Phase 2 - Process remaining directories',
        '*** Phase 3 - Process remaining files',
        '*** Phase 4 - Check and repair inode allocation map',
        'File system inode map is corrupt; FIX? n',
        '*** Phase 5 - Check and repair block allocation map',
        'Superblock is marked dirty; FIX? n',
        'File system is not clean; it was not repaired.',
        '',
      ].join('\n'),
      stderr: '',
      exitCode: 4,
    });
  });

  it('db2 refuses to suspend writes (SQL1550N), exit 4; the database keeps writing', async () => {
    const { world, shell } = await armed('db2-freeze-thaw', 'db2');
    expect(await shell.run(`su - db2inst1 -c 'db2 "set write suspend for database"'`)).toEqual({
      stdout: '',
      stderr: 'SQL1550N  The SET WRITE SUSPEND command failed. Reason code = "1".\n',
      exitCode: 4,
    });
    expect(worldState(world).apps.map((a) => a.mode)).toEqual(['normal']);
  });

  it('Oracle refuses BEGIN BACKUP (ORA-01123); sqlplus exits 0, the database stays out of backup mode', async () => {
    const { world, shell } = await armed('oracle-backup-mode', 'sqlplus');
    expect(await shell.run("print 'alter database begin backup;' | sqlplus -s / as sysdba")).toEqual({
      stdout:
        'alter database begin backup\n*\nERROR at line 1:\nORA-01123: cannot start online backup; media recovery not enabled\n\n',
      stderr: '',
      exitCode: 0,
    });
    expect(worldState(world).apps.map((a) => a.mode)).toEqual(['normal']);
  });

  it('DS CLI mkflash: the storage refuses (CMUN03043E), exit 4, no relationship made', async () => {
    const { world, shell } = await armed('first-flashcopy', 'mkflash');
    const result = await shell.run(
      'dscli mkflash -bnr off -dev IBM.2107-75ABCD1 -freeze 1000:1100 1001:1101',
    );
    expect(result).toEqual({
      stdout: '',
      stderr:
        'CMUN03043E mkflash: 1000:1100: Copy Services operation failure: The target volume is already in a copy relationship.\n',
      exitCode: 4,
    });
    expect(worldState(world).relationships).toEqual([]);
  });

  it('SVC startfcconsistgrp, by its own name or after svctask: CMMVC5903E, exit 1', async () => {
    const { world, shell } = await armed('db2-freeze-thaw', 'startfcconsistgrp', 2);
    const error = {
      stdout: '',
      stderr:
        'CMMVC5903E The FlashCopy mapping was not changed because the mapping or consistency group is another state.\n',
      exitCode: 1,
    };
    // The first call is counted and runs (the group does not exist yet); the second fails as armed.
    expect((await shell.run('svctask startfcconsistgrp -prep nosuchgroup')).exitCode).toBe(1);
    expect(await shell.run('startfcconsistgrp -prep fccg_db2')).toEqual(error);
    expect(worldState(world).faults).toEqual({
      armed: [],
      fired: [
        {
          command: 'startfcconsistgrp',
          call: 2,
          kind: 'cli-error',
          args: ['-prep', 'fccg_db2'],
          time: '2025-07-14T10:00:00Z',
          host: 'aixdb01',
        },
      ],
    });
  });
});

describe('counting calls', () => {
  it('fails the n-th call only, counted from when the fault was armed', async () => {
    const world = await createWorld('first-flashcopy');
    const shell = createWorldShell(world);
    await shell.run('varyonvg datavg');
    armFault(world.faults, { command: 'varyonvg', call: 3 });
    const codes = [];
    for (let i = 0; i < 4; i++) codes.push((await shell.run('varyonvg datavg')).exitCode);
    expect(codes).toEqual([0, 0, 1, 0]);
    expect(world.faults.calls).toEqual({ varyonvg: 3 });
  });

  it('counts each fault from when it was armed, whatever else is armed for the command', async () => {
    const world = await createWorld('first-flashcopy');
    const shell = createWorldShell(world);
    armFault(world.faults, { command: 'varyonvg', call: 2 });
    await shell.run('varyonvg datavg');
    armFault(world.faults, { command: 'varyonvg', call: 2 });
    const codes = [];
    for (let i = 0; i < 3; i++) codes.push((await shell.run('varyonvg datavg')).exitCode);
    // Call 2 of the first (the 2nd in all), then call 2 of the second (the 3rd in all).
    expect(codes).toEqual([1, 1, 0]);
    expect(worldState(world).faults.fired.map((f) => f.call)).toEqual([2, 2]);
  });

  it('travel with the world: a snapshot restored fires the same fault', async () => {
    const world = await createWorld('first-flashcopy');
    armFault(world.faults, { command: 'varyonvg', call: 1 });
    const copy = restore(snapshot(world));
    expect((await createWorldShell(copy).run('varyonvg datavg')).exitCode).toBe(1);
    expect(world.faults.armed).toHaveLength(1);
  });

  it('lists the commands that can fail with their modes', () => {
    const host = faultableCommands().filter((c) => !c.kinds.includes('cli-error'));
    expect(host).toEqual([
      { command: 'cfgmgr', kinds: ['no-new-disks'] },
      { command: 'db2', kinds: ['write-suspend-refused'] },
      { command: 'fsck', kinds: ['unrepaired-damage'] },
      { command: 'importvg', kinds: ['pv-unreadable'] },
      { command: 'logredo', kinds: ['log-wrap'] },
      { command: 'mount', kinds: ['dirty-superblock'] },
      { command: 'recreatevg', kinds: ['pv-list-mismatch'] },
      { command: 'sqlplus', kinds: ['begin-backup-refused'] },
      { command: 'varyonvg', kinds: ['no-good-vgda'] },
    ]);
  });
});
