/**
 * SVC / Storwize / FlashSystem FlashCopy commands (AIX-REFERENCE.md section 19): one mapping per LUN
 * (mkfcmap), in one consistency group (mkfcconsistgrp) started at one instant with startfcconsistgrp
 * -prep (prepare flushes the SVC cache, start copies every mapping together). Without a consistency
 * group each mapping is started on its own (startfcmap -prep).
 */
import { usesConsistencyGroup } from '../../model/copy-layout';
import type { Facts } from '../../model/facts';
import { type StorageProcedure, volumePairs } from './procedure';

/** The consistency group name: the one given, or fccg_<source VG> cut to the 15 characters SVC allows. */
export function svcGroupName(facts: Facts): string {
  return facts.storage?.consistencyGroup || `fccg_${facts.sourceVg.name}`.slice(0, 15);
}

export function svcProcedure(facts: Facts): StorageProcedure {
  const host = facts.storage?.svcHost;
  const group = svcGroupName(facts);
  const pairs = volumePairs(facts);
  const cg = usesConsistencyGroup(facts);
  const mapName = (i: number) => `${group.slice(0, 11)}_m${i}`;
  const maps = pairs.map(
    (p, i) =>
      `mkfcmap -source ${p.source} -target ${p.target} -name ${mapName(i)}${cg ? ` -consistgrp ${group}` : ''} -copyrate 50`,
  );
  return {
    cliName: 'SVC CLI',
    // `--` ends ssh's options (OpenSSH parses them with getopt): the destination is never read as one.
    cliPrefix: host ? ['ssh', '--', host, 'svctask'] : ['svctask'],
    setup: cg ? [`mkfcconsistgrp -name ${group}`, ...maps] : maps,
    beforeRefresh: [],
    copy: cg ? [`startfcconsistgrp -prep ${group}`] : pairs.map((_, i) => `startfcmap -prep ${mapName(i)}`),
    release: [],
    // startfcconsistgrp -prep holds no host write past the command itself: nothing to put back.
    copyUndo: [],
    releaseUndo: [],
  };
}
