/**
 * The scenario format (version 1): a complete starting world as JSON. The built-in library is written
 * in it, and an admin can upload a file in it. One zod schema is the truth; `scenarioJsonSchema()`
 * exports it as JSON Schema for editors and other tools.
 */
import { z } from 'zod';
import { stepSchema } from '../course/step-schema';

const hex = (digits: number, what: string) =>
  z.string().regex(new RegExp(`^[0-9a-f]{${digits}}$`), `${what} is ${digits} lower-case hexadecimal digits`);

const name15 = z
  .string()
  .min(1)
  .max(15, 'AIX device names (VGs, LVs) have at most 15 characters')
  .regex(/^[A-Za-z0-9_.-]+$/, 'AIX device names use letters, digits, "_", "." and "-"');

const diskName = z
  .string()
  .regex(/^[a-z]+[0-9]+$/, 'a disk device name is letters then a number (hdisk4, vpath2, hdiskpower1)');

const volumeSpecSchema = z.object({
  /** DS8000: 4 upper-case hex digits (LSS + volume, e.g. 1000); SVC: the vdisk id (a number as text). */
  id: z.string().min(1),
  name: z.string().optional(),
  sizeGb: z.number().int().positive(),
  /** DS8000 storage image holding it (the second image is the remote box of mirror pairs). */
  image: z.string().optional(),
  /** Hosts the volume is mapped to from the start. */
  hosts: z.array(z.string()).default([]),
});

const lvSpecSchema = z.object({
  name: name15,
  type: z.enum(['jfs', 'jfs2', 'jfslog', 'jfs2log', 'raw', 'paging', 'sysdump', 'boot']),
  lps: z.number().int().positive(),
  /** Indexes (from 0) of the VG's disks the LV sits on, in allocation order; default the first disk. */
  disks: z.array(z.number().int().nonnegative()).default([0]),
});

const fileSystemSpecSchema = z.object({
  mountPoint: z.string().regex(/^\/\S*$/, 'a mount point is an absolute path'),
  lv: name15,
  vfs: z.enum(['jfs', 'jfs2']).default('jfs2'),
  /** `INLINE` or the name of a log LV of the same VG. */
  log: z.string().min(1),
  mounted: z.boolean().default(true),
  options: z.string().default('rw'),
  /** JFS2 mountguard=yes: a copy taken while mounted refuses to mount (0506-365) without -o noguard. */
  mountGuard: z.boolean().optional(),
});

const vgSpecSchema = z.object({
  name: name15,
  type: z.enum(['original', 'big', 'scalable']).default('scalable'),
  ppSizeMb: z.number().int().positive().default(64),
  /** Storage volume ids of the member disks, in VG order. */
  disks: z.array(z.string()).min(1, 'a VG has at least one disk'),
  /** PVIDs of the member disks, in the order of `disks` (default: new ones from the host's machine id). */
  pvids: z.array(hex(16, 'a PVID')).optional(),
  lvs: z.array(lvSpecSchema).default([]),
  fileSystems: z.array(fileSystemSpecSchema).default([]),
  variedOn: z.boolean().default(true),
  quorum: z.boolean().default(true),
  autoOn: z.boolean().default(true),
});

const appSpecSchema = z.object({
  name: z.string().min(1),
  kind: z.enum(['db2', 'oracle', 'other']),
  /** The login whose environment the commands need (DB2's instance owner); db2inst1 for DB2 when absent. */
  owner: z.string().min(1).optional(),
  fileSystems: z.array(z.string()).min(1),
  /**
   * Raw LVs it reads and writes itself (a database on raw devices): written straight to disk, so neither
   * a JFS2 freeze nor an unmount holds them; only the application (hot-backup, stop) or the storage does.
   */
  rawLvs: z.array(z.string()).default([]),
  /** Mount point holding the application's own transaction log (databases). */
  logFileSystem: z.string().nullable().default(null),
  crashRecoverable: z.boolean().default(true),
  mode: z.enum(['normal', 'hot-backup', 'suspended', 'stopped']).default('normal'),
  /** Transactions a second while running. */
  rate: z.number().int().nonnegative().default(5),
});

