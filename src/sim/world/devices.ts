/**
 * Disk devices as the AIX disk driver and the multipath code name and describe them, and the
 * configuration of one LUN (what cfgmgr does for each new LUN it finds).
 */
import type { HostLun } from '../storage/types';
import { type DiskDevice, diskPrefix, type Host } from './host';
import type { World } from './world';

/** lsdev description of a storage LUN under each multipath driver (docs/aix-behaviour.md 5.3). */
function diskDescription(host: Host, machineType: '2107' | '2145'): string {
  switch (host.multipath) {
    case 'sddpcm':
      return machineType === '2107' ? 'IBM MPIO FC 2107' : 'MPIO FC 2145';
    case 'mpio':
      return `MPIO IBM ${machineType} FC Disk`;
    case 'sdd':
      return 'Data Path Optimizer Pseudo Device Driver';
    case 'oem':
      return 'PowerPath Device';
  }
}

/**
 * The next free device name: AIX takes the lowest unused number (hdisk0 is the internal disk). `from`
 * lets a caller naming many devices in a row (cfgmgr) skip the numbers it already knows are taken.
 */
function nextDiskName(host: Host, from = 0): string {
  const prefix = diskPrefix(host);
  for (let n = from; ; n++) if (!host.devices[`${prefix}${n}`]) return `${prefix}${n}`;
}

/** The name the scenario gave this volume on this host, if no device holds it yet. */
function preferredName(host: Host, volumeId: string): string | undefined {
  const name = host.deviceNames[volumeId];
  return name !== undefined && !host.devices[name] ? name : undefined;
}

/** ODM lun_id attribute: the SCSI LUN number in the top 16 bits of a 64-bit value. */
function lunIdAttribute(lun: number): string {
  return lun === 0 ? '0x0' : `0x${lun.toString(16)}000000000000`;
}

/** Defines a device for a LUN (status and PVID are set by the caller: cfgmgr's rules decide them). */
export function defineDevice(
  host: Host,
  lun: HostLun,
  status: DiskDevice['status'],
  pvid: string | null,
  from = 0,
): DiskDevice {
  const device: DiskDevice = {
    name: preferredName(host, lun.volumeId) ?? nextDiskName(host, from),
    status,
    location: host.fcLocation,
    description: diskDescription(host, lun.machineType),
    volumeId: lun.volumeId,
    pvid,
    lunId: lunIdAttribute(lun.lun),
    uniqueId: lun.uniqueId,
    serial: lun.serial,
    sizeMb: lun.sizeGb * 1024,
    machineType: lun.machineType,
  };
  host.devices[device.name] = device;
  return device;
}

/** A fresh identifier from the host's machine id: PVIDs are 8 + 8 hex digits. */
export function newPvid(host: Host, random: { hex(n: number): string }): string {
  return host.givenIds?.pvids.shift() ?? `${host.machineId}${random.hex(8)}`;
}

/** VGIDs: machine id, `00004c00`, then 16 hex digits (docs/aix-behaviour.md 1.3). */
export function newVgid(host: Host, random: { hex(n: number): string }): string {
  const given = host.givenIds?.vgid;
  if (host.givenIds) host.givenIds.vgid = '';
  return given || `${host.machineId}00004c00${random.hex(16)}`;
}

/**
 * PVIDs of the disks a varied-on VG has open, collected once (a 1024-disk VG must not make cfgmgr
 * quadratic). A PV missing from its varied-on VG is not held: it comes back when configured.
 */
export function heldPvids(host: Host): Set<string> {
  return new Set(
    Object.values(host.active).flatMap((a) => a.vgda.pvids.filter((_, i) => a.disks[i] !== null)),
  );
}

/** How configuring a disk went: configured, or left Defined, and why. */
export type ConfigureOutcome = 'configured' | 'duplicate-pvid' | 'not-presented';

/**
 * Configures one disk device (cfgmgr, mkdev -l): Available with the PVID read from the disk, or, when a
 * varied-on VG holds that PVID (docs/procedure.md "cfgmgr and duplicate PVIDs"), left Defined without a
 * PVID in the ODM. A disk whose LUN the storage no longer presents cannot be configured: it stays Defined
 * (docs/aix-behaviour.md 20.6).
 */
export function configureDisk(world: World, held: Set<string>, device: DiskDevice): ConfigureOutcome {
  if (!world.isPresented(device.volumeId)) return 'not-presented';
  const readable = world.isReadable(device.volumeId);
  const pvid = readable ? world.readVolume(device.volumeId).pvid : null;
  if (pvid && held.has(pvid)) {
    device.status = 'Defined';
    device.pvid = null;
    return 'duplicate-pvid';
  }
  device.status = 'Available';
  device.pvid = pvid;
  return 'configured';
}
