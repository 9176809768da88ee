import type { ScenarioInput } from '../schema';
import { aixHost, volumes } from './common';

/**
 * docs/aix-behaviour.md 20.6: copyvg, last month's FlashCopy of datavg brought up with recreatevg (new
 * PVIDs, LVs prefixed cp, nested mounts under /copy, its own copy of the log), is no longer needed. It goes from
 * the host (unmounted deepest first, varied off, exported, its hdisks deleted) and then from the storage (the
 * FlashCopy pairs withdrawn, the targets unmapped), while datavg and the application on it run on.
 */
export const retireCopy: ScenarioInput = {
  formatVersion: 1,
  name: 'retire-copy',
  title: 'Retire a copy',
  description:
    "copyvg holds last month's FlashCopy of datavg, mounted under /copy: nobody needs it any more. Remove it from the host and the storage; datavg is production.",
  goal: 'Retire copyvg: no copyvg, none of its hdisks and no /etc/filesystems stanza of it left on the host, its FlashCopy pairs withdrawn and its LUNs unmapped, while datavg stays varied on and mounted.',
  hints: [
    'Check what you retire: lsvg copyvg shows its VG IDENTIFIER, lspv its hdisks and PVIDs; datavg is production.',
    'lsps -a: no paging space may sit on the disks you remove.',
    'Unmount the deepest file systems first (/copy/app/data and /copy/app/arch before /copy/app), then varyoffvg copyvg.',
    'exportvg copyvg removes the VG and its stanzas from /etc/filesystems; then rmdev -dl each of its hdisks.',
    'Only then does the storage admin withdraw the FlashCopy pairs (rmflash) and unmap the LUNs (chvolgrp -action remove).',
  ],
  seed: 1717,
  storage: { flavour: 'ds8000', volumes: volumes(['1000', '1001', '1100', '1101'], ['aixprod01']) },
  hosts: [
    aixHost('aixprod01', {
      vgs: [
        {
          name: 'datavg',
          disks: ['1000', '1001'],
          lvs: [
            { name: 'loglv00', type: 'jfs2log', lps: 1, disks: [0] },
            { name: 'applv', type: 'jfs2', lps: 100, disks: [0] },
            { name: 'datalv', type: 'jfs2', lps: 1500, disks: [0, 1] },
            { name: 'archlv', type: 'jfs2', lps: 400, disks: [1] },
          ],
          fileSystems: [
            { mountPoint: '/app', lv: 'applv', log: 'loglv00' },
            { mountPoint: '/app/data', lv: 'datalv', log: 'loglv00' },
            { mountPoint: '/app/arch', lv: 'archlv', log: 'INLINE' },
          ],
        },
      ],
      configured: ['1100', '1101'],
      apps: [{ name: 'app', kind: 'other', fileSystems: ['/app/data', '/app/arch'], rate: 5 }],
    }),
  ],
  setup: [
    {
      flashcopy: [
        ['1000', '1100'],
        ['1001', '1101'],
      ],
    },
    { run: 'recreatevg -y copyvg -Y cp -L /copy hdisk3 hdisk4' },
    { mount: '/copy/app' },
    { mount: '/copy/app/data' },
    { mount: '/copy/app/arch' },
    { advance: 30 * 86400 },
  ],
  storageSteps: [
    'rmflash -quiet -dev IBM.2107-75ABCD1 1000:1100 1001:1101',
    'chvolgrp -action remove -volume 1100-1101 -dev IBM.2107-75ABCD1 V0',
  ],
  sourceVg: 'datavg',
  expect: { vg: 'copyvg', retired: true, sourceUntouched: true },
};
