/**
 * The world's picture for the rehearse/train pages and the grader: what the admin would see with lspv,
 * lsvg, lsfs, mount and errpt on the host, and lsflash/lsfcmap on the storage, as plain JSON.
 * One row per disk, VG, LV and file system, so the page can highlight exactly what a command changed.
 */
import { attr } from '../world/etc-filesystems';
import { imageHealth, locate } from '../world/filesystem';
import { sortedDevices } from '../world/host';
import type { World } from '../world/world';

export interface WorldPictureData {
  host: string;
  time: string;
  volumes: {
    id: string;
    name: string;
    hosts: string;
    readable: boolean;
    writable: boolean;
    frozen: boolean;
  }[];
  relationships: { kind: string; source: string; target: string; state: string; progress: number }[];
  disks: { name: string; status: string; pvid: string | null; vg: string | null; volume: string }[];
  vgs: { name: string; variedOn: boolean; disks: string[] }[];
  lvs: { name: string; vg: string; type: string; mountPoint: string | null }[];
  fileSystems: {
    mountPoint: string;
    lv: string;
    vg: string | null;
    mounted: boolean;
    frozen: boolean;
    /** On-disk state of an unmounted file system (filesystem.ts ImageHealth), or "in use" when mounted. */
    health: string;
  }[];
  log: string[];
}

export function worldPicture(world: World): WorldPictureData {
  const host = world.host();
  const storage = world.storage.picture();
  const vgOfPvid = (pvid: string | null) =>
    pvid ? (host.vgs.find((vg) => vg.pvids.includes(pvid))?.name ?? null) : null;
  const time = (seconds: number) => new Date(seconds * 1000).toISOString().replace('.000Z', 'Z');
  return {
    host: host.name,
    time: time(world.now()),
    volumes: storage.volumes.map((v) => ({
      id: v.id,
      name: v.name,
      hosts: v.hosts.join(' '),
      readable: v.hostReadable,
      writable: v.hostWritable,
      frozen: v.frozen,
    })),
    relationships: storage.relationships.map(({ kind, source, target, state, progress }) => ({
      kind,
      source,
      target,
      state,
      progress,
    })),
    disks: sortedDevices(host).map((d) => ({
      name: d.name,
      status: d.status,
      pvid: d.pvid,
      vg: vgOfPvid(d.pvid),
      volume: d.volumeId,
    })),
    vgs: host.vgs.map((vg) => ({
      name: vg.name,
      variedOn: host.active[vg.name] !== undefined,
      disks: (host.active[vg.name]?.disks ?? []).filter((d): d is string => d !== null),
    })),
    // rootvg's LVs and file systems are left out: no step of the procedure touches them.
    lvs: Object.values(host.lvs)
      .filter((lv) => lv.vg !== 'rootvg')
      .map((lv) => ({
        name: lv.name,
        vg: lv.vg,
        type: lv.type,
        mountPoint: host.filesystems.find((s) => attr(s, 'dev') === `/dev/${lv.name}`)?.name ?? null,
      })),
    fileSystems: host.filesystems.flatMap((stanza) => {
      const lv = (attr(stanza, 'dev') ?? '').replace(/^\/dev\//, '');
      const mount = host.mounts[stanza.name];
      const where = locate(host, stanza.name);
      // Pseudo file systems (/proc) and rootvg's are left out: no step of the procedure touches them.
      if (!attr(stanza, 'dev')?.startsWith('/dev/') || host.lvs[lv]?.vg === 'rootvg') return [];
      return {
        mountPoint: stanza.name,
        lv,
        vg: host.lvs[lv]?.vg ?? null,
        mounted: mount !== undefined,
        frozen: mount !== undefined && mount.frozenUntil !== null,
        health: mount ? 'in use' : typeof where === 'string' ? where : imageHealth(world, where),
      };
    }),
    log: host.errlog.map((e) => `${time(e.time)} ${e.label} ${e.resource}: ${e.description}`),
  };
}
