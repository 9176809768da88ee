/**
 * The storage side of a twin: volume ids the simulator accepts, the storage images, the copy that
 * exists before the rehearsal (a mirror, or yesterday's FlashCopy of a refresh) and the storage
 * admin's steps (DS CLI / SVC CLI lines the rehearsal's "storage" button plays).
 */
import { type Facts, storageDetailsSchema } from './model/facts';
import { svcGroupName } from './plan/storage/svc';
import { svcMirrorProcedure } from './plan/storage/svc-mirror';
import { retireStorageSteps } from './plan/steps-retire-storage';

export type TwinSetupStep =
  | { flashcopy: [string, string][]; nocp: boolean }
  | { pprc: [string, string][]; type: 'mmir' | 'gcp' }
  | { advance: number }
  | { run: string; host: string; ids?: { vgid: string; pvids: string[] } }
  | { mount: string; host: string };

export interface TwinVolume {
  id: string;
  name?: string;
  sizeGb: number;
  hosts: string[];
  image?: string;
}

/** The built-in scenarios' storage images: production, and the mirror's remote box (DS8000) or cluster (SVC). */
const defaultImages = {
  ds8000: { local: 'IBM.2107-75ABCD1', remote: 'IBM.2107-75WXYZ1' },
  svc: { local: 'SVC01', remote: 'SVC02' },
};

export interface TwinStorage {
  flavour: 'ds8000' | 'svc';
  /** Source volume ids, in the VG's disk order, and the target (or mirror secondary) of each. */
  pairs: [string, string][];
  volumes: (host: { source: string; target: string }, sizeGb: (i: number) => number) => TwinVolume[];
  /** DS8000: the runbook's storage image (and the mirror's remote box); SVC: the clusters of a mirror. */
  images?: string[];
  /** Metro/Global Mirror on DS8000: pairs established before the rehearsal (PPRC `mmir`/`gcp`). */
  mirror: 'mmir' | 'gcp' | null;
  /** Metro/Global Mirror on SVC: the remote copy group the relationships (pairs' master:aux) run in. */
  remoteCopy: { group: string; global: boolean } | null;
  /** Global Mirror: the session, its master LSS and each secondary's journal volume (pairs' order). */
  globalMirror: { session: string; masterLss: string; journals: string[] } | null;
  local: string;
  remote: string;
}

/**
 * Volume ids the simulator accepts: DS8000 volumes are 4 hex digits (LSS and volume), SVC vdisks a
 * number. A value read from the host that is not one (an SVC vdisk UID) becomes the volume's name.
 * Missing target ids follow the built-in scenarios: LSS 11 for FlashCopy targets, LSS 20 for mirrors.
 */
