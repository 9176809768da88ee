/**
 * The twin: the admin's own environment (their VG, or each VG of their copy set, disk names and PVIDs,
 * LVs, file systems and logs, target LUNs, AIX level, storage, copy method, applications) as a simulator
 * scenario, so a rehearsal types their names. Core stays independent of the simulator: this is a plain object in the
 * simulator's scenario format (version 1, src/sim/scenarios/schema.ts), checked against that schema
 * in twin.test.ts.
 */
import { openRawLvs, usesConsistencyGroup } from './model/copy-layout';
import { copySet, listed, wholeSet } from './model/copy-set';
import type { Facts, LogicalVolume } from './model/facts';
import { svcGroupName } from './plan/storage/svc';
import { copiesOnHost, copySetup, freshVolumeSets } from './twin-copies';
import {
  globalMirrorSetup,
  remoteCopySetup,
  remoteCopySyncSeconds,
  storageSteps,
  type TwinSetupStep,
  type TwinVolume,
  twinStorage,
} from './twin-storage';

export interface TwinScenario {
  formatVersion: 1;
  name: string;
  title: string;
  description: string;
  goal: string;
  hints: string[];
  seed: number;
  storage: { flavour: 'ds8000' | 'svc'; images?: string[]; volumes: TwinVolume[] };
  hosts: {
    name: string;
    aix: { release: Facts['aix']['release']; technologyLevel: number; servicePack: number; apars: string[] };
    multipath: Facts['multipath'];
    machineId?: string;
    /** DS8000: the volume group mapping the copy's volumes to this host, as the runbook names it. */
    volumeGroup?: string;
    vgs: {
      name: string;
      type: Facts['sourceVg']['type'];
      disks: string[];
      pvids?: string[];
      lvs: { name: string; type: LogicalVolume['type']; lps: number; disks: number[] }[];
      fileSystems: {
        mountPoint: string;
        lv: string;
        vfs: 'jfs' | 'jfs2';
        log: string;
        mounted: boolean;
        mountGuard?: boolean;
      }[];
      variedOn: boolean;
    }[];
    configured: string[];
    deviceNames: Record<string, string>;
    apps: {
      name: string;
      kind: 'db2' | 'oracle' | 'other';
      /** The login the application's commands need (DB2's instance owner). */
      owner?: string;
      fileSystems: string[];
      /** The raw LVs it writes (held open, as lsvg -l shows them). */
      rawLvs: string[];
      crashRecoverable: boolean;
      mode: 'normal' | 'stopped';
    }[];
  }[];
  currentHost: string;
  setup: TwinSetupStep[];
  storageSteps: string[];
  sourceVg: string;
  /** The further VGs of a copy set and each one's copy (absent for one VG). */
  moreVgs?: { sourceVg: string; vg: string }[];
  expect: {
    vg: string;
    variedOn?: boolean;
    mountedUnder?: string;
    retired?: boolean;
    sourceUntouched: boolean;
  };
}

/** A disk's size when the facts do not say: the 100 GB LUNs of the built-in scenarios. */
const defaultSizeGb = 100;
/** LVs take few PPs in a twin: only names, layout and logs matter to a rehearsal. */
const lpsOf = (lv: LogicalVolume) => (lv.type === 'jfs2log' || lv.type === 'jfslog' ? 1 : 16);
/** The source VG as the scenario lays it out: its volumes, LVs on the disks lslv -l named, file systems and logs. */
function vgSpec(facts: Facts, volumes: string[]): TwinScenario['hosts'][number]['vgs'][number] {
  const vg = facts.sourceVg;
  const diskIndex = (name: string) =>
    Math.max(
      0,
      vg.disks.findIndex((disk) => disk.name === name),
    );
  // The runbook's PVIDs, so the script's preflight finds them on the disks it names (all or none: a
  // VG's disks each carry one once in the VG).
  const pvids = vg.disks.map((disk) => disk.pvid ?? '');
  return {
    name: vg.name,
    type: vg.type,
    disks: volumes,
    ...(pvids.every(Boolean) ? { pvids } : {}),
    lvs: vg.lvs.map((lv) => ({
      name: lv.name,
      type: lv.type,
      lps: lpsOf(lv),
      disks: lv.disks.length > 0 ? lv.disks.map(diskIndex) : [0],
    })),
    fileSystems: vg.fileSystems.map(({ mountPoint, lv, vfs, log, mounted, mountGuard }) => ({
      mountPoint,
      lv,
      vfs,
      log,
      mounted,
      // A guarded copy refuses its mount in the rehearsal as on AIX.
      ...(mountGuard ? { mountGuard } : {}),
    })),
    variedOn: !facts.sourceOnHost.present || facts.sourceOnHost.variedOn,
  };
}

