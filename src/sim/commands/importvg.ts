/**
 * importvg: makes a VG known to this host from one of its disks (docs/aix-behaviour.md 10.1, 12): finds the
 * other members by VGID, defines VG and LVs in the ODM (renaming clashing LV names: 0516-530), varies it
 * on, prints its name, and adds /etc/filesystems stanzas (imfs). A VGID already defined on the host (a
 * copy whose source VG is here) is refused: 0516-572 + 0516-780; recreatevg is the tool for that.
 */
import { type CommandResult, fail } from '../command-result';
import { lines, msg } from '../messages';
import type { DiskImage, Lvcb, Vgda } from '../world/disk-image';
import { sortedDevices } from '../world/host';
import { defineInOdm, gatherLvcbs, importFileSystems, undefineInOdm, vgNameProblem } from '../world/import';
import { generateName, lvNamePrefix, readDevice, usedDeviceNames } from '../world/lvm';
import { updateImage } from '../world/physics';
import { lastOperand, type SimCommand, usage } from './command';
import { getopt, param } from './getopt';
import { varyOnAndReport } from './varyonvg';

const USAGE =
  'Usage: importvg [-V MajorNumber] [-y VGname] [-f] [-c] [-x] | [-L VGname] [-n] [-F] [-R] [-I] [-O] PVname\nImports the definition of a volume group.';

export const importvg: SimCommand = {
  name: 'importvg',
  run(args, ctx): CommandResult {
    const parsed = getopt('importvg', args, 'V:y:fcxL:nFRIO');
    if (!parsed.ok) return usage(parsed.error, USAGE);
    const { flags, operands } = parsed.args;
    if (operands.length === 0) return usage(msg('0516-604', 'importvg'), USAGE);
    if (operands.length > 1 || flags.has('L')) return usage(null, USAGE);
    const world = ctx.world;
    const host = world.host();
    const pvName = operands[0];
    const name = param(parsed.args, 'y') ?? generateName(usedDeviceNames(host), 'vg');
    const nameProblem = vgNameProblem(host, name);
    if (nameProblem === 'invalid') return fail(lines(msg('lvm.invalid-vg-name', 'importvg', name)));
    if (nameProblem === 'reserved') {
      return fail(lines(msg('0516-358', 'getvgname'), msg('0516-776', 'importvg', pvName, name)));
    }
    if (nameProblem === 'in-use') {
      return fail(lines(msg('0516-360', 'getvgname'), msg('0516-776', 'importvg', pvName, name)));
    }
    const device = host.devices[pvName];
    const image = device ? readDevice(world, device) : null;
    if (!image?.vgda) {
      return fail(lines(msg('0516-562', 'redefinevg', pvName), msg('0516-780', 'importvg', pvName)));
    }
    const existing = host.vgs.find((v) => v.vgid === image.vgda!.vgid);
    if (existing) {
      return fail(lines(msg('0516-572', 'redefinevg', existing.name), msg('0516-780', 'importvg', pvName)));
    }
    // The other members: configured disks whose VGDA has the same VGID. redefinevg loads the PVIDs it
    // reads from them into the ODM (a disk configured while unreadable, e.g. a mirror secondary, had none).
    const memberImages: DiskImage[] = [];
    const memberVolumes: string[] = [];
    for (const d of sortedDevices(host)) {
      const other = readDevice(world, d);
      if (other?.vgda?.vgid === image.vgda.vgid && !memberVolumes.includes(d.volumeId)) {
        memberImages.push(other);
        memberVolumes.push(d.volumeId);
        d.pvid = other.pvid;
      }
    }
    // synclvodm: an LV name already used on the host gets a system-generated name, written to the VGDA.
    const used = usedDeviceNames(host);
    used.add(name);
    const renames: string[] = [];
    const lvcbs = gatherLvcbs(memberImages);
    const lvs = image.vgda.lvs.map((lv) => {
      if (!used.has(lv.name)) {
        used.add(lv.name);
        return lv;
      }
      const renamed = generateName(used, lvNamePrefix(lv.type));
      used.add(renamed);
      renames.push(msg('0516-530', 'synclvodm', lv.name, renamed));
      const lvcb = lvcbs.get(lv.minor);
      if (lvcb) lvcbs.set(lv.minor, { ...lvcb, lvName: renamed });
      return { ...lv, name: renamed };
    });
    const vgda: Vgda = renames.length > 0 ? { ...image.vgda, lvs, timestamp: world.now() } : image.vgda;
    if (renames.length > 0) {
      memberVolumes.forEach((volume) => {
        updateImage(world, volume, (img) => ({ ...img, vgda, lvcbs: renamedLvcbs(img, lvcbs) }));
      });
    }
    defineInOdm(host, name, vgda);
    if (!flags.has('n')) {
      const varied = varyOnAndReport(world, name, flags.has('f'));
      if (varied.exitCode !== 0) {
        undefineInOdm(host, name);
        return fail(
          lines(...renames) + varied.stderr + lines(msg('0516-780', 'importvg', pvName)),
          1,
          varied.stdout,
        );
      }
    }
    const warnings = importFileSystems(host, vgda, lvcbs);
    return { stdout: `${name}\n`, stderr: lines(...renames, ...warnings), exitCode: 0 };
  },
  faults: {
    // The disk cannot be read (docs/aix-behaviour.md 10.1: redefinevg's 0516-562, then 0516-780).
    'pv-unreadable': (args) =>
      fail(
        lines(
          msg('0516-562', 'redefinevg', lastOperand(args)),
          msg('0516-780', 'importvg', lastOperand(args)),
        ),
      ),
  },
};

/** The image's LVCBs with the new LV names. */
function renamedLvcbs(image: DiskImage, lvcbs: Map<number, Lvcb>): Record<number, Lvcb> {
  const out: Record<number, Lvcb> = {};
  for (const minor of Object.keys(image.lvcbs)) out[Number(minor)] = lvcbs.get(Number(minor))!;
  return out;
}
