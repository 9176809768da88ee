/**
 * The world as a JSON picture for the UI, the grader and `npm run sim -- --state`: storage volumes and
 * copy relationships, and for each host its disks, VGs, LVs, file systems (mounted, frozen, consistent)
 * and logs. Plain data with stable keys; the current host's parts are also at the top level.
 */
import type { StoragePicture } from '../storage/types';
import { type AppDataCheck, checkApplicationData } from './app-data';
import { attr } from './etc-filesystems';
import type { Fault, FiredFault } from './faults';
import { type ImageHealth, imageHealth, locate } from './filesystem';
import { type Host, sortedDevices } from './host';
import { mountPointOf, openLvs } from './lvm';
import type { World } from './world';

interface DiskState {
  name: string;
  pvid: string | null;
  vg: string | null;
  configured: boolean;
  status: 'Available' | 'Defined';
  volume: string;
}

interface LvState {
  name: string;
  type: string;
  open: boolean;
  mountPoint: string | null;
}

interface VgState {
  name: string;
  vgid: string;
  variedOn: boolean;
  disks: string[];
  lvs: LvState[];
  /** Can each application whose data is on this VG use it (a copy's data check); empty when varied off. */
  applications: AppDataCheck[];
}

interface FileSystemState {
  mountPoint: string;
  lv: string;
  vg: string | null;
  vfs: string;
  log: string;
  mounted: boolean;
  /** Mounted, but under a file system mounted later over a directory above it (out of reach until then). */
  hiddenUnder?: string;
  frozen: boolean;
  frozenUntil: string | null;
  /** What the image on disk says (null when its VG is not varied on). */
  health: ImageHealth | null;
  /** Metadata consistent, or made consistent by a log replay; null when unknown (VG off). */
  consistent: boolean | null;
  /** What the application reads is what it wrote; null when unknown. */
  dataOk: boolean | null;
}

interface LogState {
  device: string;
  vg: string | null;
  fileSystems: string[];
  wrapped: boolean | null;
}

interface HostState {
  name: string;
  aix: string;
  multipath: string;
  disks: DiskState[];
  vgs: VgState[];
  fileSystems: FileSystemState[];
  logs: LogState[];
  apps: { name: string; kind: string; mode: string; fileSystems: string[]; blocked: boolean }[];
  errlog: { time: string; label: string; resource: string; description: string }[];
}

export interface WorldState extends HostState {
  scenario: string;
  time: string;
  currentHost: string;
  volumes: StoragePicture['volumes'];
  relationships: StoragePicture['relationships'];
  consistencyGroups: StoragePicture['consistencyGroups'];
  hosts: HostState[];
  /**
   * Injected faults: the ones still armed, and the ones that fired, so a rehearsal tells an
   * injected failure from a defect of the script.
   */
  faults: { armed: Fault[]; fired: (Omit<FiredFault, 'time'> & { time: string })[] };
}

const iso = (seconds: number) => new Date(seconds * 1000).toISOString().replace('.000Z', 'Z');

