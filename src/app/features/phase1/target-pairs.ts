/** Pairs each source disk with its target LUN (the copy recreatevg needs every disk of). */
import type { Facts, TargetLun } from '../../../core/model/facts';

/** One target LUN per source disk in the source VG's order, keeping what was already typed for a disk. */
export function pairWithSourceDisks(facts: Facts): TargetLun[] {
  return facts.sourceVg.disks.map(
    (d) =>
      facts.targets.luns.find((l) => l.sourceDisk === d.name) ?? {
        name: '',
        sourceDisk: d.name,
        storageVolume: '',
        sourceStorageVolume: d.storageVolume ?? '',
      },
  );
}
