import { describe, expect, it } from 'vitest';
import { dsConsole, okOut, svcConsole } from '../test-support/storage-console';
import { ssh } from './ssh';

describe('ssh to the SVC cluster', () => {
  it('runs one SVC command, with or without the svctask prefix, after the ssh options', () => {
    const svc = svcConsole();
    expect(
      svc.run(
        ssh,
        '-q -i /home/stg/.ssh/id_rsa -o BatchMode=yes superuser@svc01 svctask mkfcconsistgrp -name cg1',
      ),
    ).toEqual(okOut('FlashCopy Consistency Group, id [1], successfully created\n'));
    expect(svc.run(ssh, '-lsuperuser svc01 lsfcconsistgrp -delim :')).toEqual(
      okOut('id:name:status\n1:cg1:empty\n'),
    );
  });

  it('ends its options at "--", as getopt does: the next word is the destination', () => {
    const svc = svcConsole();
    expect(svc.run(ssh, '-q -- superuser@svc01 svctask mkfcconsistgrp -name cg1')).toEqual(
      okOut('FlashCopy Consistency Group, id [1], successfully created\n'),
    );
    expect(svc.run(ssh, '--')).toEqual({ stdout: '', stderr: ssh.usage.concat('\n'), exitCode: 255 });
  });

  it('runs the lines of a here-document one by one', () => {
    const svc = svcConsole();
    expect(
      svc.run(ssh, 'superuser@svc01', 'mkfcconsistgrp -name cg1\nlsfcconsistgrp -nohdr\nexit\nlsvdisk\n'),
    ).toEqual({
      stdout: 'FlashCopy Consistency Group, id [1], successfully created\n1 cg1 empty\n',
      stderr: 'Pseudo-terminal will not be allocated because stdin is not a terminal.\n',
      exitCode: 0,
    });
  });

  it('answers as the restricted shell for an unknown command, and as ssh for bad options', () => {
    const svc = svcConsole();
    expect(svc.run(ssh, 'svc01 lspv')).toEqual({
      stdout: '',
      stderr: 'rbash: lspv: command not found\n',
      exitCode: 127,
    });
    const badOption = svc.run(ssh, '-Z svc01 lsvdisk');
    expect([badOption.stderr.split('\n')[0], badOption.exitCode]).toEqual(['unknown option -- Z', 255]);
    expect(svc.run(ssh, '-l').stderr.split('\n')[0]).toBe('option requires an argument -- l');
  });

  it('finds no cluster to connect to in a DS8000 world', () => {
    expect(dsConsole().run(ssh, 'admin@svc01 lsvdisk')).toEqual({
      stdout: '',
      stderr: 'ssh: connect to host svc01 port 22: Connection refused\n',
      exitCode: 255,
    });
  });
});
