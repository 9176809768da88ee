import type { ScenarioInput } from '../schema';
import { aixHost, COPY_HINTS, datavg, volumes } from './common';

/** The SVC consistency group of yesterday's copy: its name, as the storage admin made it. */
const GROUP = 'fccg_datavg';

/**
 * docs/procedure.md "Refreshing an existing copy" on SVC / FlashSystem: flashcopyvg is up under /fs from
 * yesterday's start of an incremental consistency group whose background copy (copyrate 50, 2 MiB/s) has
 * not finished: 200 GiB LUNs take 28 hours. startfcconsistgrp refuses a group still copying (CMMVC5903E),
 * so the group is stopped after the old copy is retired, then started again.
 */
export const svcRefresh: ScenarioInput = {
  formatVersion: 1,
  name: 'svc-refresh',
  title: 'Refresh an SVC copy whose background copy still runs',
  description:
    "flashcopyvg holds yesterday's SVC FlashCopy of datavg, mounted under /fs; its consistency group is still copying.",
  goal: 'Refresh flashcopyvg with a new SVC FlashCopy of datavg: the copy must end up varied on as flashcopyvg with its file systems mounted under /fs.',
  hints: [
    'Unmount the file systems of flashcopyvg, varyoffvg and exportvg flashcopyvg first.',
    `lsfcconsistgrp -delim : ${GROUP} shows the group's status: startfcconsistgrp refuses a group that is still copying (CMMVC5903E).`,
    `A group still copying is stopped (stopfcconsistgrp ${GROUP}); the old copy is retired, so its incomplete background copy does not matter.`,
    `startfcconsistgrp -prep ${GROUP} takes the new copy of every LUN at one instant; the incremental mappings recopy only changed grains once a copy has completed.`,
    'recreatevg -y flashcopyvg with the same hdisks: no importvg, no new cfgmgr.',
    COPY_HINTS.fsck,
  ],
  seed: 505,
  storage: { flavour: 'svc', volumes: volumes(['0', '1', '2', '3'], ['aixprod01'], 200) },
  hosts: [aixHost('aixprod01', { vgs: [datavg(['0', '1'])], configured: ['2', '3'] })],
  setup: [
    { run: `svctask mkfcconsistgrp -name ${GROUP}` },
    {
      run: `svctask mkfcmap -source 0 -target 2 -name ${GROUP}_m0 -consistgrp ${GROUP} -copyrate 50 -incremental`,
    },
    {
      run: `svctask mkfcmap -source 1 -target 3 -name ${GROUP}_m1 -consistgrp ${GROUP} -copyrate 50 -incremental`,
    },
    { run: `svctask startfcconsistgrp -prep ${GROUP}` },
    { run: 'recreatevg -y flashcopyvg hdisk3 hdisk4' },
    { mount: '/fs/data' },
    { mount: '/fs/arch' },
    { advance: 86400 },
  ],
  storageSteps: [`svctask stopfcconsistgrp ${GROUP}`, `svctask startfcconsistgrp -prep ${GROUP}`],
  sourceVg: 'datavg',
  expect: { vg: 'flashcopyvg', variedOn: true, mountedUnder: '/fs', sourceUntouched: true },
};
