import type { ScenarioInput } from '../schema';
import { aixHost, COPY_HINTS, OFFERED_HINTS, datavg, volumes } from './common';

/** The FlashCopy consistency group of datavg's two LUNs. */
const GROUP = 'fccg_datavg';

/**
 * SVC FlashCopy of a live datavg with JFS2 freeze/thaw (docs/procedure.md "Consistency of the copy"): its two
 * 1000 GiB LUNs carry a busy database, and the prepare of the group (the cache flush of the sources) takes
 * 100 seconds, longer than the 60-second freeze. Prepared inside the freeze (startfcconsistgrp -prep), the
 * freeze times out before the start (J2_FREEZE_TIMEOUT, the thaw then fails); prepared first
 * (prestartfcconsistgrp, wait for prepared), the freeze covers only the start.
 */
export const svcFreezePrepare: ScenarioInput = {
  formatVersion: 1,
  name: 'svc-freeze-prepare',
  title: 'SVC FlashCopy with freeze/thaw: prepare the group before the freeze',
  description:
    'Copy the live datavg (two 1000 GiB LUNs on SVC) with JFS2 freeze/thaw: the cache flush outlasts the freeze.',
  goal: 'Bring up a consistent copy of datavg as fcdatavg mounted under /fs while PRD keeps running, the freeze never timing out.',
  hints: [
    `prestartfcconsistgrp ${GROUP} flushes the SVC cache of the sources: lsfcconsistgrp shows preparing, then prepared (100 seconds for 2000 GiB).`,
    'Freeze only once the group is prepared: a prepare inside the freeze (startfcconsistgrp -prep) would outlast its 60 seconds.',
    `sync, chfs -a freeze=60 on /data and /arch, startfcconsistgrp ${GROUP} (no -prep), then chfs -a freeze=off at once.`,
    'recreatevg -y fcdatavg with both target hdisks, then fsck and mount under /fs.',
    COPY_HINTS.fsck,
    OFFERED_HINTS.freezeTimedOut,
    OFFERED_HINTS.fsckFoundErrors,
  ],
  seed: 1212,
  storage: { flavour: 'svc', volumes: volumes(['0', '1', '2', '3'], ['aixprod01'], 1000) },
  hosts: [
    aixHost('aixprod01', {
      vgs: [datavg(['0', '1'])],
      configured: ['2', '3'],
      apps: [{ name: 'PRD', kind: 'db2', fileSystems: ['/data', '/arch'], logFileSystem: '/arch', rate: 5 }],
    }),
  ],
  storageSteps: [
    `svctask mkfcconsistgrp -name ${GROUP}`,
    `svctask mkfcmap -source 0 -target 2 -name ${GROUP}_m0 -consistgrp ${GROUP} -copyrate 50 -incremental`,
    `svctask mkfcmap -source 1 -target 3 -name ${GROUP}_m1 -consistgrp ${GROUP} -copyrate 50 -incremental`,
    `svctask prestartfcconsistgrp ${GROUP}`,
    // The flush goes on after prestart returns; -prep on the start waits for what is left of it.
    `svctask startfcconsistgrp -prep ${GROUP}`,
  ],
  sourceVg: 'datavg',
  expect: { vg: 'fcdatavg', variedOn: true, mountedUnder: '/fs', sourceUntouched: true, consistent: true },
};
