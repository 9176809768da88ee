/**
 * The runbook's facts: what the admin knows (or pasted) about the host, the storage and the copy.
 * One zod schema is the single source of truth; the TypeScript types are inferred from it, so the
 * wizard's forms, the parsers, the checks, the planner and the server all agree on one shape.
 * Names follow docs/procedure.md ("Words").
 */
import { z } from 'zod';
import {
  absolutePathProblem,
  aixUserNameProblem,
  applicationNameProblem,
  deviceNameProblem,
  deviceNameShapeProblem,
  diskNameProblem,
  hostnameProblem,
  hostTextProblem,
  logDeviceProblem,
  lvPrefixProblem,
  mountPrefixProblem,
  ownerCommandProblem,
  profilePathProblem,
  pvidProblem,
  sshDestinationProblem,
  pprcPortsProblem,
  storageImageProblem,
  ds8000VolumeProblem,
  ds8000VolumeGroupProblem,
  gmSessionProblem,
  lssProblem,
  storageVolumeProblem,
  wwnnProblem,
  svcObjectNameProblem,
  vgIdProblem,
} from './aix-names';

/**
 * A string of the shape `problem` accepts (aix-names.ts), its message naming what is wrong and the fix.
 * `empty`: 'refused' (zod's own "too small", shown as "This is empty"), 'allowed' (the wizard holds it
 * empty while the admin types; the checks block where a script needs it) or 'checked' (`problem` decides).
 * Every string field of the facts is one of these or an enum: docs/script-safety.md.
 */
export function shaped(
  problem: (value: string) => string | undefined,
  empty: 'refused' | 'allowed' | 'checked' = 'refused',
) {
  const base = empty === 'refused' ? z.string().min(1) : z.string();
  return base.superRefine((value, ctx) => {
    if (value === '' && empty !== 'checked') return;
    const message = problem(value);
    if (message) ctx.addIssue({ code: 'custom', message });
  });
}

/** AIX releases vgcopy knows. The freeze rules depend on release and maintenance level (docs/procedure.md). */
export const aixReleases = ['5.2', '5.3', '6.1', '7.1', '7.2', '7.3'] as const;

const aixLevelSchema = z.object({
  release: z.enum(aixReleases),
  /** Technology level (TL, called maintenance level ML before AIX 5.3 TL5). */
  technologyLevel: z.number().int().min(0).max(20),
  servicePack: z.number().int().min(0).max(20).optional(),
  /** APAR IY66043 brings JFS2 freeze/thaw to AIX 5.2. */
  hasIY66043: z.boolean().default(false),
});

/**
 * Global Copy (gcp pairs alone: the secondaries are fuzzy until the tracks drain) and Global Mirror (Global
 * Copy under a session with journal FlashCopies: the journals hold a consistent image) are distinct methods.
 */
export const copyMethods = ['flashcopy', 'metro-mirror', 'global-copy', 'global-mirror', 'oem'] as const;
export const storageKinds = ['ds8000', 'svc', 'other'] as const;
/** The multipath driver decides the device names: hdiskN (MPIO, SDDPCM), vpathN (SDD), hdiskpowerN (OEM). */
export const multipathDrivers = ['mpio', 'sddpcm', 'sdd', 'oem'] as const;

const diskSchema = z.object({
  /** Device name on this host: hdisk4, vpath2, hdiskpower3. */
  name: shaped(diskNameProblem),
  /** 16 hex digits, or null where the disk has none yet ("none" in lspv). */
  pvid: shaped(pvidProblem, 'checked').nullable(),
  /** Storage volume id (DS8000 volume id such as 1000, SVC vdisk name or id), where known. */
  storageVolume: shaped(storageVolumeProblem, 'allowed').optional(),
  sizeMb: z.number().int().positive().optional(),
});

export const lvTypes = ['jfs', 'jfs2', 'jfslog', 'jfs2log', 'raw', 'paging', 'sysdump', 'boot'] as const;

const logicalVolumeSchema = z.object({
  name: shaped(deviceNameProblem),
  type: z.enum(lvTypes),
  /** Mount point for file-system LVs ("N/A" in lsvg -l is stored as undefined). */
  mountPoint: shaped(absolutePathProblem, 'allowed').optional(),
  /** Disks holding the LV (lslv -l), where known. */
  disks: z.array(shaped(diskNameProblem)).default([]),
  /** lsvg -l's LV STATE open/...: for a raw LV, an application (a database) holds it open. */
  open: z.boolean().optional(),
});

