/**
 * mount: without arguments the mounted-file-system table (docs/aix-behaviour.md 14.2); `mount /fs` or
 * `mount /dev/lv` mounts a file system of /etc/filesystems. A file system that was not cleanly unmounted
 * (a copy of a mounted, unfrozen one) has its log replayed first: `Replaying log for /dev/lv.` on stdout;
 * if it stays dirty, 0506-324 + 0506-342 and fsck is needed (14.3). A log that disagrees with the file
 * system replays "successfully": the mount works and the damage is silent (docs/procedure.md). Mounted over a
 * directory that holds a mount point (/data over /data/sub mounted first), it hides that file system.
 */
import { type CommandResult, fail, ok } from '../command-result';
import { ERRNO, lines, msg } from '../messages';
import { mountFileSystem } from '../world/filesystem';
import { attr } from '../world/etc-filesystems';
import type { Host, Mount } from '../world/host';
import type { World } from '../world/world';
import { lastOperand, type SimCommand, usage } from './command';
import { formatDate } from './date';
import { targetNames } from './fs-target';
import { getopt } from './getopt';

const USAGE =
  'Usage: mount [-f] [-n Node] [-o Options] [-p] [-r] [-t Type] [-v Vfs] [ -a | all | [Node:]Device [Directory] | Directory ]';

const HEADER = [
  '  node       mounted        mounted over    vfs       date        options      ',
  '-------- ---------------  ---------------  ------ ------------ --------------- ',
];

/** One row: node blank, then fields at columns 9, 26, 43, 50 and 63; long values push right. */
function row(mount: Mount): string {
  const options = `${mount.readOnly ? 'ro' : 'rw'},log=${mount.log}`;
  const date = formatDate(mount.mountedAt, '%b %d %H:%M') ?? '';
  return `${''.padEnd(8)} ${mount.device.padEnd(16)} ${mount.mountPoint.padEnd(16)} ${mount.vfs.padEnd(6)} ${date} ${options.padEnd(15)} `;
}

/** The mounted file systems in mount order, as mount and df list them. */
export function mountsInOrder(host: Host): Mount[] {
  return Object.values(host.mounts).sort((a, b) => a.mountedAt - b.mountedAt);
}

/** The table, in mount order. */
function mountTable(host: Host): string {
  return lines(...HEADER, ...mountsInOrder(host).map(row));
}

/**
 * The log replay mount runs left the file system dirty: mount's logredo reports its failure (the -1 of
 * real AIX transcripts), then mount refuses with 0506-324 and 0506-342 (docs/aix-behaviour.md 14.3).
 */
function replayFailed(device: string, mountPoint: string): CommandResult {
  return fail(
    lines(
      msg('mount.replay-failed', '-1'),
      msg('0506-324', device, mountPoint, ERRNO.EFORMAT),
      msg('0506-342', device),
    ),
    1,
    lines(msg('mount.replaying', device)),
  );
}

interface MountOptions {
  readOnly: boolean;
  /** -o noguard: mount a mountguard file system whose superblock says it is mounted elsewhere. */
  noGuard: boolean;
}

function mountOne(world: World, target: string, options: MountOptions): CommandResult {
  const host = world.host();
  const outcome = mountFileSystem(world, host, target, options);
  const { device, mountPoint } = targetNames(host, target);
  if (outcome === 'not-in-filesystems') return fail(lines(msg('0506-334', target)));
  if (outcome === 'no-log') return fail(lines(msg('0506-322', device, mountPoint)));
  if (outcome === 'no-device' || outcome === 'no-directory') {
    return fail(lines(msg('0506-324', device, mountPoint, ERRNO.ENOENT)));
  }
  if (outcome.kind === 'busy') return fail(lines(msg('0506-324', device, mountPoint, ERRNO.EBUSY)));
  if (outcome.kind === 'guarded') return fail(lines(msg('0506-365', device, mountPoint)));
  if (outcome.kind === 'dirty') return replayFailed(device, mountPoint);
  return ok(outcome.replayed ? lines(msg('mount.replaying', device)) : '');
}

/**
 * `mount all` / `mount -a`: every stanza with `mount = true` that is not mounted yet, in file order
 * (mount.c's "all" group); each failure is reported and the others go on.
 */
function mountAll(world: World, options: MountOptions): CommandResult {
  const host = world.host();
  const mounted = new Set(Object.keys(host.mounts));
  const results = host.filesystems
    // /proc is mounted from boot and not modelled: only JFS and JFS2 stanzas are considered.
    .filter(
      (s) => attr(s, 'mount') === 'true' && /^jfs2?$/.test(attr(s, 'vfs') ?? '') && !mounted.has(s.name),
    )
    .map((s) => mountOne(world, s.name, options));
  return {
    stdout: results.map((r) => r.stdout).join(''),
    stderr: results.map((r) => r.stderr).join(''),
    exitCode: Math.max(0, ...results.map((r) => r.exitCode)),
  };
}

export const mount: SimCommand = {
  name: 'mount',
  run(args, ctx) {
    const parsed = getopt('mount', args, 'fn:o:prt:v:a');
    if (!parsed.ok) return usage(parsed.error, USAGE);
    const { flags, operands } = parsed.args;
    if (operands.length === 0 && flags.size === 0) return ok(mountTable(ctx.world.host()));
    const o = String(flags.get('o') ?? '').split(',');
    const options = { readOnly: flags.has('r') || o.includes('ro'), noGuard: o.includes('noguard') };
    if (flags.has('a') || (operands.length === 1 && operands[0] === 'all')) {
      if (operands.length > (flags.has('a') ? 0 : 1)) return usage(null, USAGE);
      return mountAll(ctx.world, options);
    }
    // `mount /dev/lv /dir` names the same file system twice; the stanza decides where it goes.
    if (operands.length === 0 || operands.length > 2 || flags.has('n')) return usage(null, USAGE);
    return mountOne(ctx.world, operands[0], options);
  },
  // Only a mount of a file system replays a log; `mount` alone lists what is mounted.
  faultable: (args) => args.some((a) => !a.startsWith('-')),
  faults: {
    // The log replay left the superblock dirty (docs/aix-behaviour.md 14.3): a full fsck is needed.
    'dirty-superblock': (args, ctx) => {
      const { device, mountPoint } = targetNames(ctx.world.host(), lastOperand(args));
      return replayFailed(device, mountPoint);
    },
  },
};
