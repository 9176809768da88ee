import type { ScenarioInput } from '../schema';
import { aixHost, COPY_HINTS, DS8K_FLASH_STEPS, volumes } from './common';

/** Old JFS file systems (no freeze) stay mounted while an application writes: only unmounting is safe. */
export const jfsMounted: ScenarioInput = {
  formatVersion: 1,
  name: 'jfs-mounted',
  title: 'JFS file systems, mounted, no freeze',
  description: 'appvg holds JFS (not JFS2) file systems an application writes to: JFS has no freeze.',
  goal: 'Bring up a consistent copy of appvg as appcopyvg mounted under /fs.',
  hints: [
    'JFS has no freeze: chfs -a freeze does nothing for it. Stop the application (appctl stop batch) and unmount before the copy.',
    'A copy of a mounted JFS taken while it is written to needs logredo and fsck, and may still be damaged.',
    COPY_HINTS.recreatevg,
    COPY_HINTS.fsck,
  ],
  seed: 606,
  storage: { flavour: 'ds8000', volumes: volumes(['1000', '1001', '1100', '1101'], ['aixapp01']) },
  hosts: [
    aixHost('aixapp01', {
      aix: { release: '5.3', technologyLevel: 1, servicePack: 0, apars: [] },
      vgs: [
        {
          name: 'appvg',
          type: 'original',
          disks: ['1000', '1001'],
          lvs: [
            { name: 'loglv00', type: 'jfslog', lps: 1, disks: [0] },
            { name: 'applv', type: 'jfs', lps: 800, disks: [0] },
            { name: 'spoollv', type: 'jfs', lps: 800, disks: [1] },
          ],
          fileSystems: [
            { mountPoint: '/app', lv: 'applv', vfs: 'jfs', log: 'loglv00' },
            { mountPoint: '/spool', lv: 'spoollv', vfs: 'jfs', log: 'loglv00' },
          ],
        },
      ],
      apps: [
        { name: 'batch', kind: 'other', fileSystems: ['/app', '/spool'], crashRecoverable: false, rate: 8 },
      ],
    }),
  ],
  storageSteps: DS8K_FLASH_STEPS,
  sourceVg: 'appvg',
  expect: { vg: 'appcopyvg', variedOn: true, mountedUnder: '/fs', sourceUntouched: true, consistent: true },
};