const fileSystemSchema = z.object({
  mountPoint: shaped(absolutePathProblem),
  /** Logical volume name, without /dev/. */
  lv: shaped(deviceNameProblem),
  vfs: z.enum(['jfs', 'jfs2']),
  /** The `log =` line of /etc/filesystems: an LV name of the log device, or 'INLINE'. */
  log: shaped(logDeviceProblem),
  /**
   * Whether `log` was read (/etc/filesystems, lsfs -q) or guessed from lsvg -l's log LV (false): lsvg -l
   * and plain lsfs print no log (docs/aix-behaviour.md §4.2). Absent when the admin typed it: known.
   */
  logRead: z.boolean().optional(),
  mounted: z.boolean().default(true),
  /** lsfs -q's `MountGuard: yes` (JFS2, AIX 7.1+): a mount marks the superblock, and a copy carries the mark. */
  mountGuard: z.boolean().optional(),
});

export const vgTypes = ['original', 'big', 'scalable'] as const;

const sourceVgSchema = z.object({
  name: shaped(deviceNameProblem),
  type: z.enum(vgTypes).default('original'),
  disks: z.array(diskSchema).min(1, 'the source VG has at least one disk'),
  lvs: z.array(logicalVolumeSchema).default([]),
  fileSystems: z.array(fileSystemSchema).default([]),
});

/** Where the source VG (or another copy of it) lives relative to this host. */
const sourceOnHostSchema = z.object({
  /** The source VG is defined on the host that will bring up the copy. */
  present: z.boolean(),
  variedOn: z.boolean(),
  /** Other copies of the same VG already on this host (their VG names), e.g. yesterday's copy. */
  otherCopies: z
    .array(
      z.object({
        vgName: shaped(deviceNameProblem),
        variedOn: z.boolean(),
        disks: z.array(shaped(diskNameProblem)).default([]),
        /** The LV-name and mount-point prefixes recreatevg gave this copy (-Y, -L), where the host shows them. */
        lvPrefix: shaped(lvPrefixProblem, 'allowed').optional(),
        mountPrefix: shaped(mountPrefixProblem, 'allowed').optional(),
      }),
    )
    .default([]),
});

/**
 * The copy already on the host: the old copy a refresh replaces, or the copy a retire removes
 * (docs/procedure.md "Retiring a copy"). Its disks' PVIDs are the host's (host.disks, lspv).
 */
const existingCopySchema = z.object({
  vgName: shaped(deviceNameProblem),
  disks: z.array(shaped(diskNameProblem)).default([]),
  variedOn: z.boolean(),
  mounted: z.boolean(),
  /** VG IDENTIFIER as `lsvg VG` prints it: a retire's preflight refuses a VG that does not carry it. */
  vgId: shaped(vgIdProblem, 'allowed').optional(),
  /** The copy's file systems (lsvg -l VG), unmounted deepest first by a retire and mounted back by its undo. */
  mountPoints: z.array(shaped(absolutePathProblem)).optional(),
  /** The copy's raw LVs lsvg -l shows open: something (a database) uses the copy. */
  openLvs: z.array(shaped(deviceNameProblem)).optional(),
  /**
   * The admin's answer, for a retire of a copy in use (mounted, or a raw LV open): true, the script
   * unmounts it once what uses it is stopped; false, the retire stops. Null until given: never assumed.
   */
  mayUnmount: z.boolean().nullable().optional(),
});

/** A target LUN: the copy of one source disk. */
const targetLunSchema = z.object({
  /** Host device name once configured (hdisk10), or empty while not configured yet. */
  name: shaped(diskNameProblem, 'allowed').default(''),
  /** Source disk (host device name) whose copy this LUN receives. */
  sourceDisk: shaped(diskNameProblem),
  /** Storage volume id of the target volume (e.g. DS8000 1100, SVC vdisk name). */
  storageVolume: shaped(storageVolumeProblem, 'allowed').default(''),
  /** Storage volume id of the source volume. */
  sourceStorageVolume: shaped(storageVolumeProblem, 'allowed').default(''),
  /** DS8000 Global Mirror: the journal FlashCopy target (C) of this secondary, on the remote box. */
  journalVolume: shaped(ds8000VolumeProblem, 'allowed').optional(),
});

