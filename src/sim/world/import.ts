/**
 * The parts importvg and recreatevg share: defining a VG and its LVs in the ODM (synclvodm), and adding
 * the /etc/filesystems stanzas from the LV control blocks (imfs).
 */
import { deviceNameProblem } from '../../core/model/aix-names';
import type { DiskImage, Lvcb, Vgda } from './disk-image';
import { fsStanza } from './build';
import { stanzaOfDevice } from './etc-filesystems';
import type { Host } from './host';
import { usedDeviceNames } from './lvm';

/** The LVCBs of a VG gathered from its disks' images, by LV minor number. */
export function gatherLvcbs(images: readonly DiskImage[]): Map<number, Lvcb> {
  const lvcbs = new Map<number, Lvcb>();
  for (const image of images)
    for (const [minor, lvcb] of Object.entries(image.lvcbs)) lvcbs.set(Number(minor), lvcb);
  return lvcbs;
}

/** Defines the VG and its LVs in the ODM. */
export function defineInOdm(host: Host, name: string, vgda: Vgda): void {
  const major = Math.max(9, ...host.vgs.map((v) => v.majorNumber)) + 1;
  host.vgs.push({ name, vgid: vgda.vgid, pvids: [...vgda.pvids], majorNumber: major });
  for (const lv of vgda.lvs) host.lvs[lv.name] = { name: lv.name, vg: name, minor: lv.minor, type: lv.type };
}

/** Undoes defineInOdm (an import whose varyon failed leaves nothing behind). */
export function undefineInOdm(host: Host, name: string): void {
  host.vgs = host.vgs.filter((v) => v.name !== name);
  for (const lv of Object.values(host.lvs)) if (lv.vg === name) delete host.lvs[lv.name];
}

/**
 * imfs: one stanza per file-system LV whose LVCB has a label. A mount point or device already in
 * /etc/filesystems is skipped with imfs's warning (docs/aix-behaviour.md 10.1 step 6). A log named in the
 * LVCB that is not an LV of this VG is replaced by the VG's own log LV. Returns the warnings.
 */
export function importFileSystems(host: Host, vgda: Vgda, lvcbs: Map<number, Lvcb>): string[] {
  const warnings: string[] = [];
  const vgLogs = vgda.lvs.filter((lv) => lv.type === 'jfs2log' || lv.type === 'jfslog');
  for (const lv of vgda.lvs) {
    const lvcb = lvcbs.get(lv.minor);
    if (!lvcb?.fs || !lvcb.label) continue;
    const device = `/dev/${lv.name}`;
    if (host.filesystems.some((s) => s.name === lvcb.label) || stanzaOfDevice(host.filesystems, device)) {
      warnings.push(`imfs: Warning: logical volume ${lv.name} already exists in /etc/filesystems.`);
      continue;
    }
    let log = lvcb.fs.log;
    if (log !== 'INLINE' && !vgda.lvs.some((l) => `/dev/${l.name}` === log)) {
      log = vgLogs.length > 0 ? `/dev/${vgLogs[0].name}` : log;
    }
    host.filesystems.push(fsStanza(lvcb.label, lv.name, lvcb.fs.vfs, log, lvcb.fs.options));
    if (!host.directories.includes(lvcb.label)) host.directories.push(lvcb.label);
  }
  return warnings;
}

/**
 * Why a VG name cannot be used: invalid characters, a reserved device prefix (`hdisk12`: AIX strips the
 * trailing digits and compares, util8.c checkname), or a device of that name exists.
 */
export function vgNameProblem(host: Host, name: string): 'invalid' | 'reserved' | 'in-use' | null {
  if (!/^[A-Za-z0-9_.-]{1,15}$/.test(name) || name.startsWith('-')) return 'invalid';
  // Past the character and length checks, what core's naming rule still rejects is a reserved prefix.
  if (deviceNameProblem(name) !== undefined) return 'reserved';
  return usedDeviceNames(host).has(name) ? 'in-use' : null;
}
