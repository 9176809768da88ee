/**
 * Retire runbooks for the engine's tests: the example's copy flashcopyvg (recreatevg'd onto hdisk10-12,
 * its file systems under /fc) retired from the host, as lsvg, lspv and lsps -a show that host.
 */
import type { Check } from '../checks/check';
import { copyLayout } from '../model/copy-layout';
import type { Facts } from '../model/facts';
import { exampleFacts } from './facts';

/** flashcopyvg's VG IDENTIFIER as lsvg flashcopyvg prints it. */
export const copyVgId = '00c8d3e400004c000000019a3b5e7c21';

/** The PVIDs recreatevg gave the copy's disks (the source's are 00c8d3e4a1b2c3d0-2). */
export const copyPvids = ['00c8d3e4b7a10e10', '00c8d3e4b7a10e11', '00c8d3e4b7a10e12'];

/** Makes the example a retire of flashcopyvg, varied on with /fc/data, /fc/data/logs and /fc/app mounted. */
export function asRetire(f: Facts): void {
  f.mode = 'retire';
  f.newVg.name = 'flashcopyvg';
  f.existingCopy = {
    vgName: 'flashcopyvg',
    disks: ['hdisk10', 'hdisk11', 'hdisk12'],
    variedOn: true,
    mounted: true,
    vgId: copyVgId,
    mountPoints: ['/fc/data', '/fc/data/logs', '/fc/app'],
    mayUnmount: true,
  };
  f.host = {
    vgs: ['rootvg', 'datavg', 'flashcopyvg'],
    activeVgs: ['rootvg', 'datavg', 'flashcopyvg'],
    disks: [
      { name: 'hdisk0', pvid: '00c8d3e4e3c7d496', vg: 'rootvg', vgState: 'active' },
      ...f.sourceVg.disks.map((d) => ({
        name: d.name,
        pvid: d.pvid,
        vg: 'datavg',
        vgState: 'active' as const,
      })),
      ...copyPvids.map((pvid, i) => ({
        name: `hdisk${10 + i}`,
        pvid,
        vg: 'flashcopyvg',
        vgState: 'active' as const,
      })),
    ],
    pagingSpaces: [{ name: 'hd6', disk: 'hdisk0', vg: 'rootvg', active: true }],
  };
  if (f.storage) f.storage.hostVolumeGroup = 'V11';
}

/** The retire of the example, after `change`. */
export function retireFacts(change: (f: Facts) => void = () => {}): Facts {
  return exampleFacts((f) => {
    asRetire(f);
    change(f);
  });
}

/** A check's findings on the retire of the example, after `change`. */
export function retireFindings(check: Check, change: (f: Facts) => void = () => {}) {
  const facts = retireFacts(change);
  return check.run({ facts, layout: copyLayout(facts) });
}
