import type { ScenarioInput } from '../schema';

/**
 * The example of the IBM note: DS8000, SDDPCM, target LUNs mapped and configured (cfgmgr) before the
 * copy is made, so they arrive without a PVID and the copy needs no varyoffvg of the source.
 */
export const firstFlashcopy: ScenarioInput = {
  formatVersion: 1,
  name: 'first-flashcopy',
  title: 'First FlashCopy of datavg, targets configured first',
  description:
    'DS8000 + SDDPCM: map and configure the target LUNs, flash datavg, bring the copy up with recreatevg.',
  goal: 'Bring up a FlashCopy of datavg on this host as flashcopyvg, varied on, with its file systems mounted under /fs, leaving datavg and its file systems as they were.',
  hints: [
    'Run lspv before and after cfgmgr to see which hdisks are the new target LUNs: they show no PVID yet.',
    'Configure the target LUNs before the copy is made: a new LUN has no PVID, so cfgmgr configures it cleanly.',
    'Unmount (or freeze) the file systems of datavg before the storage admin starts the FlashCopy.',
    'The copy carries the PVIDs of datavg: bring it up with recreatevg -y flashcopyvg and every target hdisk.',
    'recreatevg renames the LVs with the prefix fs and the mount points with /fs; then varyonvg, fsck and mount.',
  ],
  seed: 101,
  storage: {
    flavour: 'ds8000',
    volumes: [
      { id: '1000', sizeGb: 100, hosts: ['aixprod01'] },
      { id: '1001', sizeGb: 100, hosts: ['aixprod01'] },
      { id: '1100', sizeGb: 100, hosts: ['aixprod01'] },
      { id: '1101', sizeGb: 100, hosts: ['aixprod01'] },
    ],
  },
  hosts: [
    {
      name: 'aixprod01',
      aix: { release: '7.2', technologyLevel: 5, servicePack: 6, apars: [] },
      multipath: 'sddpcm',
      vgs: [
        {
          name: 'datavg',
          disks: ['1000', '1001'],
          lvs: [
            { name: 'loglv00', type: 'jfs2log', lps: 1, disks: [0] },
            { name: 'datalv', type: 'jfs2', lps: 2000, disks: [0, 1] },
            { name: 'archlv', type: 'jfs2', lps: 400, disks: [1] },
          ],
          fileSystems: [
            { mountPoint: '/data', lv: 'datalv', log: 'loglv00' },
            { mountPoint: '/arch', lv: 'archlv', log: 'INLINE' },
          ],
        },
      ],
    },
  ],
  storageSteps: [
    'mkflash -dev IBM.2107-75ABCD1 -freeze -record -persist -nocp 1000:1100 1001:1101',
    'unfreezeflash -dev IBM.2107-75ABCD1 10',
  ],
  sourceVg: 'datavg',
  expect: { vg: 'flashcopyvg', variedOn: true, mountedUnder: '/fs', sourceUntouched: true, consistent: true },
};
