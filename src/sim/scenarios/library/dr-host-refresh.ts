import type { ScenarioInput } from '../schema';
import { aixHost, COPY_HINTS, datavg, volumes } from './common';
import { refreshCopy } from './refresh-copy';

/**
 * docs/procedure.md phase 2 on a refresh: the backup host aixbkp01 holds yesterday's FlashCopy of datavg,
 * imported with importvg as datavg (/data, /arch). The source lives on aixprod01, so once the old copy
 * is exported no other copy of the VG is known here: importvg is right again and keeps the names.
 */
export const drHostRefresh: ScenarioInput = {
  formatVersion: 1,
  name: 'dr-host-refresh',
  title: 'Refresh a copy on a backup host (importvg keeps the names)',
  description:
    "aixbkp01 holds yesterday's FlashCopy of datavg as datavg, mounted at /data and /arch; the source is on aixprod01.",
  goal: 'On aixbkp01, refresh datavg with a new FlashCopy: datavg varied on again with /data and /arch mounted (not /fs/data).',
  hints: [
    'Unmount /data and /arch on aixbkp01, varyoffvg datavg, exportvg datavg: the ODM forgets the old copy.',
    'The source VG is on aixprod01, not here: after exportvg no other copy of datavg is known on this host.',
    'importvg -y datavg with one target hdisk keeps the LV names and mount points; recreatevg would prefix them (/fs/data).',
    'On aixprod01, unmount (or freeze) before the copy is made, so the copy is consistent.',
    COPY_HINTS.fsck,
  ],
  seed: 1313,
  storage: {
    flavour: 'ds8000',
    volumes: [...volumes(['1000', '1001'], ['aixprod01']), ...volumes(['1100', '1101'], ['aixbkp01'])],
  },
  hosts: [
    aixHost('aixbkp01', { configured: ['1100', '1101'] }),
    aixHost('aixprod01', {
      vgs: [datavg(['1000', '1001'])],
    }),
  ],
  currentHost: 'aixbkp01',
  setup: [
    {
      flashcopy: [
        ['1000', '1100'],
        ['1001', '1101'],
      ],
    },
    { run: 'importvg -y datavg hdisk1' },
    { mount: '/data' },
    { mount: '/arch' },
    { advance: 86400 },
  ],
  // The storage admin's part is refresh-copy's: withdraw yesterday's FlashCopy, take today's.
  storageSteps: refreshCopy.storageSteps,
  sourceVg: 'datavg',
  expect: { vg: 'datavg', variedOn: true, sourceUntouched: true, consistent: true },
};
