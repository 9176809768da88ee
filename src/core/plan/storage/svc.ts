/**
 * SVC / Storwize / FlashSystem FlashCopy commands (docs/aix-behaviour.md section 19): one mapping per LUN
 * (mkfcmap), in one consistency group (mkfcconsistgrp) started at one instant with startfcconsistgrp
 * -prep (prepare flushes the SVC cache, start copies every mapping together). Without a consistency
 * group each mapping is started on its own (startfcmap -prep). Every copy vgcopy plans is refreshed later
 * (the next-refresh step), so the mappings are incremental: a restart copies only the grains changed since.
 */
import { mountedSourceFileSystems, usesConsistencyGroup, usesFreeze } from '../../model/copy-layout';
import type { Facts } from '../../model/facts';
import { type StorageProcedure, volumePairs } from './procedure';

/** The consistency group vgcopy names when none is given: fccg_<source VG> cut to the 15 characters SVC allows. */
export function svcDefaultGroupName(vgName: string): string {
  return `fccg_${vgName}`.slice(0, 15);
}

/** The consistency group name: the one given, or the default for the source VG. */
export function svcGroupName(facts: Facts): string {
  return facts.storage?.consistencyGroup || svcDefaultGroupName(facts.sourceVg.name);
}

/**
 * MiB/s one mapping copies in the background at a copyrate: 41-50 copies 2 MiB/s and each band of 10
 * doubles it (IBM "Background copy and cleaning rates": 1-10 = 128 KB/s ... 91-100 = 64 MB/s).
 */
function svcCopyMibPerSecond(copyrate: number): number {
  return copyrate <= 0 ? 0 : 2 ** (Math.ceil(copyrate / 10) - 4);
}

/** Hours a full background copy may take: it finishes overnight, before the next day's refresh. */
const SVC_FULL_COPY_HOURS = 8;

/**
 * The background copy rate: the default 50 where it copies the largest LUN within SVC_FULL_COPY_HOURS,
 * else the lowest band up to 100 (the top on every code level) that does, as the copy competes with
 * production I/O for the back-end disks. Each mapping copies at this rate, in parallel.
 */
function svcCopyRate(facts: Facts): { rate: number; why: string } {
  const largestMb = Math.max(0, ...facts.sourceVg.disks.map((d) => d.sizeMb ?? 0));
  if (largestMb === 0)
    return {
      rate: 50,
      why: 'copyrate 50 (2 MiB/s per mapping, the SVC default): the LUN sizes are not known, so how long the background copy takes is not worked out.',
    };
  const hours = (rate: number) => largestMb / svcCopyMibPerSecond(rate) / 3600;
  const rate = [50, 60, 70, 80, 90, 100].find((r) => hours(r) <= SVC_FULL_COPY_HOURS) ?? 100;
  const gib = (largestMb / 1024).toFixed(1);
  return {
    rate,
    why: `copyrate ${rate} copies ${svcCopyMibPerSecond(rate)} MiB/s per mapping (the SVC table: 50 = 2 MiB/s, each 10 more doubles it): a full background copy of the largest LUN (${gib} GiB) takes about ${hours(rate).toFixed(1)} hours${hours(rate) > SVC_FULL_COPY_HOURS ? `, more than the ${SVC_FULL_COPY_HOURS} hours aimed at even at the highest rate every code level has` : `, within the ${SVC_FULL_COPY_HOURS} hours before the next refresh`}. The copy is usable at once; until the background copy ends the target depends on the source, and an incremental refresh recopies only the changed grains.`,
  };
}

/**
 * Whether the group is prepared before the JFS2 freeze: prepare destages the SVC cache of the sources, which
 * takes as long as the dirty cache needs, and inside a freeze that time would come off the freeze timeout.
 * The start inside the freeze is then the bare startfcconsistgrp (no -prep).
 */
export function svcPreparesBeforeFreeze(facts: Facts): boolean {
  return (
    facts.copy.storage === 'svc' &&
    usesConsistencyGroup(facts) &&
    usesFreeze(facts) &&
    mountedSourceFileSystems(facts).some((f) => f.vfs === 'jfs2')
  );
}

/** How the script reaches the SVC CLI: `ssh -- user@host svctask`, or `svctask` where it runs locally. */
export function svcCliPrefix(facts: Facts): string[] {
  const host = facts.storage?.svcHost;
  // `--` ends ssh's options (OpenSSH parses them with getopt): the destination is never read as one.
  return host ? ['ssh', '--', host, 'svctask'] : ['svctask'];
}

/** The FlashCopy mapping names, one per LUN in disk order: <group, cut to 11>_m<n>. */
export function svcMapNames(facts: Facts): string[] {
  const group = svcGroupName(facts);
  return volumePairs(facts).map((_, i) => `${group.slice(0, 11)}_m${i}`);
}

export function svcProcedure(facts: Facts): StorageProcedure {
  const group = svcGroupName(facts);
  const pairs = volumePairs(facts);
  const cg = usesConsistencyGroup(facts);
  const names = svcMapNames(facts);
  const mapName = (i: number) => names[i]!;
  const copyRate = svcCopyRate(facts);
  const maps = pairs.map(
    (p, i) =>
      `mkfcmap -source ${p.source} -target ${p.target} -name ${mapName(i)}${cg ? ` -consistgrp ${group}` : ''} -copyrate ${copyRate.rate} -incremental`,
  );
  return {
    cliName: 'SVC CLI',
    cliPrefix: svcCliPrefix(facts),
    setup: cg ? [`mkfcconsistgrp -name ${group}`, ...maps] : maps,
    setupNote: copyRate.why,
    beforeRefresh: [],
    copy: cg
      ? [`startfcconsistgrp${svcPreparesBeforeFreeze(facts) ? '' : ' -prep'} ${group}`]
      : pairs.map((_, i) => `startfcmap -prep ${mapName(i)}`),
    release: [],
    // startfcconsistgrp -prep holds no host write past the command itself: nothing to put back.
    copyUndo: [],
    releaseUndo: [],
  };
}
