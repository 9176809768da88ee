/**
 * The SVC remote copy layout the remote copy CLI tests start from: svcRemoteConsole's two clusters and
 * group rccg_aixprd holding the relationships rcrel_data1/2 from aixprd_data1/2 to aixdr_data1/2 on SVC02,
 * Global Mirror unless told otherwise, not started.
 */
import { mkrcconsistgrp } from '../svc/mkrcconsistgrp';
import { mkrcrelationship } from '../svc/mkrcrelationship';
import { type StorageConsole, svcRemoteConsole } from './storage-console';

export function svcRemoteGroup(type: '-global' | '' = '-global'): StorageConsole {
  const svc = svcRemoteConsole();
  svc.run(mkrcconsistgrp, '-name rccg_aixprd');
  for (const n of [1, 2])
    svc.run(
      mkrcrelationship,
      `-master aixprd_data${n} -aux aixdr_data${n} -cluster SVC02 -consistgrp rccg_aixprd ${type} -name rcrel_data${n}`,
    );
  return svc;
}
