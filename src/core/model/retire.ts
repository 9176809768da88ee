/**
 * The copy a retire runbook removes (docs/procedure.md "Retiring a copy"): its VG, its disks with the
 * PVIDs the host shows for them (host.disks, lspv) and its file systems. The checks, the planner and the
 * script's preflight read the copy from here alike.
 */
import type { ExistingCopy, Facts } from './facts';
import { mountOrder } from './mount-order';

export interface RetiredCopy extends ExistingCopy {
  /** Each disk of the copy with its PVID as the host lists it (null: not known). */
  pvids: { name: string; pvid: string | null }[];
  /** The copy's mount points, deepest first: the order umount needs. */
  unmountOrder: string[];
}

/** The copy to retire, or undefined where the runbook retires none. */
export function retiredCopy(facts: Facts): RetiredCopy | undefined {
  const copy = facts.existingCopy;
  if (facts.mode !== 'retire' || !copy) return undefined;
  const hostPvid = new Map((facts.host?.disks ?? []).map((d) => [d.name, d.pvid ?? null] as const));
  return {
    ...copy,
    pvids: copy.disks.map((name) => ({ name, pvid: hostPvid.get(name) ?? null })),
    unmountOrder: mountOrder('umount', copy.mountPoints ?? []),
  };
}

/** Whether something uses the copy: a file system mounted or a raw LV open. */
export function copyInUse(copy: ExistingCopy): boolean {
  return copy.mounted || (copy.openLvs ?? []).length > 0;
}