function fileSystems(world: World, host: Host): FileSystemState[] {
  return host.filesystems
    .filter((s) => attr(s, 'vfs') === 'jfs2' || attr(s, 'vfs') === 'jfs')
    .map((s) => {
      const lv = (attr(s, 'dev') ?? '').replace(/^\/dev\//, '');
      const mount = host.mounts[s.name];
      const loc = locate(host, s.name);
      let health: ImageHealth | null = null;
      let dataOk: boolean | null = null;
      if (typeof loc !== 'string') {
        health = imageHealth(world, loc);
        dataOk =
          world.readVolume(loc.volumes[0]).fs[loc.lv.minor]?.superblock?.dataWrong !== true &&
          health !== 'log-disagrees' &&
          health !== 'damaged';
      }
      return {
        mountPoint: s.name,
        lv,
        vg: host.lvs[lv]?.vg ?? null,
        vfs: attr(s, 'vfs') ?? '',
        log: attr(s, 'log') ?? '',
        mounted: mount !== undefined,
        ...(mount?.hiddenUnder ? { hiddenUnder: mount.hiddenUnder } : {}),
        frozen: mount?.frozenUntil !== null && mount?.frozenUntil !== undefined,
        frozenUntil: mount?.frozenUntil ? iso(mount.frozenUntil) : null,
        health,
        consistent: health === null ? null : health === 'clean' || health === 'needs-replay',
        dataOk,
      };
    });
}

function hostState(world: World, host: Host): HostState {
  const vgOfPvid = new Map<string, string>();
  for (const vg of host.vgs) for (const pvid of vg.pvids) vgOfPvid.set(pvid, vg.name);
  const open = openLvs(host);
  const fs = fileSystems(world, host);
  const logDevices = [...new Set(fs.map((f) => f.log).filter((l) => l !== 'INLINE' && l !== ''))];
  return {
    name: host.name,
    aix: `${host.aix.release} TL${host.aix.technologyLevel} SP${host.aix.servicePack}`,
    multipath: host.multipath,
    disks: sortedDevices(host).map((d) => ({
      name: d.name,
      pvid: d.pvid,
      vg: (d.pvid && vgOfPvid.get(d.pvid)) ?? null,
      configured: d.status === 'Available',
      status: d.status,
      volume: d.volumeId,
    })),
    vgs: host.vgs.map((vg) => {
      const active = host.active[vg.name];
      const lvs = Object.values(host.lvs).filter((lv) => lv.vg === vg.name);
      return {
        name: vg.name,
        vgid: vg.vgid,
        variedOn: active !== undefined,
        disks: sortedDevices(host)
          .filter((d) => d.pvid !== null && vg.pvids.includes(d.pvid))
          .map((d) => d.name),
        lvs: lvs.map((lv) => {
          const mp = mountPointOf(host, lv.name);
          return {
            name: lv.name,
            type: lv.type,
            open: open.has(lv.name),
            mountPoint: mp === 'N/A' ? null : mp,
          };
        }),
        applications: checkApplicationData(world, host, vg.name),
      };
    }),
    fileSystems: fs,
    logs: logDevices.map((device) => {
      const lv = device.replace(/^\/dev\//, '');
      const users = fs.filter((f) => f.log === device);
      const loc = users.length > 0 ? locate(host, users[0].mountPoint) : 'no-device';
      const log =
        typeof loc !== 'string' && loc.logLocation
          ? world.readVolume(loc.logLocation.volume).logs[loc.logLocation.minor]
          : undefined;
      return {
        device,
        vg: host.lvs[lv]?.vg ?? null,
        fileSystems: users.map((f) => f.mountPoint),
        wrapped: log ? log.wrapped : null,
      };
    }),
    apps: host.apps.map((a) => ({
      name: a.name,
      kind: a.kind,
      mode: a.mode,
      fileSystems: a.fileSystems,
      blocked: a.blockedSince !== null,
    })),
    errlog: host.errlog.map((e) => ({ ...e, time: iso(e.time) })),
  };
}

/** The JSON picture of the world. */
export function worldState(world: World): WorldState {
  const picture = world.storage.picture();
  const hosts = Object.values(world.hosts).map((h) => hostState(world, h));
  const current = hosts.find((h) => h.name === world.currentHost)!;
  return {
    scenario: world.scenario,
    time: iso(world.now()),
    currentHost: world.currentHost,
    volumes: picture.volumes,
    relationships: picture.relationships,
    consistencyGroups: picture.consistencyGroups,
    ...current,
    hosts,
    faults: {
      armed: world.faults.armed.map(({ after: _after, ...f }) => f),
      fired: world.faults.fired.map((f) => ({ ...f, args: [...f.args], time: iso(f.time) })),
    },
  };
}
