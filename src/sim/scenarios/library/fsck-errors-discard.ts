import type { ScenarioInput } from '../schema';
import { aixHost, datavg, OFFERED_HINTS, volumes } from './common';

/**
 * fsck finds errors on the copy: last night's FlashCopy of datavg was taken LUN by LUN, five seconds apart,
 * while the batch wrote (no freeze, no consistency group), and flashcopyvg was brought up from it. /data
 * spans both LUNs and logs to a jfs2log on the first: its copy holds a log that disagrees with it, damage the
 * world keeps (docs/procedure.md "Unsupported fallback": any fsck error means the copy must not be used). A
 * copy taken again, consistently, does not have it.
 */
export const fsckErrorsDiscard: ScenarioInput = {
  formatVersion: 1,
  name: 'fsck-errors-discard',
  title: 'fsck finds errors on the copy',
  description:
    "flashcopyvg was brought up from last night's FlashCopy of datavg, taken LUN by LUN while the batch wrote: check it before you mount it.",
  goal: 'Mount a good copy of datavg as flashcopyvg under /fs: fsck its file systems first, and if fsck finds errors, discard that copy and take it again (consistently), leaving datavg and the batch as they were.',
  hints: [
    'Run fsck on each file system of flashcopyvg before mounting it (fsck -n only looks).',
    'Any fsck error means the copy must not be used: even after fsck -y repairs the metadata, the data is not what the batch wrote.',
    'Discard the bad copy: unmount whatever of it is mounted, varyoffvg flashcopyvg, exportvg flashcopyvg.',
    'Take the copy again with every LUN at one instant: freeze /data and /arch (chfs -a freeze=60), let the storage admin remove the old FlashCopy and flash both LUNs with a consistency group, then thaw.',
    'recreatevg -y flashcopyvg hdisk3 hdisk4 on the new copy, fsck again, then mount.',
    OFFERED_HINTS.fsckFoundErrors,
  ],
  seed: 1010,
  // The night's copy is taken at 02:00; the trainee comes in at 10:00.
  start: '2025-07-14T02:00:00Z',
  storage: { flavour: 'ds8000', volumes: volumes(['1000', '1001', '1100', '1101'], ['aixprod01']) },
  hosts: [
    aixHost('aixprod01', {
      vgs: [datavg(['1000', '1001'])],
      configured: ['1100', '1101'],
      apps: [{ name: 'batch', kind: 'other', fileSystems: ['/data', '/arch'], rate: 8 }],
    }),
  ],
  // The night's copy: each LUN flashed on its own while the batch writes, then brought up unchecked.
  setup: [
    { advance: 30 },
    { flashcopy: [['1000', '1100']] },
    { advance: 5 },
    { flashcopy: [['1001', '1101']] },
    { run: 'recreatevg -y flashcopyvg hdisk3 hdisk4' },
    { advance: 28765 },
  ],
  storageSteps: [
    'rmflash -quiet -dev IBM.2107-75ABCD1 1000:1100 1001:1101',
    'mkflash -dev IBM.2107-75ABCD1 -freeze -record -persist -nocp 1000:1100 1001:1101',
    'unfreezeflash -dev IBM.2107-75ABCD1 10',
  ],
  sourceVg: 'datavg',
  expect: { vg: 'flashcopyvg', variedOn: true, mountedUnder: '/fs', sourceUntouched: true, consistent: true },
};
