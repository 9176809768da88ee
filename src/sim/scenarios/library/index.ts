/**
 * The built-in scenario library: the procedures and traps of docs/procedure.md and the failures a
 * rehearsal must survive, by exact name, in the order pickers show them.
 */
import type { ScenarioInput } from '../schema';
import { bigVg } from './big-vg';
import { db2FreezeThaw } from './db2-freeze-thaw';
import { db2TwoVgs } from './db2-two-vgs';
import { drHostRefresh } from './dr-host-refresh';
import { duplicatePvidTrap } from './duplicate-pvid-trap';
import { firstFlashcopy } from './first-flashcopy';
import { fsckErrorsDiscard } from './fsck-errors-discard';
import { globalCopyDrain } from './global-copy-drain';
import { globalMirror } from './global-mirror';
import { globalMirrorDrTest } from './global-mirror-dr-test';
import { jfsMounted } from './jfs-mounted';
import { logWrap } from './log-wrap';
import { longLvNames } from './long-lv-names';
import { metroMirrorDr } from './metro-mirror-dr';

import { metroMirrorRefresh } from './metro-mirror-refresh';
import { mountguardCopy } from './mountguard-copy';
import { newTargetLuns } from './new-target-luns';
import { oracleBackupMode } from './oracle-backup-mode';
import { otherHostImportvg } from './other-host-importvg';
import { rawLvDatabase } from './raw-lv-database';
import { refreshCopy } from './refresh-copy';
import { retireCopy } from './retire-copy';
import { sharedLog } from './shared-log';
import { storageFailsDuringCopy } from './storage-fails-during-copy';
import { svcFreezePrepare } from './svc-freeze-prepare';
import { svcGlobalMirrorDrTest } from './svc-global-mirror-dr-test';
import { svcRefresh } from './svc-refresh';
import { twoCopies } from './two-copies';

export const builtInScenarios: readonly ScenarioInput[] = [
  firstFlashcopy,
  duplicatePvidTrap,
  refreshCopy,
  newTargetLuns,
  db2FreezeThaw,
  db2TwoVgs,
  oracleBackupMode,
  jfsMounted,
  sharedLog,
  logWrap,
  metroMirrorDr,
  metroMirrorRefresh,
  globalMirror,
  globalCopyDrain,
  globalMirrorDrTest,
  twoCopies,
  otherHostImportvg,
  drHostRefresh,
  bigVg,
  storageFailsDuringCopy,
  fsckErrorsDiscard,
  svcRefresh,
  longLvNames,
  mountguardCopy,
  svcGlobalMirrorDrTest,
  svcFreezePrepare,
  rawLvDatabase,
  retireCopy,
];
