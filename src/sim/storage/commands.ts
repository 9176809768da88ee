/**
 * The storage CLI commands for the shell registry. A DS8000 world gets `dscli` (its subcommands inside it); an
 * SVC world gets the SVC CLI commands by their own names, as typed in an SVC ssh session, plus `svctask` and
 * `svcinfo`.
 */
import type { StorageCommand } from './command-types';
import { dscli } from './dscli/dscli';
import { svcCommands, svcinfo, svctask } from './svc/svc-commands';
import type { Flavour } from './types';

/** The commands a storage admin has for this flavour of subsystem. */
export function storageCommandsFor(flavour: Flavour): readonly StorageCommand[] {
  return flavour === 'ds8000' ? [dscli] : [...svcCommands, svctask, svcinfo];
}

/** Every storage command, both flavours. */
export const storageCommands: readonly StorageCommand[] = [dscli, ...svcCommands, svctask, svcinfo];

export type { StorageCommand, StorageCommandContext } from './command-types';