const hostSpecSchema = z.object({
  name: z.string().min(1),
  aix: z
    .object({
      release: z.enum(['5.2', '5.3', '6.1', '7.1', '7.2', '7.3']),
      technologyLevel: z.number().int().min(0).max(20).default(0),
      servicePack: z.number().int().min(0).max(20).default(0),
      apars: z.array(z.string()).default([]),
    })
    .default({ release: '7.2', technologyLevel: 5, servicePack: 6, apars: [] }),
  multipath: z.enum(['mpio', 'sddpcm', 'sdd', 'oem']).default('mpio'),
  /** First 8 hex digits of PVIDs made on this host; default drawn from the seed. */
  machineId: hex(8, 'a machine id').optional(),
  fcLocation: z.string().default('00-08-02'),
  vgs: z.array(vgSpecSchema).default([]),
  /** DS8000: the id of the volume group mapping volumes to this host (lsvolgrp); default V<n> by host order. */
  volumeGroup: z
    .string()
    .regex(/^V[0-9]+$/, 'a DS8000 volume group id is V and a number')
    .optional(),
  /** Mapped volumes outside any VG that were configured (cfgmgr) before the scenario starts. */
  configured: z.array(z.string()).default([]),
  /**
   * Device names the host gives volumes (volume id to name, e.g. a runbook's hdisk10): used when the
   * volume is configured, at the start or later by cfgmgr, if the name is free. Others get the next free name.
   */
  deviceNames: z.record(z.string(), diskName).default({}),
  apps: z.array(appSpecSchema).default([]),
});

/** Something that happened before the scenario starts, replayed at creation in this order. */
const setupStepSchema = z.union([
  z.object({ advance: z.number().nonnegative() }),
  z.object({ flashcopy: z.array(z.tuple([z.string(), z.string()])).min(1), nocp: z.boolean().default(true) }),
  z.object({ pprc: z.array(z.tuple([z.string(), z.string()])).min(1), type: z.enum(['mmir', 'gcp']) }),
  /** An AIX command typed on a host (default the current host): cfgmgr, recreatevg, varyonvg... */
  z.object({
    run: z.string().min(1),
    host: z.string().optional(),
    /** The VG id and PVIDs, in disk order, the VG this command makes takes (a copy a runbook recorded). */
    ids: z.object({ vgid: hex(32, 'a VG id'), pvids: z.array(hex(16, 'a PVID')) }).optional(),
  }),
  /** A file system mounted on a host (default the current host). */
  z.object({ mount: z.string().min(1), host: z.string().optional() }),
  /** Fault: volumes no longer presented to a host (a zoning or mapping mistake: a partial copy). */
  z.object({ unmap: z.array(z.string()).min(1), host: z.string().optional() }),
]);

/** An injected fault: `command` fails at its `call`-th call, in its failure mode `kind`. */
const faultSpecSchema = z.object({
  command: z.string().min(1),
  call: z.number().int().min(1, 'the call to fail is counted from 1').default(1),
  /** One of the command's failure modes (src/sim/faults/kinds.ts); its first when absent. */
  kind: z.string().min(1).optional(),
});

/** What the goal asks for, as the grader judges it (src/sim/grader/README.md). */
const expectSchema = z.object({
  vg: z.string().optional(),
  variedOn: z.boolean().optional(),
  mountedUnder: z.string().optional(),
  sourceUntouched: z.boolean().optional(),
  consistent: z.boolean().optional(),
  /**
   * The goal is to retire the copy `vg` (docs/aix-behaviour.md 20.6): at the end it is gone from the
   * host (no VG, no hdisk, no stanza) and from the storage (no relationship onto its LUNs, no mapping of them).
   */
  retired: z.boolean().optional(),
});

/** Points an item is worth: a share of the score, which is the earned share of all the items' points. */
const points = z.number().int().min(1, 'an item is worth at least 1 point').max(100);

/** What every graded item carries besides its check: its weight, and the lesson shown when it is missed. */
const itemBase = {
  points,
  /** What to learn from a miss; the grader's own lesson for the check when absent. */
  lesson: z.string().min(1).optional(),
};

const appMode = z.enum(['normal', 'hot-backup', 'suspended', 'stopped']);

/**
 * One checkable item of the goal, a trap or a risky step (src/sim/grader/README.md): the grade checks each
 * with its points and lesson. `goal` items must all be reached and no `trap` fallen into for a pass;
 * `risky` items cost their points only.
 */
