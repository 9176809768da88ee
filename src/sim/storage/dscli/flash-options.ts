/**
 * The relationship flags mkflash and resyncflash share, read from a parsed command line. -seqnum is a
 * hexadecimal FlashCopy sequence number (DS CLI "flash_sequence_num").
 */
import type { CommandResult } from '../../command-result';
import type { FlashOptions } from '../ds8000-flash';
import { type DsArgs, syntaxError } from './args';
import { dsSyntax } from './messages';

/** Flags resyncflash accepts (-tgtoffline applies to CKD volumes only: accepted, no effect on FB volumes). */
export const RESYNC_FLAGS = ['tgtpprc', 'tgtoffline', 'tgtinhibit', 'freeze', 'record', 'persist'];

/** mkflash adds the copy mode and -wait (the simulated copy is established before the command returns). */
export const MKFLASH_FLAGS = [...RESYNC_FLAGS, 'nocp', 'wait'];

export function flashOptions(command: string, parsed: DsArgs): FlashOptions | CommandResult {
  const seqnum = parsed.values.get('seqnum') ?? '0';
  if (!/^[0-9A-Fa-f]{1,8}$/.test(seqnum))
    return syntaxError(dsSyntax.invalidValue(command, '-seqnum', seqnum));
  return {
    freeze: parsed.flags.has('freeze'),
    record: parsed.flags.has('record'),
    persist: parsed.flags.has('persist'),
    nocp: parsed.flags.has('nocp'),
    tgtinhibit: parsed.flags.has('tgtinhibit'),
    seqnum: Number.parseInt(seqnum, 16),
    tgtpprc: parsed.flags.has('tgtpprc'),
  };
}
