/**
 * The storage as the UI draws it: volumes with host access, every copy relationship with its state as the
 * CLIs name it, and the consistency groups (SVC groups, DS8000 LSSs frozen right now).
 */
import { volumeView } from './access';
import { flashCopyDone } from './ds8000-flash';
import { lssOf } from './identifiers';
import { pprcState } from './pprc';
import type { Store } from './store';
import { groupMaps, groupStatus, mapProgress } from './svc-flashcopy';
import { rcGroupMembers, rcGroups, rcGroupState, rcProgress, rcRelationships } from './svc-remote-copy';
import type { RelationshipView, StoragePicture } from './types';

export function storagePicture<C>(store: Store<C>): StoragePicture {
  const { state } = store;
  const relationships: RelationshipView[] = [
    ...state.flash.map((f) => ({
      kind: 'flashcopy' as const,
      source: f.source,
      target: f.target,
      state: 'Valid',
      progress: f.nocp || !flashCopyDone(store, f) ? 0 : 100,
    })),
    ...state.pprc.map((p) => ({
      kind: p.type === 'mmir' ? ('metro-mirror' as const) : ('global-mirror' as const),
      source: p.primary,
      target: p.secondary,
      state: pprcState(p).state,
      progress: p.firstPassApplied ? 100 : 0,
    })),
    ...state.fcMaps.map((m) => ({
      kind: 'flashcopy' as const,
      source: m.source,
      target: m.target,
      state: m.status,
      progress: mapProgress(store, m),
    })),
    ...rcRelationships(store).map((r) => ({
      kind: r.global ? ('global-mirror' as const) : ('metro-mirror' as const),
      source: r.master,
      target: r.aux,
      state: r.state,
      progress: rcProgress(store, r) ?? (r.consistent ? 100 : 0),
    })),
  ];
  const frozen = state.volumes.filter((v) => v.hold);
  const frozenLss = [...new Set(frozen.map((v) => lssOf(v.id)))];
  return {
    flavour: state.flavour,
    volumes: state.volumes.map((v) => volumeView(store, v)),
    relationships,
    consistencyGroups: [
      ...frozenLss.map((lss) => ({
        name: `LSS ${lss}`,
        state: 'frozen',
        members: frozen.filter((v) => lssOf(v.id) === lss).map((v) => v.id),
      })),
      ...state.fcGroups.map((g) => ({
        name: g.name,
        state: groupStatus(store, g),
        members: groupMaps(store, g.id).map((m) => `${m.source}:${m.target}`),
      })),
      ...rcGroups(store).map((g) => ({
        name: g.name,
        state: rcGroupState(store, g),
        members: rcGroupMembers(store, g.id).map((r) => `${r.master}:${r.aux}`),
      })),
    ],
  };
}
