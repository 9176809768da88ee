/**
 * Copies of the source VG already on the host when a rehearsal starts: yesterday's copy of a refresh,
 * the copy a retire removes, and any other copy the host shows (docs/procedure.md: several copies of one VG may live on one host, each
 * under its own VG name, LV prefix and mount-point prefix). Each is made as the admin once made it:
 * a FlashCopy onto its own LUNs, recreatevg, and its file systems mounted.
 */
import { copySet, wholeSet } from './model/copy-set';
import type { Facts } from './model/facts';
import { retiredCopy } from './model/retire';
import type { TwinSetupStep, TwinStorage } from './twin-storage';

export interface CopyOnHost {
  vgName: string;
  /** Its hdisks on the host, in the source's disk order. */
  disks: string[];
  /** recreatevg -Y / -L; recreatevg's defaults (fs, /fs) where not given. */
  lvPrefix?: string;
  mountPrefix?: string;
  /** The VG id and PVIDs the runbook recorded of the copy, which recreatevg gave it. */
  ids?: { vgid: string; pvids: string[] };
  mounted: boolean;
}

/** recreatevg's default mount-point prefix. */
const defaultMountPrefix = '/fs';

/**
 * The copy of one VG a runbook finds on the host: a refresh's old copy, on the target LUNs the new copy
 * will overwrite, under the new copy's prefixes; or the copy a retire removes, mounted where the runbook
 * saw it and with the VG id and PVIDs its preflight checks.
 */
function copyFound(facts: Facts): CopyOnHost | null {
  const old = facts.mode === 'first' ? undefined : facts.existingCopy;
  if (!old || old.disks.length !== facts.sourceVg.disks.length) return null;
  const retired = retiredCopy(facts);
  const mountPrefix = retired
    ? retiredMountPrefix(facts, retired.mountPoints ?? [])
    : facts.newVg.mountPrefix;
  const pvids = retired?.pvids.map((d) => d.pvid ?? '') ?? [];
  return {
    vgName: old.vgName,
    disks: old.disks,
    ...(facts.newVg.lvPrefix ? { lvPrefix: facts.newVg.lvPrefix } : {}),
    ...(mountPrefix ? { mountPrefix } : {}),
    ...(retired?.vgId && pvids.every(Boolean) ? { ids: { vgid: retired.vgId, pvids } } : {}),
    mounted: old.mounted,
  };
}

/** The prefix recreatevg -L put before the source's mount points to give the retired copy's (none if they do not tell). */
function retiredMountPrefix(facts: Facts, mountPoints: string[]): string {
  const source = facts.sourceVg.fileSystems[0]?.mountPoint ?? '';
  const copy = mountPoints.find((m) => source && m.endsWith(source) && m !== source);
  return copy ? copy.slice(0, copy.length - source.length) : '';
}

/**
 * The copies a twin re-creates: a refresh's old copies, one per VG of the set (each on the target LUNs
 * its new copy will overwrite, under its prefixes; none unless every VG's is known), or the copy a retire
 * removes, and the other
 * copies the host showed of the first VG, each on LUNs of its own.
 */
export function copiesOnHost(runbook: Facts): { refreshed: CopyOnHost[] | null; others: CopyOnHost[] } {
  const members = copySet(runbook).map((m) => m.facts);
  const old = members.map(copyFound);
  const refreshed = old.every((c) => c !== null) ? (old as CopyOnHost[]) : null;
  // Another copy is of every disk of the set, as the copy step takes them all.
  const complete = (copy: CopyOnHost) => copy.disks.length === wholeSet(runbook).sourceVg.disks.length;
  const others = runbook.sourceOnHost.otherCopies
    .filter((copy) => copy.vgName !== runbook.existingCopy?.vgName && copy.lvPrefix !== undefined)
    .map((copy): CopyOnHost => ({ ...copy, mounted: copy.variedOn }));
  return { refreshed, others: others.filter(complete) };
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

/**
 * How copies came to be on the host: their LUNs flashed from the source (through the SVC consistency
 * group a refresh starts again, where it has one), then each brought up with recreatevg and mounted if
 * it is. A copy set's copies were taken together, at one instant, so one copy step makes them all.
 */
export function copySetup(
  copies: { copy: CopyOnHost; facts: Facts }[],
  pairs: [string, string][],
  host: string,
  svcGroup?: string,
): TwinSetupStep[] {
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
  return [...copied, ...copies.flatMap(({ copy, facts }) => broughtUp(copy, facts, host))];
}

/** One copy brought up on the host: recreatevg with its prefixes, its file systems mounted if it is. */
function broughtUp(copy: CopyOnHost, facts: Facts, host: string): TwinSetupStep[] {
  const prefixes = [
    copy.lvPrefix ? `-Y ${copy.lvPrefix}` : '',
    copy.mountPrefix ? `-L ${copy.mountPrefix}` : '',
  ].filter(Boolean);
  const recreatevg = ['recreatevg -y', copy.vgName, ...prefixes, ...copy.disks].join(' ');
  const mountPrefix = copy.mountPrefix ?? defaultMountPrefix;
  const mounts = copy.mounted
    ? facts.sourceVg.fileSystems.map((fs) => ({ mount: `${mountPrefix}${fs.mountPoint}`, host }))
    : [];
  return [{ run: recreatevg, host, ...(copy.ids ? { ids: copy.ids } : {}) }, ...mounts];
}
