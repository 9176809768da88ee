import type { ScenarioInput } from '../schema';
import { aixHost, COPY_HINTS, datavg, volumes } from './common';

/** docs/procedure.md: several copies of one VG on one host, each under its own VG name, LV and mount prefixes. */
export const twoCopies: ScenarioInput = {
  formatVersion: 1,
  name: 'two-copies',
  title: 'Two copies of one VG on one host',
  description: "Monday's copy of datavg is up as fc1vg under /fc1; bring Tuesday's copy up beside it.",
  goal: 'Bring up the second FlashCopy of datavg as fc2vg, LVs prefixed fc2 and mounted under /fc2, while fc1vg stays mounted under /fc1.',
  hints: [
    'Each copy needs its own VG name, LV prefix (-Y) and mount-point prefix (-L): fs and /fs are taken by nothing here, but fc1 and /fc1 are.',
    'The second set of target LUNs is mapped: cfgmgr, then lspv to find them.',
    'recreatevg -y fc2vg -Y fc2 -L /fc2 with the second set of hdisks.',
    COPY_HINTS.fsck,
  ],
  seed: 1111,
  storage: {
    flavour: 'ds8000',
    volumes: volumes(['1000', '1001', '1100', '1101', '1200', '1201'], ['aixprod01']),
  },
  hosts: [aixHost('aixprod01', { vgs: [datavg(['1000', '1001'])], configured: ['1100', '1101'] })],
  setup: [
    {
      flashcopy: [
        ['1000', '1100'],
        ['1001', '1101'],
      ],
    },
    { run: 'recreatevg -y fc1vg -Y fc1 -L /fc1 hdisk3 hdisk4' },
    { mount: '/fc1/data' },
    { mount: '/fc1/arch' },
    { advance: 3600 },
  ],
  storageSteps: [
    'mkflash -dev IBM.2107-75ABCD1 -freeze -record -persist -nocp 1000:1200 1001:1201',
    'unfreezeflash -dev IBM.2107-75ABCD1 10',
  ],
  sourceVg: 'datavg',
  expect: { vg: 'fc2vg', variedOn: true, mountedUnder: '/fc2', sourceUntouched: true },
};
