/**
 * The invariants of the LVM model, as AIX keeps them (docs/procedure.md "Words"): the ODM agrees with the
 * disks, no two active disks share a PVID, a mounted file system belongs to a varied-on VG. Commands must
 * never break them, whatever the admin types; the property tests run random command sequences against this
 * check.
 */
import type { World } from './world';

/** Every broken invariant, in words (empty when all hold). */
export function invariantViolations(world: World): string[] {
  const problems: string[] = [];
  for (const host of Object.values(world.hosts)) {
    const where = `host ${host.name}`;
    const activePvids = new Map<string, string>();
    for (const [vgName, active] of Object.entries(host.active)) {
      const odm = host.vgs.find((v) => v.name === vgName);
      if (!odm) {
        problems.push(`${where}: VG ${vgName} is varied on but not defined in the ODM`);
        continue;
      }
      if (odm.vgid !== active.vgda.vgid)
        problems.push(`${where}: ODM VGID of ${vgName} differs from its VGDA`);
      if (odm.pvids.join() !== active.vgda.pvids.join())
        problems.push(`${where}: ODM PVIDs of ${vgName} differ from its VGDA`);
      active.disks.forEach((name, i) => {
        if (name === null) return;
        const pvid = active.vgda.pvids[i];
        const device = host.devices[name];
        if (!device) {
          problems.push(`${where}: ${vgName} holds ${name}, which is not in the ODM`);
          return;
        }
        if (device.pvid !== pvid)
          problems.push(`${where}: ODM PVID of ${name} is ${device.pvid}, its VG says ${pvid}`);
        const image = world.readVolume(device.volumeId);
        if (image.pvid !== pvid)
          problems.push(`${where}: ${name} carries PVID ${image.pvid} on disk, its VG says ${pvid}`);
        if (image.vgda?.vgid !== active.vgda.vgid)
          problems.push(`${where}: ${name} does not carry the VGDA of ${vgName}`);
        const other = activePvids.get(pvid);
        if (other) problems.push(`${where}: active disks ${other} and ${name} share PVID ${pvid}`);
        activePvids.set(pvid, name);
      });
      for (const lv of active.vgda.lvs) {
        if (host.lvs[lv.name]?.vg !== vgName)
          problems.push(`${where}: LV ${lv.name} of ${vgName} is not in the ODM`);
      }
    }
    for (const lv of Object.values(host.lvs)) {
      if (!host.vgs.some((v) => v.name === lv.vg))
        problems.push(`${where}: LV ${lv.name} belongs to undefined VG ${lv.vg}`);
    }
    for (const mount of Object.values(host.mounts)) {
      const active = host.active[mount.vg];
      if (!active)
        problems.push(`${where}: ${mount.mountPoint} is mounted but VG ${mount.vg} is not varied on`);
      else if (!active.vgda.lvs.some((lv) => lv.name === mount.lv)) {
        problems.push(`${where}: ${mount.mountPoint} is mounted on ${mount.lv}, which is not in ${mount.vg}`);
      }
    }
  }
  return problems;
}
