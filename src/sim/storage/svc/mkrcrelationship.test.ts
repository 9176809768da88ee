import { describe, expect, it } from 'vitest';
import { okOut, svcRemoteConsole, svcFailOut } from '../test-support/storage-console';
import { lsrcrelationship } from './lsrcrelationship';
import { mkrcconsistgrp } from './mkrcconsistgrp';
import { mkrcrelationship } from './mkrcrelationship';

describe('mkrcrelationship', () => {
  it('makes a relationship with the id of its master vdisk, inconsistent_stopped, in the group named', () => {
    const svc = svcRemoteConsole();
    svc.run(mkrcconsistgrp, '-name rccg_aixprd');
    expect(
      svc.run(
        mkrcrelationship,
        '-master aixprd_data1 -aux aixdr_data1 -cluster SVC02 -global -consistgrp rccg_aixprd',
      ),
    ).toEqual(okOut('RC Relationship, id [12], successfully created\n'));
    expect(svc.run(mkrcrelationship, '-master 13 -aux 61 -cluster SVC02 -sync')).toEqual(
      okOut('RC Relationship, id [13], successfully created\n'),
    );
    expect(svc.run(lsrcrelationship, '-delim : -nohdr').stdout).toBe(
      '12:rcrel12:0000020064B9B841:SVC01:12:aixprd_data1:0000020064B9B842:SVC02:60:aixdr_data1:master:0:rccg_aixprd:inconsistent_stopped:50::global:none:\n' +
        '13:rcrel13:0000020064B9B841:SVC01:13:aixprd_data2:0000020064B9B842:SVC02:61:aixdr_data2:master:::consistent_stopped:50::metro:none:\n',
    );
  });

  it('needs -master, -aux and -cluster', () => {
    const svc = svcRemoteConsole();
    expect(svc.run(mkrcrelationship, '-master 12 -aux 60')).toEqual(
      svcFailOut('CMMVC5707E Required parameters are missing.'),
    );
  });

  it('refuses an aux that is not on the cluster named, of another size, or already related', () => {
    const svc = svcRemoteConsole();
    expect(svc.run(mkrcrelationship, '-master 12 -aux 13 -cluster SVC02')).toEqual(
      svcFailOut(
        'CMMVC5951E The relationship was not created because the auxiliary virtual disk (VDisk) is not in the specified cluster.',
      ),
    );
    expect(svc.run(mkrcrelationship, '-master 12 -aux 60 -cluster SVC03')).toEqual(
      svcFailOut('CMMVC5753E The specified object does not exist or is not a suitable candidate.'),
    );
    svc.run(mkrcrelationship, '-master 12 -aux 60 -cluster SVC02');
    expect(svc.run(mkrcrelationship, '-master 13 -aux 60 -cluster SVC02')).toEqual(
      svcFailOut(
        'CMMVC5950E The relationship was not created because a virtual disk (VDisk) is already in a relationship.',
      ),
    );
  });

  it('refuses master and aux of different sizes', () => {
    const svc = svcRemoteConsole();
    svc.storage.createVolume({ id: '62', name: 'aixdr_big', sizeGb: 20, image: 'SVC02' });
    expect(svc.run(mkrcrelationship, '-master 12 -aux aixdr_big -cluster SVC02')).toEqual(
      svcFailOut(
        'CMMVC5949E The relationship was not created because the master and auxiliary virtual disks (VDisks) are different sizes.',
      ),
    );
  });
});
