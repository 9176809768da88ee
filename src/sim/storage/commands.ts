/**
 * The storage CLI commands for the shell registry. A DS8000 world gets `dscli` (its subcommands inside it); an
 * SVC world gets the SVC CLI commands by their own names, as typed in an SVC ssh session, plus `svctask` and
 * `svcinfo`. Both get `ssh`, which reaches the SVC cluster when there is one.
 */
import type { StorageCommand } from './command-types';
import { dscli } from './dscli/dscli';
import { ssh } from './svc/ssh';
import { svcCommands, svcinfo, svctask } from './svc/svc-commands';
import type { Flavour } from './types';

/** The commands a storage admin has for this flavour of subsystem. */
export function storageCommandsFor(flavour: Flavour): readonly StorageCommand[] {
  return flavour === 'ds8000' ? [dscli, ssh] : [...svcCommands, svctask, svcinfo, ssh];
}

/** Every storage command, both flavours. */
export const storageCommands: readonly StorageCommand[] = [dscli, ...svcCommands, svctask, svcinfo, ssh];

export type { StorageCommand } from './command-types';
