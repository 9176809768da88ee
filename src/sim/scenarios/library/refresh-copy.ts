import type { ScenarioInput } from '../schema';
import { aixHost, COPY_HINTS, datavg, volumes } from './common';

/** docs/procedure.md "Refreshing an existing copy": flashcopyvg is up and mounted from yesterday's FlashCopy. */
export const refreshCopy: ScenarioInput = {
  formatVersion: 1,
  name: 'refresh-copy',
  title: 'Refresh an existing copy',
  description:
    "flashcopyvg holds yesterday's FlashCopy of datavg, mounted under /fs: refresh it with today's data.",
  goal: 'Refresh flashcopyvg with a new FlashCopy of datavg: the copy must end up varied on as flashcopyvg with its file systems mounted under /fs.',
  hints: [
    'Unmount the file systems of flashcopyvg, then varyoffvg flashcopyvg.',
    'exportvg flashcopyvg: a VG name already in the ODM cannot be defined again.',
    'Ask the storage admin for the new copy only after the old one is exported.',
    'recreatevg -y flashcopyvg with the same hdisks loads the ODM itself: no importvg, no new cfgmgr.',
    COPY_HINTS.fsck,
  ],
  seed: 303,
  storage: { flavour: 'ds8000', volumes: volumes(['1000', '1001', '1100', '1101'], ['aixprod01']) },
  hosts: [aixHost('aixprod01', { vgs: [datavg(['1000', '1001'])], configured: ['1100', '1101'] })],
  setup: [
    {
      flashcopy: [
        ['1000', '1100'],
        ['1001', '1101'],
      ],
    },
    { run: 'recreatevg -y flashcopyvg hdisk3 hdisk4' },
    { mount: '/fs/data' },
    { mount: '/fs/arch' },
    { advance: 86400 },
  ],
  storageSteps: [
    'rmflash -quiet -dev IBM.2107-75ABCD1 1000:1100 1001:1101',
    'mkflash -dev IBM.2107-75ABCD1 -freeze -record -persist -nocp 1000:1100 1001:1101',
    'unfreezeflash -dev IBM.2107-75ABCD1 10',
  ],
  sourceVg: 'datavg',
  expect: { vg: 'flashcopyvg', variedOn: true, mountedUnder: '/fs', sourceUntouched: true },
};