const applicationKinds = ['none', 'db2', 'oracle', 'other'] as const;

const applicationSchema = z.object({
  kind: z.enum(applicationKinds),
  name: shaped(applicationNameProblem, 'allowed').default(''),
  /**
   * The AIX user the application's commands run as (`su - OWNER -c ...`): the DB2 instance owner, the
   * Oracle software owner. DB2 and Oracle refuse root's environment; the checks require it for them.
   */
  owner: shaped(aixUserNameProblem, 'allowed').default(''),
  /**
   * Whether it runs while the copy is taken, and whether it recovers from a crash: the admin's answers,
   * null until given (they decide whether production is stopped: never assumed, docs/unanswered.md).
   */
  running: z.boolean().nullable().default(false),
  crashRecoverable: z.boolean().nullable().default(true),
  /**
   * Commands run by the DBA/application owner to enter and leave hot-backup (quiesced) mode. Commands
   * by design: one line each, carried by the script as one quoted word (docs/script-safety.md).
   */
  hotBackupStart: shaped(ownerCommandProblem, 'allowed').default(''),
  hotBackupEnd: shaped(ownerCommandProblem, 'allowed').default(''),
  /** Commands that stop and start the application (e.g. `appctl stop batch`), where the owner gave them. */
  stopCommand: shaped(ownerCommandProblem, 'allowed').optional(),
  startCommand: shaped(ownerCommandProblem, 'allowed').optional(),
  /** Mount points the application writes to; empty means all of the VG's. */
  fileSystems: z.array(shaped(absolutePathProblem)).default([]),
});

const consistencyApproaches = [
  'unmount',
  'freeze',
  'consistency-group',
  'freeze-and-consistency-group',
  'unsupported-fallback',
] as const;

const consistencySchema = z.object({
  /**
   * The method; null while the questions that decide it are not answered (it decides whether production
   * is unmounted or frozen, so it is never assumed: docs/unanswered.md). The checks block a null method.
   */
  approach: z.enum(consistencyApproaches).nullable(),
  /**
   * The admin's answers to "Can the file systems be unmounted?" and "Can the storage copy every LUN in one
   * consistency group?", null until given. Absent in runbooks saved before they were kept: the approach
   * tells them (consistency-decision.ts `answersOf`).
   */
  canUnmount: z.boolean().nullable().optional(),
  consistencyGroup: z.boolean().nullable().optional(),
  /** Seconds given to `chfs -a freeze=N`; the freeze ends by itself when it runs out. */
  freezeTimeoutSeconds: z.number().int().positive().default(60),
  /** The admin read and accepted the risks of the unsupported fallback (docs/procedure.md). */
  acknowledgeUnsupported: z.boolean().default(false),
});

const accessMethods = ['auto', 'importvg', 'recreatevg'] as const;

const newVgSchema = z.object({
  name: shaped(deviceNameProblem),
  /** recreatevg -Y prefix for LV names; empty means recreatevg's default renaming (fs prefix). */
  lvPrefix: shaped(lvPrefixProblem, 'allowed').default(''),
  /** recreatevg -L prefix for mount points; empty means recreatevg's default (/fs prefix). */
  mountPrefix: shaped(mountPrefixProblem, 'allowed').default(''),
  access: z.enum(accessMethods).default('auto'),
});

/**
 * A further VG of a copy set (docs/procedure.md "Copy sets"): copied at the same instant as `sourceVg`
 * (one consistency group, one freeze window), brought up as its own copy. Its target LUNs are in
 * `targets.luns` with the others, keyed by source disk. Where it lives is the first VG's `sourceOnHost`
 * unless given; a refresh names its old copy.
 */
const setMemberSchema = z.object({
  sourceVg: sourceVgSchema,
  sourceOnHost: sourceOnHostSchema.optional(),
  existingCopy: existingCopySchema.optional(),
  newVg: newVgSchema,
});

