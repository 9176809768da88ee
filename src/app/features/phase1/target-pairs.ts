/** Pairs each source disk with its target LUN (the copy recreatevg needs every disk of). */
import { wholeSet } from '../../../core/model/copy-set';
import type { Facts, TargetLun } from '../../../core/model/facts';

/**
 * One target LUN per source disk in the source VG's order (every VG of a copy set, in the set's order),
 * keeping what was already typed for a disk.
 */
export function pairWithSourceDisks(facts: Facts): TargetLun[] {
  return wholeSet(facts).sourceVg.disks.map(
    (d) =>
      facts.targets.luns.find((l) => l.sourceDisk === d.name) ?? {
        name: '',
        sourceDisk: d.name,
        storageVolume: '',
        sourceStorageVolume: d.storageVolume ?? '',
      },
  );
}
