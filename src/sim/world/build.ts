/**
 * Builds the starting state of a host from a scenario: the internal rootvg, the VGs on storage LUNs
 * (written to the LUNs as if mkvg, mklv and crfs had run long ago), the ODM, /etc/filesystems, the
 * varied-on VGs and the applications. Mounting happens afterwards, through the same code as `mount`.
 */
import type { HostSpec, VgSpec } from '../scenarios/schema';
import type { HostLun } from '../storage/types';
import type { DiskImage, Extent, FsPortion, LogArea, Lvcb, LvRecord, Vgda } from './disk-image';
import { defineDevice, newPvid, newVgid } from './devices';
import type { Stanza } from './etc-filesystems';
import { type Host, LOCAL_VOLUME } from './host';
import type { SeededRandom } from './random';

/** Log capacity in transactions for a log of this many megabytes (one 4 KB page a transaction). */
function logCapacity(megabytes: number): number {
  return megabytes * 256;
}

/** Thrown for a scenario that cannot be built (an LV larger than its disks, an unknown log...). */
export class ScenarioBuildError extends Error {}

interface BuiltVg {
  vgda: Vgda;
  images: DiskImage[];
}

/**
 * Lays out a VG on disks of the given sizes and writes its images: PVIDs, the shared VGDA, the LVCBs,
 * file-system portions and logs. Pure: returns the images for the caller to write.
 */
function layOutVg(
  spec: VgSpec,
  diskSizesMb: number[],
  pvids: string[],
  vgid: string,
  timestamp: number,
): BuiltVg {
  const totalPps = diskSizesMb.map((mb) => Math.floor(mb / spec.ppSizeMb));
  const free = [...totalPps];
  const lvs: LvRecord[] = spec.lvs.map((lv, i) => {
    const extents: Extent[] = [];
    let remaining = lv.lps;
    lv.disks.forEach((d, k) => {
      if (d >= pvids.length) throw new ScenarioBuildError(`LV ${lv.name}: VG ${spec.name} has no disk ${d}`);
      const share = k === lv.disks.length - 1 ? remaining : Math.ceil(lv.lps / lv.disks.length);
      const pps = Math.min(share, remaining);
      if (pps > free[d]) {
        throw new ScenarioBuildError(
          `LV ${lv.name} needs ${pps} PPs on disk ${d} of VG ${spec.name}, which has ${free[d]} free: make the disk larger or the LV smaller`,
        );
      }
      free[d] -= pps;
      remaining -= pps;
      if (pps > 0) extents.push({ pv: d, pps });
    });
    return { minor: i + 1, name: lv.name, type: lv.type, lps: lv.lps, copies: 1, extents };
  });
  const vgda: Vgda = {
    vgName: spec.name,
    vgid,
    vgType: spec.type,
    ppSizeMb: spec.ppSizeMb,
    pvids,
    totalPps,
    lvs,
    quorum: spec.quorum,
    autoOn: spec.autoOn,
    concurrentCapable: false,
    timestamp,
  };
  const images = pvids.map(
    (
      pvid,
      member,
    ): {
      pvid: string;
      vgda: Vgda;
      member: number;
      lvcbs: Record<number, Lvcb>;
      fs: Record<number, FsPortion>;
      logs: Record<number, LogArea>;
    } => ({
      pvid,
      vgda,
      member,
      lvcbs: {},
      fs: {},
      logs: {},
    }),
  );
  for (const lv of lvs) {
    const first = lv.extents[0]?.pv ?? 0;
    const fsSpec = spec.fileSystems.find((f) => f.lv === lv.name);
    if (fsSpec && fsSpec.log !== 'INLINE' && !lvs.some((l) => l.name === fsSpec.log)) {
      throw new ScenarioBuildError(
        `file system ${fsSpec.mountPoint}: log ${fsSpec.log} is not an LV of VG ${spec.name}`,
      );
    }
    images[first].lvcbs[lv.minor] = {
      lvName: lv.name,
      type: lv.type,
      label: fsSpec?.mountPoint ?? null,
      fs: fsSpec
        ? {
            vfs: fsSpec.vfs,
            log: fsSpec.log === 'INLINE' ? 'INLINE' : `/dev/${fsSpec.log}`,
            mount: 'true',
            check: 'false',
            options: fsSpec.options,
            account: 'false',
            size512: lv.lps * spec.ppSizeMb * 2048,
          }
        : null,
    };
    const sizeMb = lv.lps * spec.ppSizeMb;
    if (lv.type === 'jfs2log' || lv.type === 'jfslog') {
      images[first].logs[lv.minor] = {
        windows: {},
        capacity: logCapacity(sizeMb),
        wrapped: false,
        clean: true,
      };
    }
    if (fsSpec) {
      for (const e of lv.extents) images[e.pv].fs[lv.minor] = { metaGen: 0, apps: [] };
      images[first].fs[lv.minor] = {
        metaGen: 0,
        apps: [],
        superblock: {
          state: 'clean',
          damaged: false,
          dataWrong: false,
          ...(fsSpec.mountGuard ? { mountGuard: true } : {}),
        },
      };
      // An inline log takes 0.4% of the file system by default (crfs -a logsize).
      if (fsSpec.log === 'INLINE') {
        images[first].logs[lv.minor] = {
          windows: {},
          capacity: logCapacity(Math.max(1, Math.floor(sizeMb / 250))),
          wrapped: false,
          clean: true,
        };
      }
    }
  }
  return { vgda, images };
}

