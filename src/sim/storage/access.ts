/**
 * What a host may do with a volume now: read it (not an active mirror secondary, not an offline SVC target),
 * write it (not a mirror secondary, not a -tgtinhibit target; an SVC remote copy secondary is neither until its
 * group is stopped with -access), and the volume's view for listings and the UI.
 */
import { svcTargetAccessible } from './svc-flashcopy';
import { rcHostUsable } from './svc-remote-copy';
import type { Store } from './store';
import type { VolumeRecord, VolumeView } from './types';

export function hostReadable<C>(store: Store<C>, volume: VolumeRecord<C>): boolean {
  const { state } = store;
  const asSecondary = state.pprc.find((p) => p.secondary === volume.id && !p.failedOver);
  // docs/procedure.md: a mirror secondary is host-readable only once suspended (or failed over), or with -tgtread.
  if (asSecondary && asSecondary.suspended === null && !asSecondary.tgtread) return false;
  if (!rcHostUsable(store, volume)) return false;
  const asTarget = state.fcMaps.find((m) => m.target === volume.id);
  return !asTarget || svcTargetAccessible(asTarget);
}

export function hostWritable<C>(store: Store<C>, volume: VolumeRecord<C>): boolean {
  const { state } = store;
  if (!hostReadable(store, volume)) return false;
  if (state.pprc.some((p) => p.secondary === volume.id && !p.failedOver)) return false;
  return !state.flash.some((f) => f.target === volume.id && f.tgtinhibit);
}

export function volumeView<C>(store: Store<C>, volume: VolumeRecord<C>): VolumeView {
  return {
    id: volume.id,
    name: volume.name,
    sizeGb: volume.sizeGb,
    serial: volume.serial,
    image: volume.image,
    hosts: volume.mappings.map((m) => m.host),
    hostReadable: hostReadable(store, volume),
    hostWritable: hostWritable(store, volume),
    frozen: volume.hold !== null,
  };
}
