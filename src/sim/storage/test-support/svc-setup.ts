/**
 * The SVC refresh layout the SVC CLI tests start from: group fccg_aixprd with two mappings (copy rate given)
 * from aixprd_data1/2 to aixfc_data1/2.
 */
import { mkfcconsistgrp } from '../svc/mkfcconsistgrp';
import { mkfcmap } from '../svc/mkfcmap';
import { type StorageConsole, svcConsole } from './storage-console';

export function svcWithGroup(copyrate: number): StorageConsole {
  const svc = svcConsole();
  svc.run(mkfcconsistgrp, '-name fccg_aixprd');
  for (const n of [1, 2]) {
    svc.run(
      mkfcmap,
      `-source aixprd_data${n} -target aixfc_data${n} -name fcmap_data${n} -consistgrp fccg_aixprd -copyrate ${copyrate}`,
    );
  }
  return svc;
}
