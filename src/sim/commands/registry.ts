/**
 * Every simulated command, by name: the AIX LVM, device, file-system and application commands (here) and
 * the storage admin's CLIs (src/sim/storage). The shell registers these in its interpreter.
 */
import { withFaults, storageFault } from '../faults/inject';
import { storageShellCommands } from '../storage/shell-commands';
import type { World } from '../world/world';
import { appctl, db2, sqlplus } from './applications';
import { cfgmgr } from './cfgmgr';
import { chdev } from './chdev';
import { chfs } from './chfs';
import type { SimCommand } from './command';
import { date } from './date';
import { df } from './df';
import { errpt } from './errpt';
import { exportvg } from './exportvg';
import { fsck } from './fsck';
import { hostname, instfix, lscfg, oslevel, uname } from './host-info';
import { importvg } from './importvg';
import { lsattr } from './lsattr';
import { lsdev } from './lsdev';
import { lsfs } from './lsfs';
import { logredo } from './logredo';
import { lslv } from './lslv';
import { lsps } from './lsps';
import { lspv } from './lspv';
import { lquerypv } from './lquerypv';
import { mkdev } from './mkdev';
import { readvgda } from './readvgda';
import { lsvg } from './lsvg';
import { mount } from './mount';
import { recreatevg } from './recreatevg';
import { rmdev } from './rmdev';
import { sleep } from './sleep';
import { sync } from './sync';
import { umount } from './umount';
import { varyoffvg } from './varyoffvg';
import { varyonvg } from './varyonvg';

/** All simulated commands, each able to fail at an injected fault (src/sim/faults). */
export const simCommands: readonly SimCommand[] = [
  appctl,
  cfgmgr,
  chdev,
  db2,
  chfs,
  date,
  df,
  errpt,
  exportvg,
  fsck,
  hostname,
  importvg,
  instfix,
  lsattr,
  lscfg,
  lsdev,
  lsfs,
  logredo,
  lslv,
  lsps,
  lspv,
  lquerypv,
  lsvg,
  mkdev,
  mount,
  oslevel,
  readvgda,
  recreatevg,
  rmdev,
  sqlplus,
  sleep,
  sync,
  umount,
  uname,
  varyoffvg,
  varyonvg,
  // The storage admin's CLIs (dscli; the SVC CLI commands): each answers "not found" on the other flavour.
  ...storageShellCommands<World>(storageFault),
].map(withFaults);

const byName = new Map(simCommands.map((c) => [c.name, c]));

/** The command of that name, if the simulator has it. */
export function findCommand(name: string): SimCommand | undefined {
  return byName.get(name);
}
