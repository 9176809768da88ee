/**
 * The world's picture as the rehearse/train pages and the grader get it: the simulator's worldState
 * (src/sim/world/state.ts) for the host the admin is on, laid out as flat tables (one row per volume,
 * relationship, disk, VG, LV, file system, log) so the page can highlight exactly what a command changed.
 * rootvg's LVs and file systems are left out: no step of the procedure touches them.
 */
import { type WorldState, worldState } from '../world/state';
import type { World } from '../world/world';

type VgState = WorldState['vgs'][number];

/** The picture as the pages, the grader and the browser tests read it (sent as JSON in protocol.ts). */
export interface WorldPicture {
  host: string;
  aix: string;
  time: string;
  volumes: WorldState['volumes'];
  relationships: WorldState['relationships'];
  consistencyGroups: WorldState['consistencyGroups'];
  disks: WorldState['disks'];
  /** The VGs with their LVs counted; the LVs are a table of their own. */
  vgs: (Pick<VgState, 'name' | 'variedOn' | 'disks'> & { lvs: number })[];
  lvs: ({ vg: string } & VgState['lvs'][number])[];
  fileSystems: WorldState['fileSystems'];
  logs: WorldState['logs'];
  apps: WorldState['apps'];
  /** The error log, one line an entry: TIME LABEL RESOURCE: description. */
  log: string[];
  faultsArmed?: WorldState['faults']['armed'];
  /** The faults that fired, each with the command line it broke. */
  faultsFired?: (Pick<
    WorldState['faults']['fired'][number],
    'command' | 'call' | 'kind' | 'time' | 'host'
  > & {
    line: string;
  })[];
}

export function worldPicture(world: World): WorldPicture {
  const state = worldState(world);
  const notRootvg = (item: { vg: string | null }) => item.vg !== 'rootvg';
  return {
    host: state.name,
    aix: state.aix,
    time: state.time,
    volumes: state.volumes,
    relationships: state.relationships,
    consistencyGroups: state.consistencyGroups,
    disks: state.disks,
    // An application's verdict on its data in a VG (a torn raw LV has no file system to show it), when any.
    vgs: state.vgs.map(({ name, variedOn, disks, lvs, applications }) => ({
      name,
      variedOn,
      disks,
      lvs: lvs.length,
      ...(applications.length > 0 ? { applications } : {}),
    })),
    lvs: state.vgs.flatMap((vg) => vg.lvs.map((lv) => ({ vg: vg.name, ...lv }))).filter(notRootvg),
    fileSystems: state.fileSystems.filter(notRootvg),
    logs: state.logs.filter(notRootvg),
    apps: state.apps,
    log: state.errlog.map((e) => `${e.time} ${e.label} ${e.resource}: ${e.description}`),
    // Injected faults, only once there are some, so the picture tells them from the script's doing.
    ...(state.faults.armed.length > 0 ? { faultsArmed: state.faults.armed } : {}),
    ...(state.faults.fired.length > 0
      ? {
          faultsFired: state.faults.fired.map(({ command, call, kind, args, time, host: on }) => ({
            command,
            call,
            kind,
            line: [command, ...args].join(' '),
            time,
            host: on,
          })),
        }
      : {}),
  };
}
