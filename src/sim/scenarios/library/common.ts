/**
 * Pieces the built-in scenarios share: the production datavg of the IBM note (a jfs2log shared by no one
 * else, /data over two LUNs, /arch with an inline log), volume lists and hosts.
 */
import { TRAP_ITEMS } from '../grading-items';
import type { GradeItem, HintCondition, ScenarioInput } from '../schema';

type HostInput = ScenarioInput['hosts'][number];
type VgInput = NonNullable<HostInput['vgs']>[number];
type VolumeInput = ScenarioInput['storage']['volumes'][number];

/** The production VG of most scenarios, on two LUNs. */
export function datavg(disks: [string, string], overrides: Partial<VgInput> = {}): VgInput {
  return {
    name: 'datavg',
    disks,
    lvs: [
      { name: 'loglv00', type: 'jfs2log', lps: 1, disks: [0] },
      { name: 'datalv', type: 'jfs2', lps: 2000, disks: [0, 1] },
      { name: 'archlv', type: 'jfs2', lps: 400, disks: [1] },
    ],
    fileSystems: [
      { mountPoint: '/data', lv: 'datalv', log: 'loglv00' },
      { mountPoint: '/arch', lv: 'archlv', log: 'INLINE' },
    ],
    ...overrides,
  };
}

/** One file system of a database VG: its LV, size and mount point. */
interface DatabaseFs {
  lv: string;
  lps: number;
  mountPoint: string;
}

/**
 * A database's VG: its data and its own transaction log, each a JFS2 with an inline log on a disk of its
 * own (so a copy of one LUN without the other tears the database, not a file system).
 */
export function databaseVg(
  name: string,
  disks: [string, string],
  data: DatabaseFs,
  log: DatabaseFs,
): VgInput {
  return {
    name,
    disks,
    lvs: [
      { name: data.lv, type: 'jfs2', lps: data.lps, disks: [0] },
      { name: log.lv, type: 'jfs2', lps: log.lps, disks: [1] },
    ],
    fileSystems: [
      { mountPoint: data.mountPoint, lv: data.lv, log: 'INLINE' },
      { mountPoint: log.mountPoint, lv: log.lv, log: 'INLINE' },
    ],
  };
}

/** DB2 database PRD, busy (20 transactions a second), its data in /db2/PRD/data and its own log in /db2/PRD/log. */
export const db2Prd: NonNullable<HostInput['apps']>[number] = {
  name: 'PRD',
  kind: 'db2',
  fileSystems: ['/db2/PRD/data', '/db2/PRD/log'],
  logFileSystem: '/db2/PRD/log',
  rate: 20,
};

/** Volumes of `sizeGb` mapped to `hosts`. */
export function volumes(ids: string[], hosts: string[], sizeGb = 100, image?: string): VolumeInput[] {
  return ids.map((id) => ({ id, sizeGb, hosts, ...(image ? { image } : {}) }));
}

/** An AIX 7.2 TL5 SP6 host with SDDPCM. */
export function aixHost(name: string, rest: Partial<HostInput> = {}): HostInput {
  return {
    name,
    aix: { release: '7.2', technologyLevel: 5, servicePack: 6, apars: [] },
    multipath: 'sddpcm',
    ...rest,
  };
}

/** DS8000 FlashCopy of the two datavg LUNs onto the two targets, with a consistency group. */
export const DS8K_FLASH_STEPS = [
  'mkflash -dev IBM.2107-75ABCD1 -freeze -record -persist -nocp 1000:1100 1001:1101',
  'unfreezeflash -dev IBM.2107-75ABCD1 10',
];

/** Hints every FlashCopy scenario shares (docs/procedure.md). */
export const COPY_HINTS = {
  lspv: 'Run lspv before and after cfgmgr to see which hdisks are the new target LUNs.',
  recreatevg:
    'The copy carries the PVIDs of the source VG: bring it up with recreatevg and every target hdisk.',
  prefixes:
    'recreatevg renames the LVs with the prefix fs and the mount points with /fs unless -Y and -L say otherwise.',
  fsck: 'After varyonvg, run fsck on each file system of the copy before mounting it.',
  noChdev: 'No chdev -a pv=clear / pv=yes is needed: recreatevg gives the disks new PVIDs itself.',
};

