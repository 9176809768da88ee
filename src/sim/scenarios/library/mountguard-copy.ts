import type { ScenarioInput } from '../schema';
import { aixHost, COPY_HINTS, DS8K_FLASH_STEPS, datavg, volumes } from './common';

/**
 * /data has JFS2 mountguard on (as PowerHA or Live Partition Mobility sites set it): its mount marks the
 * superblock, and a copy taken while it is mounted carries the mark. AIX refuses the copy's mount with
 * 0506-365 until `mount -o noguard` overrides it once (docs/aix-behaviour.md 14.4).
 */
export const mountguardCopy: ScenarioInput = {
  formatVersion: 1,
  name: 'mountguard-copy',
  title: 'A mountguard file system copied live',
  description:
    'datavg on AIX 7.2 with mountguard=yes on /data, copied live with a consistency group: the copy of /data refuses a plain mount.',
  goal: 'Bring up a consistent copy of datavg as flashcopyvg with its file systems mounted under /fs, leaving datavg as it was.',
  hints: [
    COPY_HINTS.lspv,
    'lsfs -q shows MountGuard: yes for /data: its superblock records that it is mounted, and the copy carries that.',
    'mount refuses the copy with 0506-365 (Cannot mount guarded filesystem); mount -o noguard overrides it for that mount.',
    COPY_HINTS.recreatevg,
    COPY_HINTS.fsck,
  ],
  seed: 131,
  storage: { flavour: 'ds8000', volumes: volumes(['1000', '1001', '1100', '1101'], ['aixprod02']) },
  hosts: [
    aixHost('aixprod02', {
      vgs: [
        datavg(['1000', '1001'], {
          fileSystems: [
            { mountPoint: '/data', lv: 'datalv', log: 'loglv00', mountGuard: true },
            { mountPoint: '/arch', lv: 'archlv', log: 'INLINE' },
          ],
        }),
      ],
      apps: [{ name: 'app', kind: 'other', fileSystems: ['/data', '/arch'], rate: 5 }],
    }),
  ],
  storageSteps: DS8K_FLASH_STEPS,
  sourceVg: 'datavg',
  expect: { vg: 'flashcopyvg', variedOn: true, mountedUnder: '/fs', sourceUntouched: true, consistent: true },
};