/** One disk as the host lists it (lspv, lsdev -Cc disk): every disk, not only the source VG's. */
const hostDiskSchema = z.object({
  name: shaped(diskNameProblem),
  pvid: shaped(pvidProblem, 'checked').nullable().optional(),
  /** VG the ODM assigns the disk to (lspv), null for "None". */
  vg: shaped(deviceNameShapeProblem).nullable().optional(),
  /** lspv's state column: the VG is varied on (active/concurrent) or not (blank). */
  vgState: z.enum(['active', 'concurrent', '']).optional(),
  /** lsdev: Available (configured) or Defined (not configured, e.g. held back by a duplicate PVID). */
  status: z.enum(['Available', 'Defined', 'Stopped']).optional(),
  description: shaped(hostTextProblem, 'allowed').optional(),
});

/**
 * What the host already holds, as read from pasted or collected output. Optional: the checks use it
 * (VG name in the ODM, LV-name and mount-point collisions, duplicate PVIDs) where it is known.
 */
const hostInventorySchema = z.object({
  /** VGs defined in the ODM (lsvg). */
  vgs: z.array(shaped(deviceNameShapeProblem)).optional(),
  /** VGs varied on (lsvg -o). */
  activeVgs: z.array(shaped(deviceNameShapeProblem)).optional(),
  disks: z.array(hostDiskSchema).optional(),
  /** LV names known on the host outside the source VG (lsfs devices, lsvg -l of other VGs). */
  lvNames: z.array(shaped(deviceNameShapeProblem)).optional(),
  /** Mount points of every file system in /etc/filesystems (lsfs). */
  mountPoints: z.array(shaped(absolutePathProblem)).optional(),
  /** Paging spaces, one entry per disk each is on (lsps -a): a disk holding one cannot be removed. */
  pagingSpaces: z
    .array(
      z.object({
        name: shaped(deviceNameShapeProblem),
        disk: shaped(diskNameProblem),
        vg: shaped(deviceNameShapeProblem),
        active: z.boolean(),
      }),
    )
    .optional(),
});

/** How the storage admin's part is carried out: pauses for the storage admin, or the CLI run by the script. */
const storageCommandModes = ['pause', 'cli'] as const;

/**
 * How a Metro/Global Mirror secondary is made usable by the host. Only a failed-over secondary is
 * writable, and recreatevg must write new PVIDs to it (docs/procedure.md "Copy methods").
 */
const mirrorSecondaryAccess = ['failover', 'suspend-only', 'as-is'] as const;

/** Storage details the storage admin knows: box ids, group names, how the CLI is reached. */
export const storageDetailsSchema = z.object({
  /** DS8000 storage image id of the box holding the sources (`-dev IBM.2107-75ABCD1`). */
  storageImage: shaped(storageImageProblem, 'allowed').default(''),
  /** DS8000 storage image id of the Metro/Global Mirror secondary box (`-remotedev`). */
  remoteStorageImage: shaped(storageImageProblem, 'allowed').default(''),
  /**
   * DS8000 mirror: WWNN of the remote box and the PPRC port pairs of the LSS pair's links, for mkpprcpath
   * (freezepprc removes the paths; the mirror is resumed only after they are re-established).
   */
  remoteWwnn: shaped(wwnnProblem, 'allowed').default(''),
  pprcPorts: shaped(pprcPortsProblem, 'allowed').default(''),
  /** SVC FlashCopy consistency group name; empty means `fccg_<source VG>`. */
  consistencyGroup: shaped(svcObjectNameProblem, 'allowed').default(''),
  /**
   * SVC Metro/Global Mirror: the remote copy consistency group of the VG's relationships, as lsrcconsistgrp
   * names it (the DR test stops it with -access; the return step restarts it).
   */
  rcConsistencyGroup: shaped(svcObjectNameProblem, 'allowed').default(''),
  /** `pause` (default): the script waits for the storage admin; `cli`: the script runs the CLI itself. */
  commands: z.enum(storageCommandModes).default('pause'),
  /** DS CLI profile passed as `dscli -cfg PROFILE`, where the CLI runs from the AIX host. */
  dscliProfile: shaped(profilePathProblem, 'allowed').default(''),
  /** user@host of the SVC cluster for `ssh -- user@host svctask ...`; empty runs `svctask` locally. */
  svcHost: shaped(sshDestinationProblem, 'allowed').default(''),
  /** DS8000 Global Mirror: the session id (mksession) and the master LSS mkgmir was started on. */
  gmSession: shaped(gmSessionProblem, 'allowed').optional(),
  gmMasterLss: shaped(lssProblem, 'allowed').optional(),
  /** Metro/Global Mirror: how the secondary is made usable (default `failover`). */
  mirrorSecondary: z.enum(mirrorSecondaryAccess).default('failover'),
  /** DS8000: the volume group mapping the target volumes to this host (lsvolgrp: V11), for a retire's chvolgrp. */
  hostVolumeGroup: shaped(ds8000VolumeGroupProblem, 'allowed').optional(),
  /** SVC: the host object the target vdisks are mapped to (lshost), for a retire's rmvdiskhostmap. */
  hostObject: shaped(svcObjectNameProblem, 'allowed').optional(),
});

