import type { ScenarioInput } from '../schema';
import { aixHost, COPY_HINTS, OFFERED_HINTS, DS8K_FLASH_STEPS, datavg, volumes } from './common';

/**
 * The example of the IBM note: DS8000, SDDPCM, target LUNs mapped and configured (cfgmgr) before the
 * copy is made, so they arrive without a PVID and the copy needs no varyoffvg of the source.
 */
export const firstFlashcopy: ScenarioInput = {
  formatVersion: 1,
  name: 'first-flashcopy',
  title: 'First FlashCopy of datavg, targets configured first',
  description:
    'DS8000 + SDDPCM: map and configure the target LUNs, flash datavg, bring the copy up with recreatevg.',
  goal: 'Bring up a FlashCopy of datavg on this host as flashcopyvg, varied on, with its file systems mounted under /fs, leaving datavg and its file systems as they were.',
  hints: [
    COPY_HINTS.lspv,
    'Configure the target LUNs before the copy is made: a new LUN has no PVID, so cfgmgr configures it cleanly.',
    'Unmount (or freeze) the file systems of datavg before the storage admin starts the FlashCopy.',
    COPY_HINTS.recreatevg,
    COPY_HINTS.prefixes,
    COPY_HINTS.fsck,
    OFFERED_HINTS.disksDefined,
    OFFERED_HINTS.freezeTimedOut,
    OFFERED_HINTS.fsckFoundErrors,
  ],
  seed: 101,
  storage: { flavour: 'ds8000', volumes: volumes(['1000', '1001', '1100', '1101'], ['aixprod01']) },
  hosts: [aixHost('aixprod01', { vgs: [datavg(['1000', '1001'])] })],
  storageSteps: DS8K_FLASH_STEPS,
  sourceVg: 'datavg',
  expect: { vg: 'flashcopyvg', variedOn: true, mountedUnder: '/fs', sourceUntouched: true, consistent: true },
};
