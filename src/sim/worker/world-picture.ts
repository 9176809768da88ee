/**
 * The world's picture as the rehearse/train pages and the grader get it: the simulator's worldState
 * (src/sim/world/state.ts) for the host the admin is on, laid out as flat tables (one row per volume,
 * relationship, disk, VG, LV, file system, log) so the page can highlight exactly what a command changed.
 * rootvg's LVs and file systems are left out: no step of the procedure touches them.
 */
import { worldState } from '../index';
import type { World } from '../world/world';

export function worldPicture(world: World) {
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
