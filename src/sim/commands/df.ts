/**
 * df [-k | -m | -g] [FileSystem | File ...]: the mounted file systems with their size and free space
 * (docs/aix-behaviour.md 14.7), in mount order. AIX's default unit is the 512-byte block; -k gives
 * 1024-byte blocks, -m and -g megabytes and gigabytes with two decimals. The simulator keeps no file
 * contents: the space used is a fixed share of each LV, the same on a copy as on its source.
 */
import { fail, ok } from '../command-result';
import { ERRNO, lines } from '../messages';
import { activeLv } from '../world/filesystem';
import type { Mount } from '../world/host';
import { type SimCommand, usage } from './command';
import { getopt } from './getopt';
import { mountsInOrder } from './mount';

const USAGE = 'Usage: df [-P] [-I|-M|-i|-t|-v] [-k|-m|-g] [-s] [FileSystem ...|File ...]';

/** Each unit: its column heading, and a size in 512-byte blocks written in it. */
const UNITS = {
  '512': { heading: '512-blocks', show: (blocks: number) => String(blocks) },
  k: { heading: '1024-blocks', show: (blocks: number) => String(Math.floor(blocks / 2)) },
  m: { heading: 'MB blocks', show: (blocks: number) => (blocks / 2048).toFixed(2) },
  g: { heading: 'GB blocks', show: (blocks: number) => (blocks / 2048 / 1024).toFixed(2) },
};

/** Size and use of a mounted file system, in 512-byte blocks and inodes. */
function usageOf(mount: Mount, host: Parameters<typeof activeLv>[0]) {
  const found = activeLv(host, mount.lv);
  const size = found ? found.lv.lps * host.active[found.vg].vgda.ppSizeMb * 2048 : 0;
  // A fixed share from 10% to 69% by the LV's place in its VG and size: a copy shows its source's figures.
  const share = found ? (((found.lv.minor * 37 + found.lv.lps) % 60) + 10) / 100 : 0;
  const used = Math.floor(size * share);
  // About one file per 32 KB used; JFS2 allocates inodes as needed, one per 4 KB of space at most.
  const inodes = Math.floor(used / 64) + 4;
  const percent = (part: number, whole: number) => `${whole > 0 ? Math.ceil((100 * part) / whole) : 0}%`;
  return {
    size,
    free: size - used,
    used: percent(used, size),
    inodes,
    inodesUsed: percent(inodes, size / 8),
  };
}

export const df: SimCommand = {
  name: 'df',
  run(args, ctx) {
    const parsed = getopt('df', args, 'PIMitvkmgs');
    if (!parsed.ok) return usage(parsed.error, USAGE);
    const { flags, operands } = parsed.args;
    const unit = UNITS[(['g', 'm', 'k'].find((f) => flags.has(f)) ?? '512') as keyof typeof UNITS];
    const host = ctx.world.host();
    const mounts = mountsInOrder(host);
    // An operand names a file system (mount point or device) or a file: the file system holding it.
    const holding = (path: string) =>
      mounts.find((m) => m.mountPoint === path || m.device === path) ??
      mounts
        .filter((m) => m.mountPoint === '/' || path.startsWith(`${m.mountPoint}/`))
        .sort((a, b) => b.mountPoint.length - a.mountPoint.length)[0];
    const missing = operands.filter((o) => !o.startsWith('/'));
    if (missing.length > 0) return fail(lines(...missing.map((o) => `df: ${o}: ${ERRNO.ENOENT}`)));
    const shown = operands.length > 0 ? operands.flatMap((o) => holding(o) ?? []) : mounts;
    const header = `${'Filesystem'.padEnd(14)}${unit.heading.padStart(10)}      Free %Used    Iused %Iused Mounted on`;
    const rows = shown.map((m) => {
      const u = usageOf(m, host);
      return `${m.device.padEnd(13)} ${unit.show(u.size).padStart(10)}${unit.show(u.free).padStart(10)}${u.used.padStart(6)}${String(u.inodes).padStart(9)}${u.inodesUsed.padStart(7)} ${m.mountPoint}`;
    });
    return ok(lines(header, ...rows));
  },
};