export function twinStorage(facts: Facts): TwinStorage {
  const flavour = facts.copy.storage === 'svc' ? 'svc' : 'ds8000';
  const mirrored = flavour === 'ds8000' && facts.copy.method !== 'flashcopy' && facts.copy.method !== 'oem';
  const mirror = mirrored ? (facts.copy.method === 'metro-mirror' ? 'mmir' : 'gcp') : null;
  const remoteCopy =
    flavour === 'svc' && (facts.copy.method === 'metro-mirror' || facts.copy.method === 'global-mirror')
      ? {
          // The runbook's group, else one named like the built-in scenarios' (15 characters at most).
          group: facts.storage?.rcConsistencyGroup || `rccg_${facts.sourceVg.name}`.slice(0, 15),
          global: facts.copy.method === 'global-mirror',
        }
      : null;
  // Sources and targets on two boxes: a DS8000 mirror's, or SVC remote copy's master and aux clusters.
  const twoBoxes = mirror !== null || remoteCopy !== null;
  // SVC commands name no cluster, so only a DS8000's ids come from the runbook.
  const local = (flavour === 'ds8000' && facts.storage?.storageImage) || defaultImages[flavour].local;
  const remote = (flavour === 'ds8000' && facts.storage?.remoteStorageImage) || defaultImages[flavour].remote;
  const disks = facts.sourceVg.disks;
  const given = {
    source: disks.map((disk) => disk.storageVolume ?? ''),
    target: disks.map(
      (disk) => facts.targets.luns.find((lun) => lun.sourceDisk === disk.name)?.storageVolume ?? '',
    ),
  };
  // DS CLI takes volume ids in either case (`a000` is `A000`); the simulator keeps them upper case.
  const valid = (id: string) => (flavour === 'ds8000' ? /^[0-9A-Fa-f]{4}$/.test(id) : /^\d+$/.test(id));
  const generated = (i: number, target: boolean) =>
    flavour === 'ds8000'
      ? (0x1000 + (target ? (mirror ? 0x1000 : 0x100) : 0) + i).toString(16).toUpperCase()
      : String(i + (target ? disks.length : 0));
  const pick = (id: string, i: number, target: boolean): { id: string; name?: string } =>
    valid(id)
      ? { id: flavour === 'ds8000' ? id.toUpperCase() : id }
      : id === ''
        ? { id: generated(i, target) }
        : { id: generated(i, target), name: id };
  const sources = given.source.map((id, i) => pick(id, i, false));
  const targets = given.target.map((id, i) => pick(id, i, true));
  // Global Mirror's journals: the runbook's, else next to the secondaries (2000 journaled on 2100).
  const journalOf = (i: number) =>
    facts.targets.luns.find((lun) => lun.sourceDisk === disks[i]?.name)?.journalVolume ?? '';
  const globalMirror =
    mirror === 'gcp' && facts.copy.method === 'global-mirror'
      ? {
          session: facts.storage?.gmSession || '01',
          masterLss: facts.storage?.gmMasterLss || sources[0]!.id.slice(0, 2),
          journals: targets.map((t, i) =>
            valid(journalOf(i))
              ? journalOf(i).toUpperCase()
              : (Number.parseInt(t.id, 16) + 0x100).toString(16).toUpperCase(),
          ),
        }
      : null;
  return {
    flavour,
    pairs: sources.map((s, i) => [s.id, targets[i].id]),
    volumes: (host, sizeGb) => [
      ...sources.map((v, i) => ({
        ...v,
        sizeGb: sizeGb(i),
        hosts: [host.source],
        ...(twoBoxes ? { image: local } : {}),
      })),
      ...targets.map((v, i) => ({
        ...v,
        sizeGb: sizeGb(i),
        hosts: [host.target],
        ...(twoBoxes ? { image: remote } : {}),
      })),
      ...(globalMirror?.journals ?? []).map((id, i) => ({ id, sizeGb: sizeGb(i), hosts: [], image: remote })),
    ],
    // The runbook's storage image ids: its DS CLI lines (-dev, -remotedev) name them, and lssi lists them.
    ...(flavour === 'ds8000' || twoBoxes ? { images: twoBoxes ? [local, remote] : [local] } : {}),
    mirror,
    remoteCopy,
    globalMirror,
    local,
    remote,
  };
}

/**
 * Global Mirror as the storage admin set it up before the rehearsal, after the pairs' first pass: the
 * journal FlashCopies, the session on each source LSS with its primaries, and the master.
 */
export function globalMirrorSetup(storage: TwinStorage): string[] {
  const { pairs, local, remote, globalMirror: gm } = storage;
  if (!gm) return [];
  const lsses = [...new Set(pairs.map(([s]) => s.slice(0, 2)))];
  return [
    `mkflash -dev ${remote} -tgtinhibit -record -persist -nocp ${pairs.map(([, t], i) => `${t}:${gm.journals[i]}`).join(' ')}`,
    ...lsses.flatMap((lss) => [
      `mksession -dev ${local} -lss ${lss} ${gm.session}`,
      `chsession -dev ${local} -lss ${lss} -action add -volume ${pairs
        .filter(([s]) => s.startsWith(lss))
        .map(([s]) => s)
        .join(',')} ${gm.session}`,
    ]),
    `mkgmir -dev ${local} -lss ${gm.masterLss} -session ${gm.session}`,
  ];
}

/**
 * SVC remote copy as the storage admin set it up long before (the mirror is production's DR): each source
 * the master of a relationship to its aux volume on the partner cluster, all in the runbook's group, and
 * the group started (docs/aix-behaviour.md section 19).
 */
export function remoteCopySetup(storage: TwinStorage): string[] {
  const { pairs, remote, remoteCopy: rc } = storage;
  if (!rc) return [];
  return [
    `mkrcconsistgrp -name ${rc.group}`,
    ...pairs.map(
      ([s, t]) =>
        `mkrcrelationship -master ${s} -aux ${t} -cluster ${remote}${rc.global ? ' -global' : ''} -consistgrp ${rc.group}`,
    ),
    `startrcconsistgrp ${rc.group}`,
  ];
}

