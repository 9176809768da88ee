/**
 * readvgda PhysicalVolume: the VG descriptor area as written on the disk (docs/aix-behaviour.md 9.6): the
 * VG id, its name, its LVs and the PV list by PVID. Read from the disk, not the ODM: on a copy it shows the
 * source's VG id and PVIDs, which is why recreatevg must give the copy its own.
 */
import { fail, ok } from '../command-result';
import { lines, msg } from '../messages';
import { type SimCommand, usage } from './command';
import { getopt } from './getopt';
import { openRawDisk } from './raw-disk';

const USAGE = 'Usage: readvgda PhysicalVolume';

/** A field of the listing: its name padded, then its value. */
const field = (name: string, value: string | number) => `${`${name}:`.padEnd(16)}${value}`;

export const readvgda: SimCommand = {
  name: 'readvgda',
  run(args, ctx) {
    const parsed = getopt('readvgda', args, '');
    if (!parsed.ok) return usage(parsed.error, USAGE);
    const [disk] = parsed.args.operands;
    if (!disk || parsed.args.operands.length > 1) return usage(null, USAGE);
    const image = openRawDisk('readvgda', ctx, disk);
    if (!('pvid' in image)) return image;
    const { vgda } = image;
    if (!vgda) return fail(lines(msg('0516-320', 'readvgda', disk.replace(/^\/dev\/r?/, ''))));
    return ok(
      lines(
        '.....    VGDA HEADER     .....',
        field('vg_id', vgda.vgid),
        field('vg_name', vgda.vgName),
        field('vg_type', vgda.vgType),
        field('numlvs', vgda.lvs.length),
        field('numpvs', vgda.pvids.length),
        field('ppsize', `${vgda.ppSizeMb} megabyte(s)`),
        field('timestamp', vgda.timestamp),
        '.....    LV LIST     .....',
        ...vgda.lvs.map(
          (lv) => `${field('lv_name', lv.name.padEnd(15))} lv_id: ${vgda.vgid}.${lv.minor}  type: ${lv.type}`,
        ),
        '.....    PV LIST     .....',
        ...vgda.pvids.map(
          (pvid, i) =>
            `${field('pv_id', `${pvid}0000000000000000`)}  pvnum: ${i + 1}  pp_count: ${vgda.totalPps[i] ?? 0}`,
        ),
      ),
    );
  },
};
