/**
 * Varying a VG on and off, as varyonvg, importvg and recreatevg do it: find the member disks by PVID,
 * read the VGDA, check the quorum (more than half of the VGDA copies), open the disks.
 */
import type { Vgda } from './disk-image';
import { type DiskDevice, type Host, type OdmVg, sortedDevices } from './host';
import { openLvs, readDevice, vgdaCopiesOn, vgdaTotal } from './lvm';
import type { World } from './world';

/** One line of varyonvg's `PV Status:` list. */
export interface PvStatus {
  device: string;
  pvid: string;
  status: 'PVACTIVE' | 'PVMISSING' | 'DUPPVID';
}

export type VaryOnOutcome =
  | { kind: 'ok'; pvStatus: PvStatus[] }
  | { kind: 'already-on' }
  | { kind: 'no-vgda' }
  | { kind: 'no-quorum'; pvStatus: PvStatus[] }
  | { kind: 'pv-missing'; pvStatus: PvStatus[] };

/** Configured devices whose disk carries this VG's VGDA under this PVID, in device order. */
function candidates(world: World, host: Host, vg: OdmVg, pvid: string): { device: DiskDevice; vgda: Vgda }[] {
  const found: { device: DiskDevice; vgda: Vgda }[] = [];
  for (const device of sortedDevices(host)) {
    if (device.pvid !== pvid) continue;
    const image = readDevice(world, device);
    if (image?.pvid === pvid && image.vgda?.vgid === vg.vgid) found.push({ device, vgda: image.vgda });
  }
  return found;
}

/**
 * varyonvg's core. `force` (-f) varies on without quorum; missing PVs are then `removed`. The PV status
 * list is returned whenever a PV is missing or duplicated (varyonvg prints it then, AIX 4.1 varyonvg.c).
 */
export function varyOn(world: World, host: Host, vg: OdmVg, force: boolean): VaryOnOutcome {
  if (host.active[vg.name]) return { kind: 'already-on' };
  // Index the configured devices by PVID once, so a 1024-disk VG is not a quadratic scan.
  const byPvid = new Map<string, DiskDevice[]>();
  for (const d of sortedDevices(host)) {
    if (d.status !== 'Available' || !d.pvid) continue;
    const list = byPvid.get(d.pvid);
    if (list) list.push(d);
    else byPvid.set(d.pvid, [d]);
  }
  const pvStatus: PvStatus[] = [];
  const disks: (string | null)[] = [];
  let newest: Vgda | null = null;
  let present = 0;
  let anomaly = false;
  vg.pvids.forEach((pvid, index) => {
    const devices = byPvid.get(pvid) ?? [];
    const found =
      devices.length === 1
        ? (() => {
            const image = readDevice(world, devices[0]);
            return image?.pvid === pvid && image.vgda?.vgid === vg.vgid
              ? [{ device: devices[0], vgda: image.vgda }]
              : [];
          })()
        : candidates(world, host, vg, pvid);
    // LVM writes the VGDA and VGSA as it opens a PV for varyon: a disk the storage write-protects (a
    // mirror secondary before failoverpprc, a -tgtinhibit target) cannot be opened, so it counts as
    // missing (docs/aix-behaviour.md 0.4 rule 10, 17.4: the PV Status list, then 0516-052 without quorum).
    if (found.length > 0 && !found.some((f) => world.isWritable(f.device.volumeId))) found.length = 0;
    if (found.length === 0) {
      anomaly = true;
      disks.push(null);
      pvStatus.push({ device: devices[0]?.name ?? '', pvid, status: 'PVMISSING' });
      return;
    }
    if (found.length > 1) anomaly = true;
    const chosen = found[0];
    disks.push(chosen.device.name);
    present += vgdaCopiesOn(index, vg.pvids.length);
    pvStatus.push({ device: chosen.device.name, pvid, status: found.length > 1 ? 'DUPPVID' : 'PVACTIVE' });
    if (!newest || chosen.vgda.timestamp > newest.timestamp) newest = chosen.vgda;
  });
  if (!newest) return { kind: 'no-vgda' };
  const vgda: Vgda = newest;
  const quorumMet = present * 2 > vgdaTotal(vg.pvids.length);
  if (!force) {
    if (vgda.quorum && !quorumMet) return { kind: 'no-quorum', pvStatus };
    if (!vgda.quorum && disks.includes(null)) return { kind: 'pv-missing', pvStatus };
  }
  host.active[vg.name] = { vgda, disks };
  return { kind: 'ok', pvStatus: anomaly ? pvStatus : [] };
}

export type VaryOffOutcome = { kind: 'ok' } | { kind: 'not-active' } | { kind: 'lv-open'; lv: string };

/** varyoffvg's core: every LV must be closed (umount closes a file system's LV and its log). */
export function varyOff(host: Host, vgName: string): VaryOffOutcome {
  const active = host.active[vgName];
  if (!active) return { kind: 'not-active' };
  const open = openLvs(host);
  const busy = active.vgda.lvs.find((lv) => open.has(lv.name));
  if (busy) return { kind: 'lv-open', lv: busy.name };
  delete host.active[vgName];
  return { kind: 'ok' };
}
