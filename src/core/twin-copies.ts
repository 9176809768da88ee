/**
 * Copies of the source VG already on the host when a rehearsal starts: yesterday's copy of a refresh,
 * and any other copy the host shows (docs/procedure.md: several copies of one VG may live on one host, each
 * under its own VG name, LV prefix and mount-point prefix). Each is made as the admin once made it:
 * a FlashCopy onto its own LUNs, recreatevg, and its file systems mounted.
 */
import type { Facts } from './model/facts';
import type { TwinSetupStep, TwinStorage } from './twin-storage';

export interface CopyOnHost {
  vgName: string;
  /** Its hdisks on the host, in the source's disk order. */
  disks: string[];
  /** recreatevg -Y / -L; recreatevg's defaults (fs, /fs) where not given. */
  lvPrefix?: string;
  mountPrefix?: string;
  mounted: boolean;
}

/** recreatevg's default mount-point prefix. */
const defaultMountPrefix = '/fs';

/**
 * The copies a twin re-creates: a refresh's old copy, on the target LUNs the new copy will overwrite,
 * under the runbook's prefixes; and the other copies the host showed, each on LUNs of its own.
 */
export function copiesOnHost(facts: Facts): { refreshed: CopyOnHost | null; others: CopyOnHost[] } {
  const complete = (copy: CopyOnHost) => copy.disks.length === facts.sourceVg.disks.length;
  const old = facts.mode === 'refresh' ? facts.existingCopy : undefined;
  const refreshed: CopyOnHost | null = old
    ? {
        vgName: old.vgName,
        disks: old.disks,
        ...(facts.newVg.lvPrefix ? { lvPrefix: facts.newVg.lvPrefix } : {}),
        ...(facts.newVg.mountPrefix ? { mountPrefix: facts.newVg.mountPrefix } : {}),
        mounted: old.mounted,
      }
    : null;
  const others = facts.sourceOnHost.otherCopies
    .filter((copy) => copy.vgName !== old?.vgName && copy.lvPrefix !== undefined)
    .map((copy): CopyOnHost => ({ ...copy, mounted: copy.variedOn }));
  return { refreshed: refreshed && complete(refreshed) ? refreshed : null, others: others.filter(complete) };
}

/**
 * Volume ids for `count` more sets of LUNs like the source's, not yet used: DS8000 volumes in the
 * next free logical subsystems, SVC vdisks numbered after the others.
 */
export function freshVolumeSets(storage: TwinStorage, count: number): string[][] {
  const used = new Set(storage.pairs.flat());
  const size = storage.pairs.length;
  const sets: string[][] = [];
  if (storage.flavour === 'svc') {
    let next = Math.max(-1, ...[...used].map(Number).filter(Number.isInteger)) + 1;
    for (let k = 0; k < count; k++, next += size)
      sets.push(Array.from({ length: size }, (_, i) => String(next + i)));
    return sets;
  }
  for (let lss = 0x12; sets.length < count && lss <= 0xfe; lss++) {
    const ids = Array.from({ length: size }, (_, i) =>
      ((lss << 8) + i).toString(16).toUpperCase().padStart(4, '0'),
    );
    if (ids.every((id) => !used.has(id))) sets.push(ids);
  }
  return sets;
}

/** How one copy came to be on the host: flashed from the source, recreatevg, mounted if it is. */
export function copySetup(
  copy: CopyOnHost,
  pairs: [string, string][],
  facts: Facts,
  host: string,
  svcGroup?: string,
): TwinSetupStep[] {
  const prefixes = [
    copy.lvPrefix ? `-Y ${copy.lvPrefix}` : '',
    copy.mountPrefix ? `-L ${copy.mountPrefix}` : '',
  ].filter(Boolean);
  const recreatevg = ['recreatevg -y', copy.vgName, ...prefixes, ...copy.disks].join(' ');
  const mountPrefix = copy.mountPrefix ?? defaultMountPrefix;
  const mounts = copy.mounted
    ? facts.sourceVg.fileSystems.map((fs) => ({ mount: `${mountPrefix}${fs.mountPoint}`, host }))
    : [];
  // An SVC copy the runbook refreshes through its consistency group: the group and its incremental
  // mappings exist and were started, as the storage admin left them (the refresh checks their state).
  const copied: TwinSetupStep[] = svcGroup
    ? [
        `svctask mkfcconsistgrp -name ${svcGroup}`,
        ...pairs.map(
          ([s, t]) => `svctask mkfcmap -source ${s} -target ${t} -consistgrp ${svcGroup} -incremental`,
        ),
        `svctask startfcconsistgrp -prep ${svcGroup}`,
      ].map((run) => ({ run, host }))
    : [{ flashcopy: pairs, nocp: true }];
  return [...copied, { run: recreatevg, host }, ...mounts];
}
