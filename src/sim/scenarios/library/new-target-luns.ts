import type { ScenarioInput } from '../schema';
import { COPY_HINTS, volumes } from './common';
import { refreshCopy } from './refresh-copy';

/**
 * A refresh whose targets changed: flashcopyvg holds yesterday's FlashCopy on LUNs 1100-1101, and the
 * storage admin now gives new LUNs 1200-1201 for the copy. resyncflash only refreshes relationships
 * that exist, so this is no refresh: the old copy is retired (exportvg, rmdev -dl, rmflash) and a first
 * copy is made onto the new LUNs. The planner stops with the way to do it (refresh-onto-other-luns).
 */
export const newTargetLuns: ScenarioInput = {
  formatVersion: 1,
  name: 'new-target-luns',
  title: 'Refresh onto different target LUNs',
  description:
    "flashcopyvg holds yesterday's FlashCopy of datavg on LUNs 1100-1101; today's copy must go onto the new LUNs 1200-1201.",
  goal: 'Retire the old copy and bring up flashcopyvg on the new LUNs 1200-1201, varied on with its file systems mounted under /fs.',
  hints: [
    'A refresh renews the relationships of the old LUNs; the new LUNs have none: this is a first copy.',
    'Unmount the file systems of flashcopyvg, varyoffvg flashcopyvg, exportvg flashcopyvg.',
    'rmdev -dl each hdisk of the old copy, and have the storage admin rmflash the old pairs and unmap the old LUNs.',
    'cfgmgr configures the new LUNs; then mkflash onto them as for a first copy, and recreatevg.',
    COPY_HINTS.fsck,
  ],
  seed: 1414,
  storage: {
    flavour: 'ds8000',
    volumes: volumes(['1000', '1001', '1100', '1101', '1200', '1201'], ['aixprod01']),
  },
  // Yesterday's copy as in refresh-copy: flashcopyvg on 1100-1101 (hdisk3, hdisk4), mounted under /fs.
  hosts: refreshCopy.hosts,
  setup: refreshCopy.setup,
  storageSteps: [
    'rmflash -quiet -dev IBM.2107-75ABCD1 1000:1100 1001:1101',
    'mkflash -dev IBM.2107-75ABCD1 -freeze -record -persist -nocp 1000:1200 1001:1201',
    'unfreezeflash -dev IBM.2107-75ABCD1 10',
  ],
  sourceVg: 'datavg',
  expect: { vg: 'flashcopyvg', variedOn: true, mountedUnder: '/fs', sourceUntouched: true },
};
