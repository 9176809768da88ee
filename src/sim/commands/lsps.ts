/**
 * lsps -a | -s | PagingSpace: the paging spaces, one line per physical volume each sits on
 * (docs/aix-behaviour.md 9.7). A disk holding an active paging space cannot leave its VG: retiring a copy
 * checks its disks carry none. A paging space is an LV of type paging in a varied-on VG; only rootvg's hd6
 * is active (swapon) and activated at boot, as on a system installed with the default paging space.
 */
import { ok } from '../command-result';
import { lines, msg } from '../messages';
import type { Host } from '../world/host';
import { lvPvs } from '../world/lvm';
import { type SimCommand, usage } from './command';
import { getopt } from './getopt';

const USAGE = 'Usage: lsps {-s | [-c | -l] {-a | -t {lv|nfs} | PagingSpace}}';

/** The default paging space AIX installs in rootvg, active and turned on at every boot. */
const DEFAULT_PAGING = 'hd6';

/** What the system has paged out; the simulator runs nothing that pages, so a steady 1%. */
const PERCENT_USED = 1;

interface PagingSpace {
  name: string;
  pv: string;
  vg: string;
  sizeMb: number;
}

function pagingSpaces(host: Host): PagingSpace[] {
  return Object.entries(host.active).flatMap(([vg, active]) =>
    active.vgda.lvs
      .filter((lv) => lv.type === 'paging')
      .flatMap((lv) =>
        lvPvs(lv).map((pv) => ({
          name: lv.name,
          pv: active.disks[pv] ?? active.vgda.pvids[pv] ?? '',
          vg,
          sizeMb: lv.lps * active.vgda.ppSizeMb,
        })),
      ),
  );
}

/** The -a layout: the size right-aligned under Size, the flags one column left of their headings (AIX 7). */
function row(p: PagingSpace): string {
  const active = p.name === DEFAULT_PAGING ? 'yes' : 'no';
  return [
    p.name.padEnd(16),
    p.pv.padEnd(18),
    p.vg.padEnd(14),
    `${p.sizeMb}MB`.padStart(6),
    String(PERCENT_USED).padStart(6),
    active.padStart(6),
    active.padStart(6),
    'lv'.padStart(6),
    '0'.padStart(6),
  ].join('');
}

const HEADER = 'Page Space      Physical Volume   Volume Group    Size %Used Active  Auto  Type Chksum';

export const lsps: SimCommand = {
  name: 'lsps',
  run(args, ctx) {
    const parsed = getopt('lsps', args, 'sacl');
    if (!parsed.ok) return usage(parsed.error, USAGE);
    const { flags, operands } = parsed.args;
    const spaces = pagingSpaces(ctx.world.host());
    if (flags.has('s')) {
      if (flags.size > 1 || operands.length > 0) return usage(null, USAGE);
      const totalMb = spaces.reduce((n, p) => n + p.sizeMb, 0);
      return ok(
        lines(
          'Total Paging Space   Percent Used',
          `${`${totalMb}MB`.padStart(12)}${`${PERCENT_USED}%`.padStart(15)}`,
        ),
      );
    }
    if (flags.has('c') || flags.has('l')) {
      return usage('lsps: the -c and -l layouts are not part of this simulator; use lsps -a.', USAGE);
    }
    if (flags.has('a') === operands.length > 0 || operands.length > 1) return usage(null, USAGE);
    const shown = flags.has('a') ? spaces : spaces.filter((p) => p.name === operands[0]);
    if (shown.length === 0)
      return { stdout: '', stderr: lines(msg('lsps.not-found', operands[0] ?? '')), exitCode: 1 };
    return ok(lines(HEADER, ...shown.map(row)));
  },
};