/** /etc/filesystems stanza of a file system as crfs writes it. */
export function fsStanza(mountPoint: string, lv: string, vfs: string, log: string, options: string): Stanza {
  return {
    name: mountPoint,
    attrs: [
      ['dev', `/dev/${lv}`],
      ['vfs', vfs],
      ['log', log],
      ['mount', 'true'],
      ['check', 'false'],
      ['options', options],
      ['account', 'false'],
    ],
  };
}

/** The standard rootvg of an AIX 7 system on the internal disk hdisk0 (hd4 /, hd2 /usr, ...). */
const ROOTVG: VgSpec = {
  name: 'rootvg',
  type: 'original',
  ppSizeMb: 128,
  disks: ['hdisk0'],
  lvs: [
    { name: 'hd5', type: 'boot', lps: 1, disks: [0] },
    { name: 'hd6', type: 'paging', lps: 32, disks: [0] },
    { name: 'hd8', type: 'jfs2log', lps: 1, disks: [0] },
    { name: 'hd4', type: 'jfs2', lps: 16, disks: [0] },
    { name: 'hd2', type: 'jfs2', lps: 48, disks: [0] },
    { name: 'hd9var', type: 'jfs2', lps: 16, disks: [0] },
    { name: 'hd3', type: 'jfs2', lps: 8, disks: [0] },
    { name: 'hd1', type: 'jfs2', lps: 4, disks: [0] },
    { name: 'hd10opt', type: 'jfs2', lps: 8, disks: [0] },
    { name: 'hd11admin', type: 'jfs2', lps: 1, disks: [0] },
    { name: 'lg_dumplv', type: 'sysdump', lps: 8, disks: [0] },
  ],
  fileSystems: [
    { mountPoint: '/', lv: 'hd4', vfs: 'jfs2', log: 'hd8', mounted: true, options: 'rw' },
    { mountPoint: '/usr', lv: 'hd2', vfs: 'jfs2', log: 'hd8', mounted: true, options: 'rw' },
    { mountPoint: '/var', lv: 'hd9var', vfs: 'jfs2', log: 'hd8', mounted: true, options: 'rw' },
    { mountPoint: '/tmp', lv: 'hd3', vfs: 'jfs2', log: 'hd8', mounted: true, options: 'rw' },
    { mountPoint: '/home', lv: 'hd1', vfs: 'jfs2', log: 'hd8', mounted: true, options: 'rw' },
    { mountPoint: '/opt', lv: 'hd10opt', vfs: 'jfs2', log: 'hd8', mounted: true, options: 'rw' },
    { mountPoint: '/admin', lv: 'hd11admin', vfs: 'jfs2', log: 'hd8', mounted: true, options: 'rw' },
  ],
  variedOn: true,
  quorum: true,
  autoOn: true,
};

/** Mount points a host mounts once its world exists (the scenario's `mounted: true` file systems). */
export interface HostBuild {
  host: Host;
  /** Volume images to write to the storage, by volume id. */
  images: Map<string, DiskImage>;
  toMount: string[];
}

function defineVg(host: Host, spec: VgSpec, vgda: Vgda, devices: string[], build: HostBuild): void {
  host.vgs.push({
    name: spec.name,
    vgid: vgda.vgid,
    pvids: [...vgda.pvids],
    majorNumber: 10 + host.vgs.length,
  });
  for (const lv of vgda.lvs) {
    if (host.lvs[lv.name])
      throw new ScenarioBuildError(`LV name ${lv.name} is used twice on host ${host.name}`);
    host.lvs[lv.name] = { name: lv.name, vg: spec.name, minor: lv.minor, type: lv.type };
  }
  for (const fs of spec.fileSystems) {
    if (host.filesystems.some((s) => s.name === fs.mountPoint)) {
      throw new ScenarioBuildError(`mount point ${fs.mountPoint} is used twice on host ${host.name}`);
    }
    host.filesystems.push(
      fsStanza(fs.mountPoint, fs.lv, fs.vfs, fs.log === 'INLINE' ? 'INLINE' : `/dev/${fs.log}`, fs.options),
    );
    host.directories.push(fs.mountPoint);
    if (fs.mounted && spec.variedOn) build.toMount.push(fs.mountPoint);
  }
  if (spec.variedOn) host.active[spec.name] = { vgda, disks: devices };
}

