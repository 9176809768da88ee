/**
 * cfgmgr: configures the LUNs the storage presents to the host (docs/aix-behaviour.md 7). Silent on success.
 * A new LUN becomes the next free hdiskN, Available, with the PVID read from its sector 0.
 * docs/procedure.md's rule: a disk carrying the PVID of a disk in a varied-on VG is not configured; it stays
 * Defined (without a PVID in the ODM) until that VG is varied off and cfgmgr runs again.
 */
import { ok } from '../command-result';
import { lines, msg } from '../messages';
import { configureDisk, defineDevice, heldPvids } from '../world/devices';
import { devicesByVolume } from '../world/lvm';
import { type SimCommand, usage } from './command';
import { getopt, param } from './getopt';

const USAGE = 'Usage: cfgmgr [-f|-s|-p phase] [-l name] [-v] [-i device]';

export const cfgmgr: SimCommand = {
  name: 'cfgmgr',
  run(args, ctx) {
    const parsed = getopt('cfgmgr', args, 'fsp:i:l:v');
    if (!parsed.ok) return usage(parsed.error, USAGE);
    const { flags, operands } = parsed.args;
    if (operands.length > 0) return usage(msg('0514-600', `unexpected argument ${operands[0]}`), USAGE);
    const phases = ['f', 's', 'p'].filter((f) => flags.has(f));
    if (phases.length > 1) return usage(msg('0514-600', 'the -f, -s and -p flags cannot be combined'), USAGE);
    const world = ctx.world;
    const host = world.host();
    const only = param(parsed.args, 'l');
    const known = devicesByVolume(host);
    const activePvids = heldPvids(host);
    const touched: string[] = [];
    if (only !== undefined && !/^(fscsi|fcs|scsi|sas)\d+$/.test(only)) {
      // -l names one device: only that one is (re)configured.
      const device = host.devices[only];
      if (!device) {
        return {
          stdout: '',
          stderr: lines(
            `cfgmgr: 0514-612 Unable to configure the ${only} device because\n\tit either does not exist in the customized device database or it does not\n\thave a corresponding entry in the predefined device database.`,
          ),
          exitCode: 1,
        };
      }
      if (device.status === 'Defined') {
        configureDisk(world, activePvids, device);
        touched.push(device.name);
      }
    } else {
      let from = 0; // names below this number are taken: the lowest free name only moves up
      for (const lun of world.storage.volumesMappedTo(host.name)) {
        const existing = known.get(lun.volumeId);
        if (existing?.status === 'Available') continue;
        const device = existing ?? defineDevice(host, lun, 'Defined', null, from);
        if (!existing) from = Number(device.name.replace(/^\D+/, '')) + 1;
        configureDisk(world, activePvids, device);
        touched.push(device.name);
      }
    }
    if (!flags.has('v')) return ok();
    const trace = ['cfgmgr is running in PHASE2'];
    for (const name of touched) {
      trace.push(
        `attempting to configure device '${name}'`,
        `invoking /usr/lib/methods/cfgscsidisk -l ${name}`,
        `return code = 0`,
      );
    }
    return ok(lines(...trace));
  },
  faults: {
    // The storage did not present the LUNs (zoning, host mapping): cfgmgr is silent, exit 0, no new hdisk.
    'no-new-disks': () => ok(),
  },
};
