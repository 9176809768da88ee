/**
 * The SVC refresh layout the SVC CLI tests start from: group fccg_aixprd with two mappings (copy rate given)
 * from aixprd_data1/2 to aixfc_data1/2.
 */
import { mkfcconsistgrp } from '../svc/mkfcconsistgrp';
import { mkfcmap } from '../svc/mkfcmap';
import { type StorageConsole, svcConsole } from './storage-console';
import type { StorageFixture } from './storage-fixture';

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

/** startfcconsistgrp -prep through the subsystem: prepare, let the cache flush pass, start. */
export function startPrepared(fixture: StorageFixture, group: string): void {
  const flush = fixture.storage.prepareToStartFcGroup(group);
  if (!flush.ok) throw new Error(`prepare ${group}: ${flush.code}`);
  fixture.advance(flush.value);
  const started = fixture.storage.startfcconsistgrp(group);
  if (!started.ok) throw new Error(`start ${group}: ${started.code}`);
}