/** The partnership's background copy rate in the simulator: the first synchronisation's pace. */
const RC_SYNC_MIB_PER_SECOND = 50;

/** Seconds until a started group is consistent_synchronized: its largest volume copied, and a minute more. */
export function remoteCopySyncSeconds(largestGb: number): number {
  return Math.ceil((largestGb * 1024) / RC_SYNC_MIB_PER_SECOND) + 60;
}

const list = (pairs: [string, string][]) => pairs.map(([a, b]) => `${a}:${b}`).join(' ');
const reversed = (pairs: [string, string][]) => pairs.map(([a, b]): [string, string] => [b, a]);
/** The LSS pairs of a DS8000 consistency group: `10:20` for volumes 10xx mirrored to 20xx. */
const lssPairs = (pairs: [string, string][]) =>
  [...new Set(pairs.map(([s, t]) => `${s.slice(0, 2)}:${t.slice(0, 2)}`))].join(' ');

/**
 * The storage admin's part, as the built-in scenarios write it: FlashCopy with a consistency group
 * (DS8000 mkflash -freeze + unfreezeflash, SVC consistency group), or making a mirror's secondaries
 * usable (Metro Mirror: freezepprc, unfreezepprc, then failoverpprc at the remote box; Global
 * Mirror: failoverpprc), as the runbook's `storage.mirrorSecondary` says; for a retire, the copy's
 * relationships removed and its volumes unmapped.
 */
export function storageSteps(facts: Facts, storage: TwinStorage, refresh: boolean): string[] {
  const { pairs, local, remote } = storage;
  if (pairs.length === 0) return [];
  // A retire's storage admin removes the copy's relationships and mappings, as the runbook says.
  if (facts.mode === 'retire')
    return retireStorageSteps(facts).flatMap((s) => (s.action.kind === 'storage' ? s.action.commands : []));
  // SVC remote copy: the group checked, then stopped with access to the aux volumes, as the runbook says.
  if (storage.remoteCopy)
    return svcMirrorProcedure({
      ...facts,
      storage: {
        ...storageDetailsSchema.parse(facts.storage ?? {}),
        rcConsistencyGroup: storage.remoteCopy.group,
      },
    }).copy;
  if (storage.mirror) {
    const access = facts.storage?.mirrorSecondary ?? 'failover';
    if (access === 'as-is') return [];
    if (access === 'suspend-only') return [`pausepprc -dev ${local} -remotedev ${remote} ${list(pairs)}`];
    const failover = `failoverpprc -dev ${remote} -remotedev ${local} -type ${storage.mirror} ${list(reversed(pairs))}`;
    const gm = storage.globalMirror;
    // Global Mirror: paused, failed over, and the journals' consistent image restored onto the secondaries.
    if (gm)
      return [
        `pausegmir -dev ${local} -lss ${gm.masterLss} -session ${gm.session}`,
        failover,
        `reverseflash -dev ${remote} -fast -tgtpprc ${pairs.map(([, t], i) => `${t}:${gm.journals[i]}`).join(' ')}`,
      ];
    if (storage.mirror === 'gcp') return [failover];
    const groups = lssPairs(pairs);
    return [
      `freezepprc -dev ${local} -remotedev ${remote} ${groups}`,
      `unfreezepprc -dev ${local} -remotedev ${remote} ${groups}`,
      failover,
    ];
  }
  if (facts.copy.method !== 'flashcopy') return [];
  if (storage.flavour === 'svc') {
    const group = svcGroupName(facts);
    return [
      `mkfcconsistgrp -name ${group}`,
      ...pairs.map(([s, t]) => `mkfcmap -source ${s} -target ${t} -consistgrp ${group}`),
      `startfcconsistgrp -prep ${group}`,
    ];
  }
  const lss = [...new Set(pairs.map(([s]) => s.slice(0, 2)))].join(' ');
  // Before a new FlashCopy onto the same targets the storage admin withdraws yesterday's.
  const withdraw = refresh ? [`rmflash -quiet -dev ${local} ${list(pairs)}`] : [];
  return [
    ...withdraw,
    `mkflash -dev ${local} -freeze -record -persist -nocp ${list(pairs)}`,
    `unfreezeflash -dev ${local} ${lss}`,
  ];
}