/** Every name the scenario gave a configured volume is the one it got: two volumes given one name fail. */
function checkDeviceNames(host: Host): void {
  for (const device of Object.values(host.devices)) {
    const wanted = host.deviceNames[device.volumeId];
    if (wanted !== undefined && wanted !== device.name) {
      throw new ScenarioBuildError(
        `host ${host.name}: volume ${device.volumeId} is to be ${wanted}, but ${host.devices[wanted]?.volumeId ?? 'another volume'} has that name; give each volume its own name`,
      );
    }
  }
}

/**
 * Builds one host: rootvg on its internal disk, then its VGs on the given LUNs (in `luns`, the LUNs
 * mapped to this host), then the other configured LUNs.
 */
export function buildHost(spec: HostSpec, luns: HostLun[], random: SeededRandom, now: number): HostBuild {
  const host: Host = {
    name: spec.name,
    aix: { ...spec.aix },
    multipath: spec.multipath,
    machineId: spec.machineId ?? `00${random.hex(6)}`,
    devices: {},
    vgs: [],
    lvs: {},
    filesystems: [],
    directories: ['/', '/proc', '/tmp', '/etc', '/home', '/usr', '/var', '/opt', '/admin', '/mnt'],
    active: {},
    mounts: {},
    apps: spec.apps.map((a) => ({ ...a, seq: 0, blockedSince: null })),
    errlog: [],
    deviceNames: { ...spec.deviceNames },
    fcLocation: spec.fcLocation,
    localDisks: {},
  };
  const build: HostBuild = { host, images: new Map(), toMount: [] };
  const rootVolume = `${LOCAL_VOLUME}${host.name}:hdisk0`;
  const rootPvid = newPvid(host, random);
  const root = layOutVg(ROOTVG, [286102], [rootPvid], newVgid(host, random), now);
  host.localDisks[rootVolume] = root.images[0];
  host.devices.hdisk0 = {
    name: 'hdisk0',
    status: 'Available',
    location: '00-08-00',
    description: 'SAS Disk Drive',
    volumeId: rootVolume,
    pvid: rootPvid,
    lunId: '0x0',
    uniqueId: `2A1135000C5009F4B2B0BST9300653SS03IBMsas`,
    serial: '6XN3P5VA',
    sizeMb: 286102,
    machineType: '2107',
  };
  defineVg(host, ROOTVG, root.vgda, ['hdisk0'], build);
  host.filesystems.push({
    name: '/proc',
    attrs: [
      ['dev', '/proc'],
      ['vol', '/proc'],
      ['mount', 'true'],
      ['check', 'false'],
      ['vfs', 'procfs'],
    ],
  });
  const lunOf = new Map(luns.map((l) => [l.volumeId, l]));
  for (const vgSpec of spec.vgs) {
    const vgLuns = vgSpec.disks.map((id) => {
      const lun = lunOf.get(id);
      if (!lun)
        throw new ScenarioBuildError(`VG ${vgSpec.name}: volume ${id} is not mapped to host ${host.name}`);
      return lun;
    });
    if (vgSpec.pvids && vgSpec.pvids.length !== vgLuns.length) {
      throw new ScenarioBuildError(
        `VG ${vgSpec.name}: ${vgSpec.pvids.length} PVID(s) for ${vgLuns.length} disk(s); give one per disk, in order`,
      );
    }
    const pvids = vgSpec.pvids ?? vgLuns.map(() => newPvid(host, random));
    const built = layOutVg(
      vgSpec,
      vgLuns.map((l) => l.sizeGb * 1024),
      pvids,
      newVgid(host, random),
      now,
    );
    let from = 0;
    const devices = vgLuns.map((lun, i) => {
      const name = defineDevice(host, lun, 'Available', pvids[i], from).name;
      from = Number(name.replace(/^\D+/, '')) + 1;
      return name;
    });
    vgLuns.forEach((lun, i) => {
      build.images.set(lun.volumeId, built.images[i]);
    });
    defineVg(host, vgSpec, built.vgda, devices, build);
  }
  for (const id of spec.configured) {
    const lun = lunOf.get(id);
    if (!lun) throw new ScenarioBuildError(`configured volume ${id} is not mapped to host ${host.name}`);
    defineDevice(host, lun, 'Available', null);
  }
  checkDeviceNames(host);
  return build;
}
