import type { ScenarioInput } from '../schema';
import { aixHost, COPY_HINTS, DS8K_FLASH_STEPS, volumes } from './common';

/**
 * LV names of 14 and 15 characters: recreatevg's prefix `fs` would pass AIX's 15-character limit, so it
 * gives the copy's log and file-system LVs system-generated names (loglvNN, fslvNN) and writes them into
 * the copy's /etc/filesystems stanzas. The copy is taken live while an application writes: each log,
 * the INLINE one of /arch too, must be replayed on the device the stanza names (docs/aix-behaviour.md 11.2).
 */
export const longLvNames: ScenarioInput = {
  formatVersion: 1,
  name: 'long-lv-names',
  title: 'Long LV names: the copy gets generated names',
  description:
    'appvg has LVs named up to 15 characters and /arch keeps its log inline: a live copy whose log names only /etc/filesystems knows.',
  goal: 'Bring up a consistent copy of appvg as appcopyvg mounted under /fs, each log replayed on the device recreatevg gave it, leaving appvg as it was.',
  hints: [
    COPY_HINTS.lspv,
    'recreatevg names an LV prefix + name only where that fits in 15 characters; otherwise it generates loglvNN or fslvNN.',
    "Read the copy's log devices from its stanzas in /etc/filesystems (log =), not from the source's names.",
    "An INLINE log is replayed on the file system's own device: logredo /dev/<its LV>.",
    COPY_HINTS.recreatevg,
    COPY_HINTS.fsck,
  ],
  seed: 121,
  storage: { flavour: 'ds8000', volumes: volumes(['1000', '1001', '1100', '1101'], ['aixapp02']) },
  hosts: [
    aixHost('aixapp02', {
      vgs: [
        {
          name: 'appvg',
          disks: ['1000', '1001'],
          lvs: [
            { name: 'appvg_jfs2log1', type: 'jfs2log', lps: 1, disks: [0] },
            { name: 'applicationdata', type: 'jfs2', lps: 2000, disks: [0, 1] },
            { name: 'archivelogs_lv', type: 'jfs2', lps: 400, disks: [1] },
          ],
          fileSystems: [
            { mountPoint: '/data', lv: 'applicationdata', log: 'appvg_jfs2log1' },
            { mountPoint: '/arch', lv: 'archivelogs_lv', log: 'INLINE' },
          ],
        },
      ],
      apps: [{ name: 'app', kind: 'other', fileSystems: ['/data', '/arch'], rate: 5 }],
    }),
  ],
  storageSteps: DS8K_FLASH_STEPS,
  sourceVg: 'appvg',
  expect: { vg: 'appcopyvg', variedOn: true, mountedUnder: '/fs', sourceUntouched: true, consistent: true },
};
