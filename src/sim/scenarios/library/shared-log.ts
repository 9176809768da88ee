import type { ScenarioInput } from '../schema';
import { aixHost, COPY_HINTS, volumes } from './common';

/**
 * docs/procedure.md: "If several file systems share one log, all of them must be copied together." /data1 and
 * /data2 share loglv00; the storage admin's plan copies only the LUN of /data1 and the log.
 */
export const sharedLog: ScenarioInput = {
  formatVersion: 1,
  name: 'shared-log',
  title: 'Two file systems share one log, only one is copied',
  description:
    '/data1 and /data2 log to the same loglv00; the planned FlashCopy covers only the LUN of /data1.',
  goal: 'Bring up a consistent copy of /data1 and /data2 as sharedcopyvg mounted under /fs.',
  hints: [
    'Which log a file system uses is the log = line of its stanza in /etc/filesystems (lsfs -q shows inline log: no).',
    'Both file systems write to loglv00: copy every LUN of both file systems and of the log, at the same instant.',
    'Freeze both file systems, not only the one you need.',
    COPY_HINTS.recreatevg,
    COPY_HINTS.fsck,
  ],
  seed: 707,
  storage: { flavour: 'ds8000', volumes: volumes(['1000', '1001', '1100', '1101'], ['aixprod01']) },
  hosts: [
    aixHost('aixprod01', {
      vgs: [
        {
          name: 'sharedvg',
          disks: ['1000', '1001'],
          lvs: [
            { name: 'loglv00', type: 'jfs2log', lps: 1, disks: [0] },
            { name: 'data1lv', type: 'jfs2', lps: 1200, disks: [0] },
            { name: 'data2lv', type: 'jfs2', lps: 1200, disks: [1] },
          ],
          fileSystems: [
            { mountPoint: '/data1', lv: 'data1lv', log: 'loglv00' },
            { mountPoint: '/data2', lv: 'data2lv', log: 'loglv00' },
          ],
        },
      ],
      apps: [{ name: 'etl', kind: 'other', fileSystems: ['/data1', '/data2'], rate: 10 }],
    }),
  ],
  storageSteps: [
    'mkflash -dev IBM.2107-75ABCD1 -freeze -record -persist -nocp 1000:1100',
    'unfreezeflash -dev IBM.2107-75ABCD1 10',
  ],
  sourceVg: 'sharedvg',
  expect: {
    vg: 'sharedcopyvg',
    variedOn: true,
    mountedUnder: '/fs',
    sourceUntouched: true,
    consistent: true,
  },
};
