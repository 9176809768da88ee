/**
 * Every simulated command, by name: the AIX LVM and device commands (here), the file-system commands and
 * the storage CLIs as their owners add them. The shell registers these in its interpreter.
 */
import { cfgmgr } from './cfgmgr';
import { chdev } from './chdev';
import type { SimCommand } from './command';
import { exportvg } from './exportvg';
import { hostname, instfix, lscfg, oslevel, uname } from './host-info';
import { importvg } from './importvg';
import { lsattr } from './lsattr';
import { lsdev } from './lsdev';
import { lslv } from './lslv';
import { lspv } from './lspv';
import { lsvg } from './lsvg';
import { recreatevg } from './recreatevg';
import { rmdev } from './rmdev';
import { varyoffvg } from './varyoffvg';
import { varyonvg } from './varyonvg';

/** All simulated commands. */
export const simCommands: readonly SimCommand[] = [
  cfgmgr,
  chdev,
  exportvg,
  hostname,
  importvg,
  instfix,
  lsattr,
  lscfg,
  lsdev,
  lslv,
  lspv,
  lsvg,
  oslevel,
  recreatevg,
  rmdev,
  uname,
  varyoffvg,
  varyonvg,
];

const byName = new Map(simCommands.map((c) => [c.name, c]));

/** The command of that name, if the simulator has it. */
export function findCommand(name: string): SimCommand | undefined {
  return byName.get(name);
}