/**
 * Each VG of the copy set laid out on its own volumes: `volumes` holds the set's source volumes in
 * the whole set's disk order (wholeSet), each VG's disks in turn.
 */
function vgSpecs(runbook: Facts, volumes: string[]): TwinScenario['hosts'][number]['vgs'] {
  let next = 0;
  return copySet(runbook).map(({ facts }) => {
    const own = volumes.slice(next, next + facts.sourceVg.disks.length);
    next += own.length;
    return vgSpec(facts, own);
  });
}

/** A name the simulator can give a disk: letters then a number (hdisk4, vpath2, hdiskpower3). */
const diskName = /^[a-z]+[0-9]+$/;
/** The simulated host's rootvg sits on its internal disk hdisk0, so a LUN cannot take that name. */
const rootDisk = 'hdisk0';

/**
 * Each volume's device name on a host (volume id to name), as the runbook names it: the script names
 * the disks, so the twin's must match. A name given twice, or one the simulator cannot give, is left
 * out: that volume gets the next free name and the rehearsal's preflight says which disk is not there.
 */
function deviceNames(entries: [volume: string, name: string][]): Record<string, string> {
  const names: Record<string, string> = {};
  const taken = new Set([rootDisk]);
  for (const [volume, name] of entries) {
    if (!diskName.test(name) || taken.has(name) || names[volume] !== undefined) continue;
    names[volume] = name;
    taken.add(name);
  }
  return names;
}

/** The applications on the source's file systems (all of them where the runbook names none). */
function appSpecs(facts: Facts): TwinScenario['hosts'][number]['apps'] {
  const mountPoints = facts.sourceVg.fileSystems.map((fs) => fs.mountPoint);
  if (mountPoints.length === 0) return [];
  // The open raw LVs are written by the first running application (the facts do not say whose they are);
  // with none named, by an application of its own, as lsvg -l showed something holding them open.
  const rawLvs = openRawLvs(facts).map((lv) => lv.name);
  const rawWriter = facts.applications.find((a) => a.kind !== 'none' && a.running !== false);
  const named = facts.applications.flatMap((app) =>
    app.kind === 'none'
      ? []
      : [
          {
            name: app.name || app.kind,
            kind: app.kind,
            ...(app.owner ? { owner: app.owner } : {}),
            fileSystems: app.fileSystems.length > 0 ? app.fileSystems : mountPoints,
            rawLvs: app === rawWriter ? rawLvs : [],
            // An unanswered question (the script is blocked meanwhile) is rehearsed as the harder case.
            crashRecoverable: app.crashRecoverable === true,
            mode: app.running === false ? ('stopped' as const) : ('normal' as const),
          },
        ],
  );
  if (rawWriter || rawLvs.length === 0) return named;
  return [
    ...named,
    {
      name: 'rawlvuser',
      kind: 'other',
      fileSystems: mountPoints,
      rawLvs,
      crashRecoverable: true,
      mode: 'normal',
    },
  ];
}

/** The scenario name of a twin: lower-case words joined by "-". */
function twinName(vg: string): string {
  const slug = vg
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `twin-${slug || 'vg'}`;
}

/** The SVC consistency group a refresh starts again, which the twin's copy was made with. */
function refreshedSvcGroup(facts: Facts): string | undefined {
  return facts.copy.storage === 'svc' && usesConsistencyGroup(facts) ? svcGroupName(facts) : undefined;
}

/** The default name of a VG's copy where the runbook gives none. */
const copyNameOf = (member: Facts) => member.newVg.name || `fc${member.sourceVg.name}`.slice(0, 15);

