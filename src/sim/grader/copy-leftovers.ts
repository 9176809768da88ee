/**
 * What is left of a retired copy (docs/aix-behaviour.md 20.6): its VG, the hdisks of the LUNs it was on, the
 * /etc/filesystems stanzas of its file systems, the copy relationships onto those LUNs and their mappings
 * to the host. Read from the picture before the retire (which LUNs and mount points were the copy's) and
 * after it, so the grader's items and a rehearsal's verdict name the same leftovers.
 */
import {
  disksOf,
  fileSystemsOf,
  type Picture,
  stanzaMountPoints,
  vgNamed,
  volumesMappedHere,
} from './picture-view';

/** The copy as it was before the retire: the LUNs behind its hdisks, and its mount points. */
export function copyBefore(before: Picture, copyVg: string) {
  return {
    luns: disksOf(before)
      .filter((d) => d.vg === copyVg)
      .map((d) => d.volume),
    mountPoints: fileSystemsOf(before, copyVg).map((f) => f.mountPoint),
  };
}

export interface CopyLeftovers {
  /** The VG, still defined (varied on or not). */
  vg: { name: string; variedOn: boolean } | undefined;
  /** The copy's hdisks still defined: "hdisk3 (LUN 1100)". */
  disks: string[];
  stanzas: string[];
  /** source:target */
  relationships: string[];
  /** The copy's LUNs still presented to the host. */
  mappings: string[];
}

export function copyLeftovers(copyVg: string, before: Picture, after: Picture): CopyLeftovers {
  const { luns, mountPoints } = copyBefore(before, copyVg);
  return {
    vg: vgNamed(after, copyVg),
    disks: disksOf(after)
      .filter((d) => luns.includes(d.volume))
      .map((d) => `${d.name} (LUN ${d.volume})`),
    stanzas: stanzaMountPoints(after).filter((m) => mountPoints.includes(m)),
    relationships: after.relationships
      .filter((r) => luns.includes(r.target))
      .map((r) => `${r.source}:${r.target}`),
    mappings: volumesMappedHere(after).filter((v) => luns.includes(v)),
  };
}