/**
 * Hints a training session offers by itself, once, when the world calls for them (schema.ts
 * `hintConditions`): what went wrong, and what to do now. A copy that logredo cannot replay, or that fsck
 * found damage on, is unusable (docs/procedure.md): the lesson is to take the copy again.
 */
export const OFFERED_HINTS = {
  disksDefined: {
    when: 'disks-defined',
    text: 'cfgmgr left disks Defined (lsdev -Cc disk): they carry the PVIDs of a VG that is varied on, and stay unconfigured until it is varied off. Unmount its file systems, vary it off, run cfgmgr again, and recreatevg the copy before varying the source on again.',
  },
  logWrapped: {
    when: 'copy-log-wrapped',
    text: 'The log wrapped during the copy: more transactions piled up between two sync points than the log holds, so logredo cannot replay it and the copy is unusable. Take the copy again, with the file systems frozen (chfs -a freeze=60) while the storage makes it.',
  },
  freezeTimedOut: {
    when: 'freeze-timed-out',
    text: 'The freeze ran out (errpt shows J2_FREEZE_TIMEOUT) and writes went on: a copy the storage had not made by then is not the frozen image. Take the copy again inside a freeze long enough for the storage’s work, and thaw (chfs -a freeze=off) as soon as it is made.',
  },
  fsckFoundErrors: {
    when: 'fsck-found-errors-on-copy',
    text: 'fsck found errors on the copy: it is unusable, whatever a later fsck says (fsck -y repairs only the metadata, not the data). Discard it and take the copy again, every LUN at one instant, frozen.',
  },
} as const satisfies Record<string, { when: HintCondition; text: string }>;

/** The DS8000 boxes of the mirror scenarios: production (local) and DR (remote). */
export const LOCAL_BOX = 'IBM.2107-75ABCD1';
export const REMOTE_BOX = 'IBM.2107-75WXYZ1';

/**
 * The world of the DR rehearsals: datavg on aixprod01 (a database writing to it) mirrored from the local
 * box to the remote one; the admin is on aixdr01, which sees only the secondaries (configured, unreadable).
 */
export function mirrorWorld(
  type: 'mmir' | 'gcp',
): Pick<ScenarioInput, 'storage' | 'hosts' | 'currentHost' | 'setup'> {
  return {
    storage: {
      flavour: 'ds8000',
      images: [LOCAL_BOX, REMOTE_BOX],
      volumes: [
        ...volumes(['1000', '1001'], ['aixprod01'], 100, LOCAL_BOX),
        ...volumes(['2000', '2001'], ['aixdr01'], 100, REMOTE_BOX),
      ],
    },
    hosts: [
      aixHost('aixdr01', { configured: ['2000', '2001'] }),
      aixHost('aixprod01', {
        vgs: [datavg(['1000', '1001'])],
        apps: [
          { name: 'PRD', kind: 'db2', fileSystems: ['/data', '/arch'], logFileSystem: '/arch', rate: 5 },
        ],
      }),
    ],
    currentHost: 'aixdr01',
    // The pairs reach full duplex (or Global Copy's first pass ends) within the hour before the rehearsal.
    setup: [
      {
        pprc: [
          ['1000', '2000'],
          ['1001', '2001'],
        ],
        type,
      },
      { advance: 3600 },
    ],
  };
}

/**
 * The graded items of a live copy of a database's VG brought up with recreatevg: the goal's mounts, a
 * usable copy, the database in its online-copy `mode` at the instant the storage made the copy (Oracle
 * begin backup: hot-backup; DB2 write suspend: suspended), production and the database given back, and
 * the traps.
 */
export function databaseCopyGrading(
  mounts: string[],
  app: string,
  mode: 'hot-backup' | 'suspended',
): GradeItem[] {
  return [
    { check: 'copy-varied-on', points: 20 },
    ...mounts.map((mountPoint) => ({ check: 'mounted' as const, mountPoint, points: 10 })),
    { check: 'copy-usable', points: 20 },
    { check: 'app-mode-during-copy', app, modes: [mode], points: 20 },
    { check: 'source-as-before', points: 20 },
    { check: 'applications-restored', points: 15 },
    ...TRAP_ITEMS,
    { check: 'pv-yes-before-recreatevg', points: 10 },
  ];
}