/** The admin's environment as a simulator scenario (see the module comment). */
export function twinScenario(runbook: Facts): TwinScenario {
  // A copy set is copied at one instant as one VG (its storage, targets, applications over every VG's
  // file systems, docs/procedure.md "Copy sets"); each VG is laid out on the host as its own. One VG is
  // its own whole set.
  const facts = wholeSet(runbook);
  const members = copySet(runbook).map((m) => m.facts);
  const storage = twinStorage(facts);
  const host = facts.hostname || 'aixhost';
  // The source's own host, where the copy is brought up on another host (docs/procedure.md: importvg case).
  const sourceHost = facts.sourceOnHost.present ? host : `${host}-source`;
  const vg = facts.sourceVg;
  const sizeGb = (i: number) => Math.max(1, Math.ceil((vg.disks[i]?.sizeMb ?? defaultSizeGb * 1024) / 1024));
  // A DS8000 mirror or SVC remote copy: the copy is the remote box's secondaries (the aux volumes).
  const mirrored = storage.mirror !== null || storage.remoteCopy !== null;
  // Copies already on the host; a mirror's copies live on the remote box, outside what the twin models.
  const { refreshed, others } = mirrored ? { refreshed: null, others: [] } : copiesOnHost(runbook);
  // The old copies' disks in the whole set's disk order (each VG's in turn, as the pairs are).
  const refreshedDisks = refreshed?.flatMap((c) => c.disks);
  const copyVolumes = freshVolumeSets(storage, others.length);
  const volumes: TwinVolume[] = [
    ...storage.volumes({ source: sourceHost, target: host }, sizeGb),
    ...copyVolumes.flatMap((ids) => ids.map((id, i) => ({ id, sizeGb: sizeGb(i), hosts: [host] }))),
  ];
  const sources = storage.pairs.map(([source]) => source);
  const firstPvid = vg.disks.find((disk) => disk.pvid)?.pvid;
  const sourceVgSpecs = vgSpecs(runbook, sources);
  const apps = appSpecs(facts);
  const aix = {
    release: facts.aix.release,
    technologyLevel: facts.aix.technologyLevel,
    servicePack: facts.aix.servicePack ?? 0,
    apars: facts.aix.hasIY66043 ? ['IY66043'] : [],
  };
  // The names the admin's hosts give the LUNs: the source disks, each target (the name cfgmgr gives it
  // where not configured yet), and the disks of the copies already there.
  const targetName = (i: number) =>
    facts.targets.luns.find((lun) => lun.sourceDisk === vg.disks[i]?.name)?.name ||
    (refreshedDisks?.[i] ?? '');
  const sourceNames: [string, string][] = sources.map((id, i) => [id, vg.disks[i]?.name ?? '']);
  const copyDisks: [string, string][] = [
    ...storage.pairs.map(([, target], i): [string, string] => [target, targetName(i)]),
    ...copyVolumes.flatMap((ids, k) => ids.map((id, i): [string, string] => [id, others[k].disks[i] ?? ''])),
  ];
  // The host's volume group as the runbook names it, so its chvolgrp finds it (a retire's unmap).
  const volumeGroup = facts.copy.storage === 'ds8000' ? facts.storage?.hostVolumeGroup : undefined;
  const hostSpec = (name: string, withVg: boolean, configured: string[], names: [string, string][]) => ({
    name,
    aix,
    multipath: facts.multipath,
    ...(firstPvid ? { machineId: firstPvid.slice(0, 8) } : {}),
    ...(name === host && volumeGroup ? { volumeGroup } : {}),
    vgs: withVg ? sourceVgSpecs : [],
    configured,
    deviceNames: deviceNames(names),
    apps: withVg ? apps : [],
  });
  // Targets already configured on the host: before the copy, for a refresh or a retire (the copy is on
  // them), and a mirror's secondaries.
  const configured = facts.targets.configuredBeforeCopy || facts.mode !== 'first' || mirrored;
  const targetsConfigured = [
    ...copyVolumes.flat(),
    ...(configured ? storage.pairs.map(([, target]) => target) : []),
  ];
  const hosts =
    sourceHost === host
      ? [hostSpec(host, true, targetsConfigured, [...sourceNames, ...copyDisks])]
      : [hostSpec(sourceHost, true, [], sourceNames), hostSpec(host, false, targetsConfigured, copyDisks)];
  const copyName = copyNameOf(facts);
  const setNames = listed(members.map((m) => m.sourceVg.name));
  const copyNames = listed(members.map(copyNameOf));
  const set = members.length > 1;
  const mountPrefix = facts.newVg.mountPrefix || '/fs';
  const renamed = facts.sourceOnHost.present || facts.newVg.mountPrefix !== '';
  // The runbook takes no new copy where it exists already (docs/procedure.md "cfgmgr and duplicate PVIDs", way b).
  const copyMade =
    !mirrored && !facts.targets.configuredBeforeCopy && facts.targets.varyOffSourceForCfgmgr === true;
  // Global Copy is copied consistently only once the writes stop: the rehearsal cannot act on the owner's
  // "done" on another host, so the twin starts with the applications there stopped, as the plan asks.
  // Global Mirror's journals are consistent by design: its applications go on writing.
  const stopped =
    storage.mirror === 'gcp' && !storage.globalMirror && sourceHost !== host
      ? apps
          .filter((a) => a.mode === 'normal')
          .map((a) => ({ run: `appctl stop ${a.name}`, host: sourceHost }))
      : [];
  const largestGb = Math.max(0, ...vg.disks.map((_, i) => sizeGb(i)));
  const setup: TwinSetupStep[] = storage.remoteCopy
    ? // The group started long ago has synchronized; its applications go on writing (the copy is the aux's).
      [
        ...remoteCopySetup(storage).map((line) => ({ run: `svctask ${line}`, host })),
        { advance: remoteCopySyncSeconds(largestGb) },
      ]
    : storage.mirror
      ? // An hour of mirroring brings Metro Mirror to full duplex and Global Copy's first pass to its end.
        [
          { pprc: storage.pairs, type: storage.mirror },
          { advance: 3600 },
          ...globalMirrorSetup(storage).map((line) => ({ run: `dscli ${line}`, host })),
          // Global Mirror forms its first consistency groups.
          ...(storage.globalMirror ? [{ advance: 60 }] : []),
          ...stopped,
        ]
      : [
          ...others.flatMap((copy, k) =>
            copySetup(
              [{ copy, facts }],
              sources.map((s, i): [string, string] => [s, copyVolumes[k][i]]),
              host,
            ),
          ),
          ...(refreshed
            ? copySetup(
                refreshed.map((copy, k) => ({ copy, facts: members[k]! })),
                storage.pairs,
                host,
                refreshedSvcGroup(facts),
              )
            : []),
          // Way b of the duplicate-PVID trap: the copy was made before its LUNs were configured.
          ...(copyMade ? [{ flashcopy: storage.pairs, nocp: true }] : []),
        ];
  return {
    formatVersion: 1,
    name: twinName(vg.name),
    title: `Rehearsal of ${setNames} on ${host}`,
    description: `A twin of ${host}: ${setNames} (${vg.disks.length} disk(s), ${vg.fileSystems.length} file system(s)) on ${storage.flavour === 'svc' ? 'SVC' : 'DS8000'}, copied by ${facts.copy.method}.`,
    goal:
      facts.mode === 'retire'
        ? `Retire ${copyNames}: nothing of it left on ${host} or the storage, leaving ${setNames} as ${set ? 'they were' : 'it was'}.`
        : `Bring up the ${set ? 'copies' : 'copy'} of ${setNames} on ${host} as ${copyNames}, varied on, with ${set ? 'their' : 'its'} file systems mounted${renamed ? ` under ${mountPrefix}` : ''}, leaving ${setNames} as ${set ? 'they were' : 'it was'}.`,
    hints: [],
    seed: 1,
    storage: { flavour: storage.flavour, ...(storage.images ? { images: storage.images } : {}), volumes },
    hosts,
    currentHost: host,
    setup,
    storageSteps: copyMade ? [] : storageSteps(facts, storage, refreshed !== null),
    sourceVg: vg.name,
    ...(set
      ? { moreVgs: members.slice(1).map((m) => ({ sourceVg: m.sourceVg.name, vg: copyNameOf(m) })) }
      : {}),
    // importvg on another host keeps the mount points; recreatevg on the source's host prefixes them.
    // A retire's goal is its copy gone (src/sim/rehearse/judge.ts), production as it was.
    expect:
      facts.mode === 'retire'
        ? { vg: copyName, retired: true, sourceUntouched: true }
        : {
            vg: copyName,
            variedOn: true,
            ...(renamed ? { mountedUnder: mountPrefix } : {}),
            sourceUntouched: true,
          },
  };
}
