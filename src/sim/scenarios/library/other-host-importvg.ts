import type { ScenarioInput } from '../schema';
import { aixHost, COPY_HINTS, DS8K_FLASH_STEPS, datavg, volumes } from './common';

/** docs/procedure.md phase 2: no other copy of the VG is known on the backup host, so importvg is the tool. */
export const otherHostImportvg: ScenarioInput = {
  formatVersion: 1,
  name: 'other-host-importvg',
  title: 'Copy brought up on another host with importvg',
  description: 'datavg lives on aixprod01; the FlashCopy targets are mapped to the backup host aixbkp01.',
  goal: 'On aixbkp01, bring up the FlashCopy of datavg as datavg with its file systems mounted at /data and /arch.',
  hints: [
    'The source VG is not on this host, so there is no duplicate: importvg -y datavg with one target hdisk.',
    'importvg keeps the LV names and mount points unless they clash on this host.',
    'On aixprod01, unmount (or freeze) before the copy is made, so the copy is consistent.',
    COPY_HINTS.fsck,
  ],
  seed: 1212,
  storage: {
    flavour: 'ds8000',
    volumes: [...volumes(['1000', '1001'], ['aixprod01']), ...volumes(['1100', '1101'], ['aixbkp01'])],
  },
  hosts: [
    aixHost('aixbkp01'),
    aixHost('aixprod01', {
      vgs: [datavg(['1000', '1001'])],
    }),
  ],
  currentHost: 'aixbkp01',
  storageSteps: DS8K_FLASH_STEPS,
  sourceVg: 'datavg',
  expect: { vg: 'datavg', variedOn: true, sourceUntouched: true, consistent: true },
};
