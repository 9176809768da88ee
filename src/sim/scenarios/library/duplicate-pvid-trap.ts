import type { ScenarioInput } from '../schema';
import { aixHost, COPY_HINTS, OFFERED_HINTS, datavg, volumes } from './common';

/**
 * docs/procedure.md trap "cfgmgr and duplicate PVIDs", way b: the copy was made before the targets were
 * configured, and datavg is varied on. cfgmgr leaves the targets Defined until datavg is varied off.
 */
export const duplicatePvidTrap: ScenarioInput = {
  formatVersion: 1,
  name: 'duplicate-pvid-trap',
  title: 'Copy made first: the duplicate-PVID trap',
  description:
    'The FlashCopy exists before cfgmgr and datavg is varied on: cfgmgr will not configure the targets.',
  goal: 'Bring up the existing FlashCopy of datavg as flashcopyvg with its file systems mounted under /fs; datavg must be varied on and mounted again at the end.',
  hints: [
    'After cfgmgr, lsdev -Cc disk shows the target hdisks Defined: their PVIDs belong to datavg, which is varied on.',
    'Unmount the file systems of datavg and vary it off, then run cfgmgr again.',
    COPY_HINTS.recreatevg,
    COPY_HINTS.noChdev,
    'Once the copy has new PVIDs, vary datavg on again and mount its file systems.',
    COPY_HINTS.fsck,
    OFFERED_HINTS.disksDefined,
    OFFERED_HINTS.fsckFoundErrors,
  ],
  seed: 202,
  storage: { flavour: 'ds8000', volumes: volumes(['1000', '1001', '1100', '1101'], ['aixprod01']) },
  hosts: [aixHost('aixprod01', { vgs: [datavg(['1000', '1001'])] })],
  // The storage admin flashed datavg (unmounted and remounted around it) before the AIX admin started.
  setup: [
    { advance: 30 },
    {
      flashcopy: [
        ['1000', '1100'],
        ['1001', '1101'],
      ],
    },
    { advance: 30 },
  ],
  sourceVg: 'datavg',
  expect: { vg: 'flashcopyvg', variedOn: true, mountedUnder: '/fs', sourceUntouched: true },
};