const gradeItemSchema = z.discriminatedUnion('check', [
  /** goal: the copy VG (expect.vg) exists and is varied on at the end. */
  z.object({ check: z.literal('copy-varied-on'), ...itemBase }),
  /**
   * goal: this file system of the copy is mounted at the end, at this mount point; on the copy VG `vg`
   * (a copy set's further copy), the first copy's (expect.vg) when absent.
   */
  z.object({
    check: z.literal('mounted'),
    mountPoint: z.string().regex(/^\/\S*$/, 'a mount point is an absolute path'),
    vg: name15.optional(),
    ...itemBase,
  }),
  /**
   * goal: the copy can be used: its file systems consistent with undamaged data, no fsck ever repaired one
   * (any fsck error means the copy must not be used), and each application's own verdict on its data.
   */
  z.object({ check: z.literal('copy-usable'), ...itemBase }),
  /** goal: the application was in one of these modes at every instant the storage made the copy. */
  z.object({
    check: z.literal('app-mode-during-copy'),
    app: z.string().min(1),
    modes: z.array(appMode).min(1),
    ...itemBase,
  }),
  /** goal: the source VG and its file systems on this host end as they started. */
  z.object({ check: z.literal('source-as-before'), ...itemBase }),
  /** goal: the applications on the source end in the mode they started in. */
  z.object({ check: z.literal('applications-restored'), ...itemBase }),
  /** trap: cfgmgr met the copy's duplicate PVIDs while the source VG was varied on. */
  z.object({ check: z.literal('cfgmgr-with-source-varied-on'), ...itemBase }),
  /** trap: a file system of an inconsistent copy mounted before a clean fsck of it. */
  z.object({ check: z.literal('mount-before-fsck'), ...itemBase }),
  /** trap: a file system whose data is damaged mounted, or the damaged copy kept. */
  z.object({ check: z.literal('used-damaged-copy'), ...itemBase }),
  /** trap: a file system left frozen at the end. */
  z.object({ check: z.literal('forgot-thaw'), ...itemBase }),
  /** trap: a JFS2 freeze that ran out (J2_FREEZE_TIMEOUT) before the copy was taken. */
  z.object({ check: z.literal('freeze-timed-out'), ...itemBase }),
  /** trap: production kept held after a storage command failed. */
  z.object({ check: z.literal('production-held-after-failure'), ...itemBase }),
  /** trap: chdev -a pv=clear on a disk, which wipes its PVID. */
  z.object({ check: z.literal('pv-clear'), ...itemBase }),
  /** goal (retiring a copy): no VG of the copy's name is left on the host. */
  z.object({ check: z.literal('copy-vg-removed'), ...itemBase }),
  /** goal (retiring a copy): none of the copy's hdisks is left in the ODM. */
  z.object({ check: z.literal('copy-disks-removed'), ...itemBase }),
  /** goal (retiring a copy): no /etc/filesystems stanza of the copy's file systems is left. */
  z.object({ check: z.literal('copy-stanzas-removed'), ...itemBase }),
  /** goal (retiring a copy): no copy relationship onto the copy's LUNs is left on the storage. */
  z.object({ check: z.literal('copy-relationships-removed'), ...itemBase }),
  /** goal (retiring a copy): the copy's LUNs are no longer mapped to the host. */
  z.object({ check: z.literal('copy-luns-unmapped'), ...itemBase }),
  /** trap (retiring a copy): varyoffvg or exportvg of the copy while a file system of it was mounted. */
  z.object({ check: z.literal('retired-while-mounted'), ...itemBase }),
  /** trap (retiring a copy): rmdev of a disk of the copy while the copy VG was still defined. */
  z.object({ check: z.literal('rmdev-before-exportvg'), ...itemBase }),
  /** trap (retiring a copy): its relationships withdrawn or its LUNs unmapped while the copy VG was in use. */
  z.object({ check: z.literal('storage-removed-while-in-use'), ...itemBase }),
  /** risky: chdev -a pv=yes before recreatevg, which gives the copy new PVIDs itself. */
  z.object({ check: z.literal('pv-yes-before-recreatevg'), ...itemBase }),
]);

/**
 * How fast a training session's simulated clock follows the real one: paused (0), real time (1), or sped
 * up (10x, 60x) so a long wait (a background copy, a freeze's timeout) does not hold up the class.
 */
