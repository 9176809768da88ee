/**
 * What a paste did not tell, and the command that tells it: after one `lspv`, the page
 * says that the VG's LVs come from `lsvg -l datavg` and each file system's log from `lsfs -q` or
 * /etc/filesystems, instead of leaving the admin to guess, or a default to stand in for the fact.
 */
import type { OutputKind } from './types';

/** One output read from the paste: its kind, and what it read (lsfs says logs only with -q). */
export interface ReadOutput {
  kind: OutputKind | null;
  read: readonly string[];
}

/** A fact the paste did not give, and the commands (any one of them) that print it. */
export interface StillNeeded {
  fact: string;
  commands: string[];
}

interface Teller {
  fact: string;
  /** Whether an output read tells this fact. */
  told(output: ReadOutput): boolean;
  commands(vg: string): string[];
}

const byKind =
  (...kinds: OutputKind[]) =>
  (output: ReadOutput) =>
    output.kind !== null && kinds.includes(output.kind);

/**
 * The facts a runbook needs from the host, in the order the wizard uses them. Plain `lsfs` prints no
 * log column (docs/aix-behaviour.md §4.2): only its `-q` detail line (`inline log: yes|no`) or the `log =`
 * line of /etc/filesystems tells a file system's log.
 */
const tellers: readonly Teller[] = [
  {
    fact: "the source VG's disks and their PVIDs",
    told: byKind('lspv', 'lsvg-pvs', 'lspv-disk'),
    commands: (vg) => ['lspv', `lsvg -p ${vg}`],
  },
  {
    fact: "the source VG's format (original, big or scalable) and whether it is varied on",
    told: byKind('lsvg-status'),
    commands: (vg) => [`lsvg ${vg}`],
  },
  {
    fact: "the source VG's logical volumes and file systems",
    told: byKind('lsvg-lvs'),
    commands: (vg) => [`lsvg -l ${vg}`],
  },
  {
    fact: "each file system's log (a log LV, shared or not, or INLINE)",
    told: (output) =>
      output.kind === 'etc-filesystems' ||
      (output.kind === 'lsfs' &&
        output.read.some((r) => r.includes('inline log') || r.includes('log device'))),
    commands: () => ['lsfs -q', 'cat /etc/filesystems'],
  },
  {
    fact: 'which file systems are mounted',
    told: byKind('mount', 'lsvg-lvs'),
    commands: () => ['mount'],
  },
  {
    fact: 'the storage (DS8000, SVC) and the multipath driver',
    told: byKind('lsdev-disk'),
    commands: () => ['lsdev -Cc disk'],
  },
  {
    fact: 'the storage volume behind each disk',
    told: byKind('lsattr-disk'),
    commands: () => ['lsattr -El hdiskN -a unique_id (for each disk of the VG)'],
  },
  {
    fact: 'the AIX level',
    told: byKind('oslevel'),
    commands: () => ['oslevel -s'],
  },
];

/**
 * The facts none of the outputs read tells, each with its commands; `vg` is the source VG's name
 * ('' while unknown: then naming it comes first, and the commands say VG).
 */
export function stillNeeded(outputs: readonly ReadOutput[], vg: string): StillNeeded[] {
  const read = outputs.filter((output) => output.read.length > 0);
  const name = vg === '' ? 'VG' : vg;
  const naming: StillNeeded[] =
    vg === ''
      ? [
          {
            fact: "the source VG's name (type it below; lsvg -o lists the varied-on VGs)",
            commands: ['lsvg -o'],
          },
        ]
      : [];
  return [
    ...naming,
    ...tellers
      .filter((teller) => !read.some((output) => teller.told(output)))
      .map((teller) => ({ fact: teller.fact, commands: teller.commands(name) })),
  ];
}
