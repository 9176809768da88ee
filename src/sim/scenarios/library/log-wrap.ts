import type { ScenarioInput } from '../schema';
import { aixHost, COPY_HINTS, OFFERED_HINTS, volumes } from './common';

/**
 * A small jfs2log under heavy writes: between two syncd runs more transactions pile up than it holds.
 * A copy taken then makes logredo fail with a log wrap (docs/procedure.md): the copy must be taken again.
 */
export const logWrap: ScenarioInput = {
  formatVersion: 1,
  name: 'log-wrap',
  title: 'A log that wraps under heavy writes',
  description:
    'loadvg logs a busy /load to a 4 MB jfs2log: a copy taken between sync points holds a wrapped log.',
  goal: 'Bring up a copy of loadvg as loadcopyvg mounted under /fs, with a log that logredo can replay.',
  hints: [
    'The loader writes 40 transactions a second to a 4 MB log that only a sync point (syncd, every 60 seconds) empties: half a minute after one, the log has wrapped.',
    'logredo fails on log wrap: the log cannot bring the copy to a consistent state, so the copy is unusable: take the copy again.',
    'A freeze writes everything to disk first: take the copy again while /load is frozen (chfs -a freeze=60 /load, the storage flashes, chfs -a freeze=off /load) and there is nothing to replay.',
    'The lasting fix is a larger log on the source; until then freeze before every copy.',
    COPY_HINTS.fsck,
    OFFERED_HINTS.logWrapped,
    OFFERED_HINTS.fsckFoundErrors,
  ],
  seed: 808,
  storage: { flavour: 'ds8000', volumes: volumes(['1000', '1100'], ['aixprod01']) },
  hosts: [
    aixHost('aixprod01', {
      vgs: [
        {
          name: 'loadvg',
          ppSizeMb: 4,
          disks: ['1000'],
          lvs: [
            { name: 'loglv00', type: 'jfs2log', lps: 1, disks: [0] },
            { name: 'loadlv', type: 'jfs2', lps: 20000, disks: [0] },
          ],
          fileSystems: [{ mountPoint: '/load', lv: 'loadlv', log: 'loglv00' }],
        },
      ],
      apps: [{ name: 'loader', kind: 'other', fileSystems: ['/load'], rate: 40 }],
    }),
  ],
  storageSteps: ['mkflash -dev IBM.2107-75ABCD1 -record -persist -nocp 1000:1100'],
  sourceVg: 'loadvg',
  expect: { vg: 'loadcopyvg', variedOn: true, mountedUnder: '/fs', sourceUntouched: true, consistent: true },
};