export const clockSpeeds = [0, 1, 10, 60] as const;
export type ClockSpeed = (typeof clockSpeeds)[number];

/**
 * What a hint offered by itself is about: it is shown once, as soon as this becomes true in the trainee's
 * world (src/sim/worker/hint-offers.ts).
 * - disks-defined: a disk is Defined (cfgmgr met PVIDs of a varied-on VG and left the copy's disks so).
 * - copy-log-wrapped: a log of a VG on the copy's disks wrapped before the copy was taken: logredo
 *   cannot replay it, the copy is unusable.
 * - freeze-timed-out: a JFS2 freeze ended by its timeout (errpt J2_FREEZE_TIMEOUT): writes went on.
 * - fsck-found-errors-on-copy: fsck found damage on a file system of the copy (repaired or not).
 */
const hintConditions = [
  'disks-defined',
  'copy-log-wrapped',
  'freeze-timed-out',
  'fsck-found-errors-on-copy',
] as const;
export type HintCondition = (typeof hintConditions)[number];

/** A hint: shown when asked for, or, with `when`, offered by itself once its condition holds. */
const hintSchema = z.union([
  z.string().min(1),
  z.object({ text: z.string().min(1), when: z.enum(hintConditions) }),
]);

export const scenarioSchema = z.object({
  formatVersion: z.literal(1),
  name: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'a scenario name is lower-case words joined by "-"'),
  title: z.string().min(1),
  description: z.string().min(1),
  goal: z.string().min(1),
  hints: z.array(hintSchema).default([]),
  /** The speed a training session's clock starts at; the trainee may change it. */
  clockSpeed: z.literal(clockSpeeds).default(1),
  seed: z.number().int().nonnegative().default(1),
  /** Simulated start time (ISO 8601, UTC). */
  start: z.iso.datetime().default('2025-07-14T10:00:00Z'),
  storage: z.object({
    flavour: z.enum(['ds8000', 'svc']),
    images: z.array(z.string()).optional(),
    volumes: z.array(volumeSpecSchema).min(1),
  }),
  hosts: z.array(hostSpecSchema).min(1),
  /** The host the admin types on; default the first. */
  currentHost: z.string().optional(),
  setup: z.array(setupStepSchema).default([]),
  /** The storage admin's part, as the commands the Rehearse page's Storage button plays. */
  storageSteps: z.array(z.string()).default([]),
  /** The source VG and the copy VG the goal asks for. */
  sourceVg: z.string().optional(),
  expect: expectSchema.default({}),
  /**
   * The further VGs of a copy set (docs/procedure.md "Copy sets") and their copies' names: copied at the same
   * instant as `sourceVg`, each brought up as its own copy, under the same mount prefix.
   */
  moreVgs: z.array(z.object({ sourceVg: name15, vg: name15 })).default([]),
  /** Faults armed once the setup is done: commands that fail at their n-th call, as on AIX or the storage. */
  faults: z.array(faultSpecSchema).default([]),
  /**
   * What the grade checks, item by item, with its points and lesson; an instructor edits it. When absent,
   * the items follow from `sourceVg` and `expect` (src/sim/scenarios/grading-items.ts).
   */
  grading: z.array(gradeItemSchema).min(1, 'a grading lists at least one item').optional(),

  // The course (src/sim/course): a scenario file may carry a lesson of its own.
  /**
   * The steps of a lesson in this world, as the course writes them: Markdown text, an optional question,
   * the checks that must hold after a command and the why shown once they do. The Training page shows
   * them beside the terminal when the file is loaded.
   */
  steps: z.array(stepSchema).min(1, 'a lesson has at least one step').optional(),
});

export type Scenario = z.infer<typeof scenarioSchema>;
export type ScenarioInput = z.input<typeof scenarioSchema>;
export type VgSpec = z.infer<typeof vgSpecSchema>;
export type HostSpec = z.infer<typeof hostSpecSchema>;
export type SetupStep = z.infer<typeof setupStepSchema>;
export type GradeItem = z.infer<typeof gradeItemSchema>;

/** The scenario format as JSON Schema (draft 2020-12), for editors and uploads. */
export function scenarioJsonSchema(): unknown {
  return z.toJSONSchema(scenarioSchema, { io: 'input' });
}