export const factsSchema = z.object({
  /** The host's name as `hostname` prints it; empty while not pasted. */
  hostname: shaped(hostnameProblem, 'allowed').default(''),
  aix: aixLevelSchema,
  multipath: z.enum(multipathDrivers).default('sddpcm'),
  copy: z.object({
    method: z.enum(copyMethods),
    storage: z.enum(storageKinds),
    /** Seconds from the storage admin's start of the copy until it is established. */
    expectedStartSeconds: z.number().int().nonnegative().default(10),
  }),
  sourceVg: sourceVgSchema,
  sourceOnHost: sourceOnHostSchema,
  /**
   * first: the first copy; refresh: a new copy over `existingCopy`; retire: `existingCopy` removed from the
   * host and the storage (docs/procedure.md "Retiring a copy"). A retire takes no copy: `newVg` names the
   * copy itself and `targets.luns` its LUNs (the storage volumes unmapped, the relationships removed).
   */
  mode: z.enum(['first', 'refresh', 'retire']),
  existingCopy: existingCopySchema.optional(),
  targets: z.object({
    luns: z.array(targetLunSchema).default([]),
    /** The target LUNs are configured on the host (cfgmgr) before the copy is made. */
    configuredBeforeCopy: z.boolean(),
    /**
     * docs/procedure.md "cfgmgr and duplicate PVIDs", way b: the copy exists already (made before its LUNs were
     * configured) and carries the source's PVIDs, so the runbook takes no new copy; it stops what uses the
     * source VG, unmounts it and varies it off around cfgmgr and recreatevg (an outage of the source),
     * then brings it back. Only with configuredBeforeCopy false.
     */
    varyOffSourceForCfgmgr: z.boolean().optional(),
  }),
  newVg: newVgSchema,
  /** The further VGs of the copy set, copied at the same instant as `sourceVg`; none for one VG. */
  moreVgs: z.array(setMemberSchema).default([]),
  applications: z.array(applicationSchema).default([]),
  consistency: consistencySchema,
  /** The admin asked for chdev -a pv=clear / pv=yes steps (flagged as unnecessary). */
  chdevPvSteps: z.boolean().default(false),
  /** The host's inventory, where pasted or collected (core/parse). */
  host: hostInventorySchema.optional(),
  /** Storage details (optional: runbooks saved before it have none). */
  storage: storageDetailsSchema.optional(),
});

export type AixLevel = z.infer<typeof aixLevelSchema>;
export type Disk = z.infer<typeof diskSchema>;
export type LogicalVolume = z.infer<typeof logicalVolumeSchema>;
export type FileSystem = z.infer<typeof fileSystemSchema>;
export type SourceVg = z.infer<typeof sourceVgSchema>;
export type SetMember = z.infer<typeof setMemberSchema>;
export type ExistingCopy = z.infer<typeof existingCopySchema>;
export type TargetLun = z.infer<typeof targetLunSchema>;
export type Application = z.infer<typeof applicationSchema>;
export type Consistency = z.infer<typeof consistencySchema>;
export type HostDisk = z.infer<typeof hostDiskSchema>;
export type HostInventory = z.infer<typeof hostInventorySchema>;
export type StorageDetails = z.infer<typeof storageDetailsSchema>;
export type Facts = z.infer<typeof factsSchema>;
