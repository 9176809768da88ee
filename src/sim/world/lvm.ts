/**
 * LVM facts shared by the commands: which disk a device reads, which LVs are open, how names are
 * generated, and the in-memory view of varied-on VGs. The commands (src/sim/commands) print; this
 * module decides.
 */
import type { DiskImage, LvRecord, LvType, Vgda } from './disk-image';
import { attr, stanzaOfDevice } from './etc-filesystems';
import type { DiskDevice, Host } from './host';
import type { World } from './world';

/** The content of a configured device's LUN, or null if it cannot be read (Defined, or no host access). */
export function readDevice(world: World, device: DiskDevice): DiskImage | null {
  if (device.status !== 'Available') return null;
  if (!world.isReadable(device.volumeId)) return null;
  return world.readVolume(device.volumeId);
}

/** Devices by volume id. */
export function devicesByVolume(host: Host): Map<string, DiskDevice> {
  const map = new Map<string, DiskDevice>();
  for (const d of Object.values(host.devices)) map.set(d.volumeId, d);
  return map;
}

/** Is the LV open: a mounted file system on it, a log used by a mounted file system, or a running database's raw LV. */
export function openLvs(host: Host): Set<string> {
  const open = new Set<string>();
  for (const m of Object.values(host.mounts)) {
    open.add(m.lv);
    if (m.log !== 'INLINE') open.add(m.log.replace(/^\/dev\//, ''));
  }
  // A database holds its raw LVs open while its instance is up, write-suspended or in hot-backup too.
  for (const app of host.apps) if (app.mode !== 'stopped') for (const lv of app.rawLvs ?? []) open.add(lv);
  return open;
}

/** All device names in use on the host (disks, VGs, LVs): LVM names must not collide with any. */
export function usedDeviceNames(host: Host): Set<string> {
  const names = new Set<string>(Object.keys(host.devices));
  for (const vg of host.vgs) names.add(vg.name);
  for (const lv of Object.keys(host.lvs)) names.add(lv);
  return names;
}

/** First free system-generated name: prefix + two-digit sequence from 00 (AIX genseq). */
export function generateName(used: Set<string>, prefix: string): string {
  for (let n = 0; ; n++) {
    const name = `${prefix}${String(n).padStart(2, '0')}`;
    if (!used.has(name)) return name;
  }
}

/** Prefix of system-generated LV names by type (ODM PdAt logical_volume/prefix). */
export function lvNamePrefix(type: LvType): string {
  if (type === 'jfs' || type === 'jfs2') return 'fslv';
  if (type === 'jfslog' || type === 'jfs2log') return 'loglv';
  if (type === 'paging') return 'paging';
  if (type === 'boot') return 'bootlv';
  return 'lv';
}

/** Valid LVM device name: 1-15 characters, no slash or blank (AIX checkname). */
export function nameProblem(name: string): 'invalid' | 'too-long' | null {
  if (name.length === 0 || /[\s/:]/.test(name)) return 'invalid';
  if (name.length > 15) return 'too-long';
  return null;
}

/** The mount point /etc/filesystems gives an LV (`N/A` when no stanza has `dev = /dev/<lv>`). */
export function mountPointOf(host: Host, lvName: string): string {
  return stanzaOfDevice(host.filesystems, `/dev/${lvName}`)?.name ?? 'N/A';
}

/** Mount point by LV name for every stanza (`mountPointOf` for a whole listing at once). */
export function mountPointsByLv(host: Host): Map<string, string> {
  const map = new Map<string, string>();
  for (const s of host.filesystems) {
    const dev = attr(s, 'dev');
    if (dev?.startsWith('/dev/') && !map.has(dev.slice(5))) map.set(dev.slice(5), s.name);
  }
  return map;
}

/** PVs an LV sits on (distinct member indexes, in order of first use). */
export function lvPvs(lv: LvRecord): number[] {
  const seen: number[] = [];
  for (const e of lv.extents) if (!seen.includes(e.pv)) seen.push(e.pv);
  return seen;
}

/** Number of VGDA copies on member `index` of a VG with `count` PVs (AIX: 2 on the first of 1-2 PVs). */
export function vgdaCopiesOn(index: number, count: number): number {
  if (count <= 2) return index === 0 ? 2 : 1;
  return 1;
}

/** Total VGDA copies of a VG with `count` PVs: 2 for one PV, 3 for two, one per PV beyond. */
export function vgdaTotal(count: number): number {
  return count === 1 ? 2 : count === 2 ? 3 : count;
}

/** The VGDA of an ODM-defined VG, read from the first of its member disks that can be read. */
export function readVgda(world: World, host: Host, vgName: string): Vgda | null {
  const active = host.active[vgName];
  if (active) return active.vgda;
  const vg = host.vgs.find((v) => v.name === vgName);
  if (!vg) return null;
  for (const device of Object.values(host.devices)) {
    if (!device.pvid || !vg.pvids.includes(device.pvid)) continue;
    const image = readDevice(world, device);
    if (image?.vgda && image.vgda.vgid === vg.vgid) return image.vgda;
  }
  return null;
}
