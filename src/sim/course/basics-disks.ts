import type { ScenarioInput } from '../scenarios/schema';
import { aixHost, datavg, volumes } from '../scenarios/library/common';

/**
 * The course's first world: production's datavg on two LUNs, and two new LUNs the storage admin has just
 * mapped to the host, not yet configured (cfgmgr has not run). Nothing to copy: reading the host comes first.
 */
export const basicsDisks: ScenarioInput = {
  formatVersion: 1,
  name: 'basics-disks',
  title: 'Basics: disks, PVIDs and new LUNs',
  description: 'datavg on two LUNs, two new LUNs mapped to the host and not yet configured.',
  goal: 'Read the host’s disks, PVIDs and volume groups, then configure the two new LUNs and tell which storage volume each one is.',
  hints: [
    'lspv lists every disk the host configured: name, PVID, volume group, state.',
    'lsvg -l datavg lists its logical volumes and their mount points; lsvg -p datavg its disks.',
    'lsdev -Cc disk shows each disk Available or Defined.',
    'cfgmgr configures the LUNs mapped since the last boot; lscfg -vl hdiskN shows the LUN’s serial number.',
  ],
  seed: 1901,
  storage: { flavour: 'ds8000', volumes: volumes(['1000', '1001', '1100', '1101'], ['aixprod01']) },
  hosts: [aixHost('aixprod01', { vgs: [datavg(['1000', '1001'])] })],
};
